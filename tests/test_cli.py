"""The `srdt-assist` command on an index built from the sample (embedded backend)."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpus.build import BuildOptions, build
from corpus.errors import CorpusError
from corpus.model import DEFAULT_AGREEMENTS, DEFAULT_SOURCES, Source
from srdt_assist.cli import main

from .conftest import SAMPLE, SAMPLE_LOCK, make_store, sample_options
from .fake_mistral import FakeMistral


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory, embedder, embedding_cache) -> Path:
    d = tmp_path_factory.mktemp("cli")
    store = make_store("edge", d)
    build(store, d, embedder, sample_options(), SAMPLE_LOCK, cache_path=embedding_cache)
    store.close()
    return d


def run(data_dir: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    runner = CliRunner()
    res = runner.invoke(main, list(args), env={"SRDT_DATA_DIR": str(data_dir), **(env or {})})
    return res.exit_code, res.stdout, res.stderr


def test_search_json_schema(data_dir: Path) -> None:
    code, out, _ = run(data_dir, "search", "préavis de démission", "--json", "-k", "4",
                       "--source", "code_du_travail", "--source", "fiche_sp")
    assert code == 0
    hits = json.loads(out)
    assert len(hits) == 4
    for h in hits:
        assert {"source", "doc_id", "title", "url", "article_num", "idcc", "date", "score",
                "text"} <= set(h)
        assert h["source"] in ("code_du_travail", "fiche_sp")


def test_search_text_output(data_dir: Path) -> None:
    code, out, _ = run(data_dir, "search", "congés payés", "-k", "2")
    assert code == 0 and out.startswith(" 1. [") and "https://" in out


def test_search_idcc_filter(data_dir: Path) -> None:
    code, out, _ = run(data_dir, "search", "période d'essai", "--idcc", "1486", "--json")
    assert code == 0 and {h["idcc"] for h in json.loads(out)} == {1486}


def test_article_command(data_dir: Path) -> None:
    code, out, _ = run(data_dir, "article", "L. 1221-19", "--json")
    art = json.loads(out)
    assert code == 0 and art["num"] == "L1221-19" and art["in_force"]
    code, out, _ = run(data_dir, "article", "L1221-19")
    assert code == 0 and "Article L1221-19 du Code du travail (en vigueur" in out
    code, _, err = run(data_dir, "article", "L9999-1")
    assert code == 1 and "introuvable" in err


def test_convention_command(data_dir: Path) -> None:
    code, out, _ = run(data_dir, "convention", "syntec", "--json")
    assert code == 0 and json.loads(out)[0]["idcc"] == 1486
    code, out, _ = run(data_dir, "convention", "HCR")
    assert code == 0 and out.startswith("IDCC 1979")
    code, out, _ = run(data_dir, "convention", "xyzzy")
    assert code == 1 and "Aucune convention" in out


def test_stats_command(data_dir: Path) -> None:
    code, out, _ = run(data_dir, "corpus", "stats", "--json")
    stats = json.loads(out)
    assert code == 0 and stats["points"] == stats["counts"]["chunks"]
    assert set(stats["counts"]["by_source"]) == {s.value for s in Source}


def test_no_index_gives_a_readable_error(tmp_path: Path) -> None:
    code, _, err = run(tmp_path, "search", "préavis")
    assert code == 2 and err.startswith("Erreur : no index has been built yet")


def test_build_command_from_a_folder_and_up_to_date(tmp_path: Path, embedding_cache) -> None:
    env_dir = tmp_path / "data"
    args = ["corpus", "build", "--from", str(SAMPLE), "--lock", str(SAMPLE_LOCK),
            "--sources", "contribution"]
    code, out, err = run(env_dir, *args)
    assert code == 0, err
    assert "publié" in out and "contribution" in out
    code, out, _ = run(env_dir, *args)
    assert code == 0 and "déjà à jour" in out


@pytest.mark.parametrize(("args", "sources", "agreements"), [
    ((), set(DEFAULT_SOURCES), set(DEFAULT_AGREEMENTS)),
    (("--sources", "all"), set(Source), None),
    (("--sources", "all", "--idcc", "843"), set(Source), {843}),
    (("--idcc", "843", "--idcc", "1979"), set(DEFAULT_SOURCES), {843, 1979}),
])
def test_a_default_build_indexes_the_largest_agreements(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...],
        sources: set[Source], agreements: set[int] | None) -> None:
    """The agreements covering the most employees by default; all of them on request."""
    assert Source.CONVENTION in DEFAULT_SOURCES and {1486, 1979, 3248} <= DEFAULT_AGREEMENTS
    seen: list[BuildOptions] = []

    def fake_build(store, data_dir, embedder, opts, *rest):  # type: ignore[no-untyped-def]
        seen.append(opts)
        raise CorpusError("stop")

    monkeypatch.setattr("srdt_assist.cli.build", fake_build)
    run(tmp_path, "corpus", "build", *args)
    assert set(seen[0].sources) == sources and seen[0].only_idcc == agreements


def test_build_with_a_bad_folder_is_a_readable_error(tmp_path: Path) -> None:
    code, _, err = run(tmp_path, "corpus", "build", "--from", str(tmp_path), "--lock",
                       str(SAMPLE_LOCK))
    assert code == 2 and "tarball not found" in err


def test_intake_command_shows_what_leaves_the_process(tmp_path: Path) -> None:
    mail = Path(__file__).parent / "fixtures" / "emails" / "intake-forwarded.eml"
    code, out, _ = run(tmp_path, "intake", str(mail), "--json")
    data = json.loads(out)
    assert code == 0
    assert "rupture conventionnelle" in data["body"] and "6 ans d'ancienneté" in data["body"]
    assert "Haddad" not in out and "Nadia" not in out and "nadia.h@" not in out
    assert data["anonymisation"]["masked"] == {"PERSONNE": 1}
    assert "reçue à l'accueil" in data["body"]  # the sender "Accueil Mairie" is no person
    assert any("transféré" in n for n in data["notes"])
    code, out, _ = run(tmp_path, "intake", str(mail))
    assert code == 0 and out.startswith("Objet : TR: question rupture conventionnelle")


def test_intake_command_on_an_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "vide.eml"
    empty.write_bytes(b"")
    code, _, err = run(tmp_path, "intake", str(empty))
    assert code == 2 and err.startswith("Erreur : Le message est vide")


def test_analyse_command(data_dir: Path) -> None:
    mail = Path(__file__).parent / "fixtures" / "emails" / "c05-heures-sup-hcr.json"
    code, out, err = run(data_dir, "analyse", str(mail), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["classification"]["idcc"] == 1979
    assert data["sources"] and data["timings_ms"]["total"] > 0
    code, out, _ = run(data_dir, "analyse", str(mail))
    assert code == 0 and out.startswith("Thèmes : Heures supplémentaires")
    assert "Convention collective : IDCC 1979 Hôtels, cafés, restaurants" in out
    whys = [line for line in out.splitlines() if line.startswith("    pourquoi : ")]
    assert len(whys) == len(data["sources"]) and all(len(w) > len("    pourquoi : ") for w in whys)


def test_suggest_command(data_dir: Path) -> None:
    mail = Path(__file__).parent / "fixtures" / "emails" / "c04-rupture-conventionnelle.json"
    code, out, err = run(data_dir, "suggest", str(mail), "--json", "--length", "short")
    assert code == 0, err
    data = json.loads(out)
    assert data["draft"]["text"].startswith("Madame, Monsieur,")
    assert data["classification"]["themes"][0]["id"] == "rupture_conventionnelle"
    assert isinstance(data["warnings"], list) and data["timings_ms"]["draft"] >= 0
    code, out, _ = run(data_dir, "suggest", str(mail))
    assert code == 0 and "Madame, Monsieur," in out and "Durées (ms)" in out


def test_suggest_shows_the_questions_mistral_restated(data_dir: Path) -> None:
    mail = Path(__file__).parent / "fixtures" / "emails" / "c04-rupture-conventionnelle.json"
    restated = "L'employeur peut-il refuser une rupture conventionnelle ?"
    label = {"themes": ["rupture_conventionnelle"], "requester": "salarie", "idcc": None,
             "missing_facts": [], "out_of_scope": None, "sensitive": [],
             "questions": [restated]}
    with FakeMistral().running() as fake:
        fake.reply = FakeMistral.classifying(label)
        code, out, err = run(data_dir, "suggest", str(mail),
                             env={"MISTRAL_API_KEY": "k", "MISTRAL_SERVER_URL": fake.url})
    assert code == 0, err
    assert f"Question cherchée : {restated}" in out


def test_suggest_searches_the_agent_s_question(data_dir: Path, tmp_path: Path) -> None:
    mail = tmp_path / "depart.json"
    mail.write_text(json.dumps({
        "subject": "Je m'en vais", "body_text": "Je suis en CDI depuis 4 ans. Combien de temps "
        "je vais devoir encore rester après avoir donné ma lettre ?"}), encoding="utf-8")
    question = "Quelle est la durée du préavis de démission d'un salarié en CDI ?"
    for command in ("suggest", "analyse"):
        code, out, err = run(data_dir, command, str(mail), "--json", "--question", question)
        assert code == 0, err
        data = json.loads(out)
        assert data["classification"]["questions"] == [question]
        assert "L1237-1" in {s["article_num"] for s in data["sources"]}
    code, out, _ = run(data_dir, "analyse", str(mail), "--question", question)
    assert code == 0 and f"Question cherchée : {question}" in out
