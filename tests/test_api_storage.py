"""Storage on the real PostgreSQL and Redis of this machine (and SQLite): migrations, the
records of a suggestion's life, shared rate limits, and what happens when Redis is gone."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.engine import Connection

from api.kv import RedisKV
from api.storage import Base, Storage, now
from assistant.anonymise import Anonymiser
from corpus.kb import KnowledgeBase
from tests.conftest import api_settings, make_api
from tests.test_api import NAMED, SYNTEC, Api

PG = "postgresql://postgres@127.0.0.1:5432"
REDIS = "redis://127.0.0.1:6379/15"


@pytest.fixture()
def pg_url() -> Iterator[str]:
    """A fresh database for each test, dropped afterwards."""
    name = f"srdt_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture()
def redis_kv() -> Iterator[RedisKV]:
    kv = RedisKV(REDIS, prefix=f"srdt-test-{uuid.uuid4().hex[:8]}:")
    yield kv
    for key in kv.client.scan_iter(f"{kv.prefix}*"):
        kv.client.delete(key)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_storage(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Storage]:
    """An empty database of each kind, not yet migrated."""
    url = (f"sqlite:///{tmp_path / 'db.sqlite3'}" if request.param == "sqlite"
           else request.getfixturevalue("pg_url"))
    storage = Storage(url)
    yield storage
    storage.close()


@contextmanager
def alembic(storage: Storage) -> Iterator[tuple[Config, Connection]]:
    """Alembic's configuration on one transaction of the storage's database, for the
    migration commands `Storage.migrate` does not run (a downgrade, an older revision)."""
    cfg = Config()
    cfg.set_main_option("script_location", "api/migrations")
    with storage.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        yield cfg, conn


def test_migrations_match_the_models_and_go_both_ways(backend_storage: Storage) -> None:
    storage = backend_storage
    storage.migrate()
    storage.migrate()  # idempotent
    with storage.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    with alembic(storage) as (cfg, _):
        command.downgrade(cfg, "base")
    with storage.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert {d[1].name for d in diff if d[0] == "add_table"} == set(Base.metadata.tables)


def test_a_suggestions_life_on_postgresql_and_redis(
        tmp_path: Path, edge_kb: KnowledgeBase, api_anonymiser: Anonymiser, pg_url: str,
        redis_kv: RedisKV) -> None:
    settings = api_settings(tmp_path, DATABASE_URL=pg_url, REDIS_URL=REDIS,
                            SRDT_RATE_LIMIT_PER_MINUTE="2")
    api = Api(make_api(settings, edge_kb, api_anonymiser, kv=redis_kv))
    ready = api.client.get("/readyz").get_json()
    assert ready["checks"]["database"] == {"ok": True, "dialect": "postgresql"}
    assert ready["checks"]["redis"] == {"ok": True}
    first = api.post("/api/v1/suggestions", json={"email": NAMED}).get_json()
    assert redis_kv.get(f"draft:{first['id']}") == first["draft"]["text"]
    offered = next(s["article_num"] for s in first["sources"] if s["article_num"])
    edited = first["draft"]["text"] + f"\nVoir aussi l'article {offered}.\nBien à vous."
    fb = api.post(f"/api/v1/suggestions/{first['id']}/feedback",
                  json={"rating": "up", "final_text": edited}).get_json()
    assert 0 < fb["edit_ratio"] < 0.1
    assert offered in fb["articles"]["reply"]
    # JSON columns on PostgreSQL: the numbers come back as lists, SQL NULL left out
    api.post(f"/api/v1/suggestions/{first['id']}/feedback", json={"rating": "up"})
    [reply] = api.storage.article_replies(now() - timedelta(hours=1), now())
    assert reply.final == fb["articles"]["reply"] and reply.draft == fb["articles"]["draft"]
    assert reply.sources and offered in reply.sources
    api.post("/api/v1/suggestions", json={"email": SYNTEC})
    limited = api.post("/api/v1/suggestions", json={"email": SYNTEC})
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) <= 60
    # a second app (another worker) shares the counters through Redis
    other = Api(make_api(settings.with_(db_auto_migrate=False), edge_kb, api_anonymiser,
                         kv=redis_kv))
    shared = other.client.post("/api/v1/classify", json={"email": SYNTEC},
                               headers=api.headers())
    assert shared.status_code == 429
    stats = api.get("/api/v1/stats", manager=True).get_json()
    assert stats["suggestions"] == 2 and stats["used_share"] == 0.5
    assert stats["mean_edit_ratio"] == fb["edit_ratio"]
    assert api.storage.purge(0) == {"suggestions": 2, "feedback": 2, "audit": 0}


def test_redis_down_fails_open_and_readyz_says_so(tmp_path: Path, edge_kb: KnowledgeBase,
                                                  api_anonymiser: Anonymiser) -> None:
    settings = api_settings(tmp_path, REDIS_URL="redis://127.0.0.1:9/0",
                            SRDT_RATE_LIMIT_PER_MINUTE="1")
    api = Api(make_api(settings, edge_kb, api_anonymiser))
    for _ in range(2):  # no limiter, but no refusal either
        assert api.post("/api/v1/classify", json={"email": SYNTEC}).status_code == 200
    sid = api.post("/api/v1/suggestions", json={"email": SYNTEC}).get_json()["id"]
    fb = api.post(f"/api/v1/suggestions/{sid}/feedback", json={"final_text": "Merci."})
    assert fb.status_code == 201 and fb.get_json()["edit_ratio"] is None
    ready = api.client.get("/readyz")
    assert ready.status_code == 503 and ready.get_json()["checks"]["redis"]["ok"] is False


def test_api_key_commands(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from srdt_assist.cli import main

    env = {"SRDT_DATA_DIR": str(tmp_path)}
    runner = CliRunner()
    created = runner.invoke(main, ["apikey", "create", "--site", "dreets-69", "--manager"],
                            env=env)
    assert created.exit_code == 0
    key = created.stdout.strip()
    assert key.startswith("srdt_") and "Conservez-la" in created.stderr
    listed = runner.invoke(main, ["apikey", "list"], env=env).stdout
    assert key[:12] in listed and "manager" in listed and key not in listed
    storage = Storage(f"sqlite:///{tmp_path / 'srdt.sqlite3'}")
    assert storage.check_key(key) is not None
    assert runner.invoke(main, ["apikey", "revoke", key[:12]], env=env).exit_code == 0
    assert storage.check_key(key) is None
    assert runner.invoke(main, ["apikey", "revoke", key[:12]], env=env).exit_code == 1
    purged = runner.invoke(main, ["db", "purge", "--days", "30"], env=env)
    assert purged.exit_code == 0 and "0 suggestions" in purged.stdout


def test_an_sqlite_file_is_written_through_its_write_ahead_log(tmp_path: Path) -> None:
    """Workers record suggestions into one file: one fsync per commit, readers not blocked."""
    storage = Storage(f"sqlite:///{tmp_path / 'srdt.sqlite3'}")
    storage.migrate()
    storage.create_key("site")
    with storage.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    assert (tmp_path / "srdt.sqlite3-wal").exists()
    storage.close()
    memory = Storage("sqlite://")
    with memory.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "memory"
    memory.close()


def test_the_articles_migration_keeps_earlier_rows(backend_storage: Storage) -> None:
    storage = backend_storage
    with alembic(storage) as (cfg, conn):
        command.upgrade(cfg, "0001")
        conn.execute(text(
            "INSERT INTO suggestions (id, created_at, user_hash, themes, requester, "
            "out_of_scope, mode, length, n_sources, n_warnings, masked, draft_ms, total_ms) "
            "VALUES ('old', :at, 'u', '[]', 'salarie', false, 'offline', 'standard', 3, 0, "
            "'{}', 1.0, 2.0)"), {"at": now()})
        conn.execute(text("INSERT INTO feedback (suggestion_id, created_at, reasons, used, "
                          "edit_ratio) VALUES ('old', :at, '[]', true, 0.1)"), {"at": now()})
    storage.migrate()
    assert storage.suggestion_exists("old")
    assert storage.article_replies(now() - timedelta(days=1), now()) == []


def _suggestion_with_reply(storage: Storage, sid: str, draft: list[str] | None,
                           final: list[str], sources: list[str], question: str) -> None:
    from api.storage import FeedbackRecord, SuggestionRecord

    storage.add_suggestion(SuggestionRecord(
        id=sid, user_hash="u", themes=["conges_familiaux"], requester="salarie", mode="offline",
        length="standard", n_sources=len(sources), n_warnings=0, masked={}, draft_ms=1.0,
        total_ms=2.0, anonymised_text=question, source_articles=sources), [])
    storage.add_feedback(FeedbackRecord(suggestion_id=sid, reasons=[], used=True,
                                        edit_ratio=0.3, draft_articles=draft,
                                        final_articles=final))


def test_the_articles_report_lists_what_the_agents_cited_instead(tmp_path: Path) -> None:
    """`srdt-assist db articles`: the engineer's worklist of the questions where the agent
    cited another article than the draft, with the anonymised question when it was kept."""
    from click.testing import CliRunner

    from srdt_assist.cli import main

    storage = Storage(f"sqlite:///{tmp_path / 'srdt.sqlite3'}")
    storage.migrate()
    _suggestion_with_reply(storage, "a", ["L1225-4"], ["L1225-17"], ["L1225-4", "L1225-17"],
                           "Objet\nJ'attends des jumeaux, combien de semaines de congé ?")
    _suggestion_with_reply(storage, "b", ["L1237-1"], ["L1237-1"], ["L1237-1"], "Démission")
    storage.close()
    env = {"SRDT_DATA_DIR": str(tmp_path)}
    runner = CliRunner()
    shown = runner.invoke(main, ["db", "articles"], env=env)
    assert shown.exit_code == 0, shown.output
    assert "comparées au brouillon : 2" in shown.stdout
    assert "repris : 50%" in shown.stdout
    assert "L1225-17     1 réponse(s), 1 parmi les sources, au lieu de L1225-4" in shown.stdout
    assert "brouillon L1225-4 → agent L1225-17 (parmi les sources)" in shown.stdout
    assert "jumeaux" in shown.stdout and "Démission" not in shown.stdout
    as_json = runner.invoke(main, ["db", "articles", "--json", "--days", "7"], env=env)
    data = json.loads(as_json.stdout)
    assert data["summary"]["replies_compared"] == 2
    assert [r["suggestion_id"] for r in data["review"]] == ["a"]
    assert data["review"][0]["among_sources"] == ["L1225-17"]
    empty = runner.invoke(main, ["db", "articles"], env={"SRDT_DATA_DIR": str(tmp_path / "x")})
    assert empty.exit_code == 0 and "comparées au brouillon : 0" in empty.stdout


def test_the_agents_replies_become_questions_already_answered(
        tmp_path: Path, edge_kb: KnowledgeBase, api_anonymiser: Anonymiser, pg_url: str) -> None:
    """The loop the memory is for, on PostgreSQL: an agent answers with an article the
    sources did not hold; `srdt-assist db precedents` writes the question down, anonymised;
    once the file is named, the same question asked again gets that article among its
    sources."""
    from click.testing import CliRunner

    from corpus.precedents import BUNDLED, read
    from srdt_assist.cli import main
    from tests.test_api import PERSONAL

    api = Api(make_api(api_settings(tmp_path, DATABASE_URL=pg_url), edge_kb, api_anonymiser))
    first = api.post("/api/v1/suggestions", json={"email": NAMED}).get_json()
    chosen = "L3141-16"  # the order of departures: not what the search finds for this
    assert chosen not in {s["article_num"] for s in first["sources"]}
    fb = api.post(f"/api/v1/suggestions/{first['id']}/feedback",
                  json={"final_text": f"Madame,\nL'article {chosen} du Code du travail prévoit…"})
    assert fb.get_json()["articles"]["reply"] == [chosen], fb.get_json()
    out = tmp_path / "answered.jsonl"
    env = {"DATABASE_URL": pg_url, "SRDT_DATA_DIR": str(tmp_path)}
    runner = CliRunner()
    done = runner.invoke(main, ["db", "precedents", "--out", str(out), "--no-bundled"], env=env)
    assert done.exit_code == 0, done.output
    assert "1 questions déjà traitées écrites" in done.stdout
    assert f"SRDT_PRECEDENTS={out}" in done.stdout
    [answered] = read(out)
    assert answered.id == f"reply:{first['id']}" and answered.articles == (chosen,)
    assert answered.text.startswith(answered.subject) and "congés payés" in answered.text
    assert not any(p in out.read_text(encoding="utf-8") for p in PERSONAL)

    kb = KnowledgeBase(edge_kb.store, edge_kb.data_dir, edge_kb.embedder, precedents=out)
    again = {"subject": "Question de Paul Martin", "from": "Paul Martin <p.martin@y.fr>",
             "body_text": "Je suis Paul Martin (07 11 22 33 44), vendeur. Combien de jours de "
                          "congés payés ai-je chaque année ?\nCordialement,\nPaul Martin"}
    alone = api.post("/api/v1/suggestions", json={"email": again}).get_json()
    assert chosen not in {s["article_num"] for s in alone["sources"]}
    served = Api(make_api(api_settings(tmp_path / "b"), kb, api_anonymiser))
    helped = served.post("/api/v1/suggestions", json={"email": again}).get_json()
    assert chosen in {s["article_num"] for s in helped["sources"]}

    both = runner.invoke(main, ["db", "precedents", "--out", str(out)], env=env)
    assert len(read(out)) == len(read(BUNDLED)) + 1, both.output
    # nothing answered in the period and nothing bundled: the file in place is kept
    none = runner.invoke(main, ["db", "precedents", "--out", str(out), "--no-bundled",
                                "--days", "0"], env=env)
    assert none.exit_code == 1 and "n'est pas écrit" in none.stderr
    nowhere = runner.invoke(main, ["db", "precedents", "--out",
                                   str(tmp_path / "missing" / "answered.jsonl")], env=env)
    assert nowhere.exit_code == 1 and "Impossible d'écrire" in nowhere.stderr
    assert len(read(out)) == len(read(BUNDLED)) + 1


def test_a_reply_without_its_question_answers_nothing() -> None:
    from api.stats import ArticleRow, answered_questions

    at = now()
    rows = [ArticleRow("a", at, ["demission"], None, None, ["L1237-1"],
                       "Préavis\nCombien de temps dois-je rester ?"),
            ArticleRow("b", at, [], None, None, ["L1237-1"], None),
            ArticleRow("c", at, [], None, None, ["L1237-1"], "  ")]
    [one] = answered_questions(rows)
    assert (one.id, one.subject, one.articles, one.themes) == (
        "reply:a", "Préavis", ("L1237-1",), ("demission",))
