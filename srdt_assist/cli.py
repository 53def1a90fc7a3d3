"""`srdt-assist`: one command for the knowledge base, the pipeline, the API server and its keys."""

from __future__ import annotations

import json
import logging
import sys
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from assistant.errors import PipelineError
from corpus import packages as pk
from corpus.build import BuildOptions, build
from corpus.dense import EmbeddingError
from corpus.errors import CorpusError, IndexUnavailable
from corpus.kb import KnowledgeBase
from corpus.model import DEFAULT_AGREEMENTS, DEFAULT_SOURCES, Source

from .config import Settings

F = TypeVar("F", bound=Callable[..., Any])
SOURCE_CHOICE = click.Choice([s.value for s in Source])


def _friendly(fn: F) -> F:
    """Known failures become one readable line and exit code 2, never a traceback."""
    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (CorpusError, IndexUnavailable, EmbeddingError) as exc:
            click.echo(f"Erreur : {exc}", err=True)
            sys.exit(2)
        except PipelineError as exc:
            click.echo(f"Erreur : {exc.message_fr}", err=True)
            sys.exit(2)
    return wrapper  # type: ignore[return-value]


def _settings() -> Settings:
    return Settings.from_env()


def _kb(settings: Settings) -> KnowledgeBase:
    return settings.knowledge_base()


@contextmanager
def _open_kb(settings: Settings | None = None) -> Iterator[KnowledgeBase]:
    kb = _kb(settings or _settings())
    try:
        yield kb
    finally:
        kb.close()


def _dump(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2))


@click.group()
@click.option("-v", "--verbose", is_flag=True, help="Journaux détaillés (en anglais).")
def main(verbose: bool) -> None:
    """Assistant de réponse des Services de Renseignement en Droit du Travail."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)


@main.group()
def corpus() -> None:
    """Télécharger, indexer et décrire le corpus juridique."""


@corpus.command("fetch")
@click.option("--lock", "lock_path", type=click.Path(path_type=Path, exists=True),
              default=pk.DEFAULT_LOCK, show_default=True, help="Fichier des versions épinglées.")
@_friendly
def corpus_fetch(lock_path: Path) -> None:
    """Récupère les paquets épinglés avec `npm pack` et vérifie leurs sommes de contrôle."""
    settings = _settings()
    for pin in pk.load_lock(lock_path).values():
        path = pk.fetch(pin, settings.packages_dir)
        click.echo(f"{pin.spec}  sha1 {pin.shasum}  {path}")


@corpus.command("build")
@click.option("--sources", default=",".join(s.value for s in DEFAULT_SOURCES), show_default=True,
              help="Sources à indexer, séparées par des virgules, ou `all`.")
@click.option("--from", "from_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Dossier de tarballs déjà téléchargés (sites sans accès au registre).")
@click.option("--lock", "lock_path", type=click.Path(path_type=Path, exists=True),
              default=pk.DEFAULT_LOCK, show_default=True)
@click.option("--with-salaries", is_flag=True,
              help="Inclure les grilles de salaires des conventions.")
@click.option("--idcc", "idccs", multiple=True, type=int,
              help="Conventions dont le texte est indexé (par défaut : "
                   + ", ".join(map(str, sorted(DEFAULT_AGREEMENTS)))
                   + " ; toutes avec --sources all).")
@click.option("--force", is_flag=True, help="Reconstruire même si rien n'a changé.")
@click.option("--json", "as_json", is_flag=True)
@_friendly
def corpus_build(sources: str, from_dir: Path | None, lock_path: Path, with_salaries: bool,
                 idccs: tuple[int, ...], force: bool, as_json: bool) -> None:
    """Construit l'index dans une nouvelle collection, puis bascule dessus si tout a réussi."""
    settings = _settings()
    chosen = list(Source) if sources.strip() == "all" else [
        Source(s.strip()) for s in sources.split(",") if s.strip()]
    agreements = set(idccs) or (None if sources.strip() == "all" else set(DEFAULT_AGREEMENTS))
    opts = BuildOptions(sources=chosen, from_dir=from_dir, with_salaries=with_salaries,
                        only_idcc=agreements, force=force)
    store = settings.store()
    try:
        result = build(store, settings.data_dir, settings.embedder(), opts, lock_path,
                       settings.packages_dir)
    finally:
        store.close()
    if as_json:
        _dump({"skipped": result.skipped, **result.manifest})
        return
    m = result.manifest
    if result.skipped:
        click.echo(f"Index {result.name} déjà à jour "
                   "(rien n'a changé ; --force pour reconstruire).")
        return
    click.echo(f"Index {result.name} publié : {m['counts']['chunks']} passages "
               f"({m['embedding']['computed']} vectorisés, {m['embedding']['reused']} réutilisés) "
               f"en {m['durations_s']['total']} s, mémoire max {m['peak_rss_mb']} Mo.")
    for source, n in sorted(m["counts"]["by_source"].items()):
        click.echo(f"  {source:16} {n}")


@corpus.command("stats")
@click.option("--json", "as_json", is_flag=True)
@_friendly
def corpus_stats(as_json: bool) -> None:
    """Décrit l'index en service : versions, comptes, durées."""
    with _open_kb() as kb:
        stats = kb.stats()
    if as_json:
        _dump(stats)
        return
    click.echo(f"Index : {stats['index']}  ({stats['points']} passages, construit le "
               f"{stats.get('built_at')})")
    for name, spec in stats["fingerprint"]["packages"].items():
        click.echo(f"  {name}@{spec['version']}")
    for source, n in sorted(stats["counts"]["by_source"].items()):
        click.echo(f"  {source:16} {n}")
    click.echo(f"  articles en vigueur : {stats['counts']['articles_in_force']}, conventions "
               f"connues : {stats['counts']['conventions_known']}")


@main.command("intake")
@click.argument("mail", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True)
@_friendly
def intake_cmd(mail: Path, as_json: bool) -> None:
    """Lit un courriel (.eml ou JSON) : texte de l'usager nettoyé puis anonymisé.

    Montre ce qui partira vers le modèle ; les valeurs masquées ne sont jamais affichées."""
    from assistant.anonymise import Anonymiser, signature_names
    from assistant.intake import parse_any

    email = parse_any(mail.read_bytes())
    anonymiser = Anonymiser()
    known = [email.sender_name, *signature_names(email.signature)]
    subject = anonymiser.anonymise(email.subject, known)
    body = anonymiser.anonymise(email.body, known)
    attachments = [{"filename": a.filename, "content_type": a.content_type, "size": a.size}
                   for a in email.attachments]
    if as_json:
        _dump({"subject": subject.text, "body": body.text, "notes": email.notes,
               "attachments": attachments, "received_at": email.received_at,
               "anonymisation": body.report()})
        return
    click.echo(f"Objet : {subject.text}")
    for note in email.notes:
        click.echo(f"Note : {note}")
    for a in attachments:
        click.echo(f"Pièce jointe (non lue) : {a['filename']} ({a['content_type']}, "
                   f"{a['size']} octets)")
    report = body.report()["masked"]
    masked = ", ".join(f"{k.lower()} ×{v}" for k, v in report.items()) or "rien"
    click.echo(f"Masqué : {masked}")
    click.echo("")
    click.echo(body.text)


QUESTION_HELP = ("La question posée, dans les termes du droit (répétable) : cherchée à la "
                 "place des phrases de l'usager.")


@main.command("suggest")
@click.argument("mail", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--length", type=click.Choice(["short", "standard", "detailed"]),
              default="standard", show_default=True)
@click.option("--idcc", type=int, help="Imposer la convention collective (IDCC).")
@click.option("--exclude-source", "excluded", multiple=True, type=SOURCE_CHOICE)
@click.option("--no-disclosure", is_flag=True,
              help="Ne pas ajouter la mention d'un outil d'intelligence artificielle.")
@click.option("--question", "questions", multiple=True, help=QUESTION_HELP)
@click.option("--json", "as_json", is_flag=True)
@_friendly
def suggest_cmd(mail: Path, length: str, idcc: int | None, excluded: tuple[str, ...],
                no_disclosure: bool, questions: tuple[str, ...], as_json: bool) -> None:
    """Propose un brouillon de réponse sourcé et vérifié (l'agent relit et envoie)."""
    from assistant.anonymise import Anonymiser
    from assistant.pipeline import suggest

    settings = _settings()
    with _open_kb(settings) as kb:
        result = suggest(mail.read_bytes(), kb, Anonymiser(), length=length,  # type: ignore[arg-type]
                         idcc=idcc, exclude_sources=excluded,
                         disclosure=settings.ai_disclosure and not no_disclosure,
                         drafter=settings.drafter(), questions=questions)
    if as_json:
        _dump(result.to_dict())
        return
    c = result.analysis.classification
    click.echo("Thèmes : " + (", ".join(t["label"] for t in c.themes) or "aucun reconnu")
               + f" | demandeur : {c.requester.value} | IDCC : {c.idcc or 'inconnue'}")
    for question in c.questions:
        click.echo(f"Question cherchée : {question}")
    for flag in c.sensitive:
        click.echo(f"Attention : {flag['message']}")
    for note in result.draft.notes:
        click.echo(f"Note : {note}")
    for w in result.warnings:
        click.echo(f"Vérification : {w.message} (caractères {w.start}-{w.end})")
    click.echo("-" * 72)
    click.echo(result.text)
    click.echo("-" * 72)
    click.echo("Durées (ms) : " + ", ".join(f"{k} {v}" for k, v in
                                          result.analysis.timings_ms.items()))


@main.command("analyse")
@click.argument("mail", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--idcc", type=int, help="Imposer la convention collective (IDCC).")
@click.option("--exclude-source", "excluded", multiple=True, type=SOURCE_CHOICE)
@click.option("--question", "questions", multiple=True, help=QUESTION_HELP)
@click.option("--json", "as_json", is_flag=True)
@_friendly
def analyse_cmd(mail: Path, idcc: int | None, excluded: tuple[str, ...],
                questions: tuple[str, ...], as_json: bool) -> None:
    """Analyse un courriel : classification et sources (la rédaction arrive ensuite)."""
    from assistant.anonymise import Anonymiser
    from assistant.pipeline import analyse

    settings = _settings()
    with _open_kb(settings) as kb:
        result = analyse(mail.read_bytes(), kb, Anonymiser(), idcc=idcc,
                         exclude_sources=excluded, questions=questions)
    if as_json:
        _dump(result.to_dict())
        return
    c = result.classification
    click.echo("Thèmes : " + (", ".join(f"{t['label']} ({', '.join(t['evidence'][:3])})"
                                        for t in c.themes) or "aucun reconnu"))
    click.echo(f"Demandeur : {c.requester.value}")
    for question in c.questions:
        click.echo(f"Question cherchée : {question}")
    if c.convention:
        conv = c.convention
        label = f"IDCC {conv['idcc']} {conv.get('title') or ''}".strip() if conv["idcc"] else (
            "ambiguë entre IDCC " + ", ".join(map(str, conv["candidates"])))
        click.echo(f"Convention collective : {label} ({conv.get('how')})")
    else:
        click.echo("Convention collective : inconnue")
    if c.missing_facts:
        click.echo("À demander : " + "; ".join(m["label"] for m in c.missing_facts))
    if c.out_of_scope:
        click.echo(f"Hors champ : {c.out_of_scope['reason']} → {c.out_of_scope['redirect']}")
    for flag in c.sensitive:
        click.echo(f"Attention : {flag['message']}")
    for note in result.email.notes:
        click.echo(f"Note : {note}")
    click.echo("")
    click.echo("Sources :")
    for src in result.sources:
        label = src.article_num or " > ".join(src.heading_path[-1:])
        suffix = f" - {label}" if label and label not in src.title else ""
        click.echo(f"[{src.n}] {src.title}{suffix} ({src.source}, {src.date or 'sans date'})")
        click.echo(f"    {src.url}")
        click.echo(f"    pourquoi : {' · '.join(src.why())}")
    click.echo("")
    click.echo("Durées (ms) : " + ", ".join(f"{k} {v}" for k, v in result.timings_ms.items()))


@main.command("search")
@click.argument("question")
@click.option("--source", "sources", multiple=True, type=SOURCE_CHOICE)
@click.option("--idcc", type=int)
@click.option("-k", "k", default=10, show_default=True, type=click.IntRange(1, 100))
@click.option("--mode", type=click.Choice(["hybrid", "dense", "sparse"]), default="hybrid",
              show_default=True)
@click.option("--json", "as_json", is_flag=True)
@_friendly
def search_cmd(question: str, sources: tuple[str, ...], idcc: int | None, k: int, mode: str,
               as_json: bool) -> None:
    """Recherche hybride (dense + lexicale) dans le corpus."""
    with _open_kb() as kb:
        hits = kb.search(question, k=k, sources=list(sources) or None, idcc=idcc,
                         mode=mode)  # type: ignore[arg-type]
    if as_json:
        _dump([h.to_dict() for h in hits])
        return
    if not hits:
        click.echo("Aucun résultat.")
    for i, h in enumerate(hits, 1):
        label = h.article_num or " > ".join(h.heading_path[-1:])
        date = f" ({h.date})" if h.date else ""
        click.echo(f"{i:2}. [{h.source}] {h.title}{' - ' + label if label else ''}{date}")
        click.echo(f"    {h.url}")
        click.echo(textwrap.indent(textwrap.shorten(h.text, 220), "    "))


@main.command("article")
@click.argument("number")
@click.option("--json", "as_json", is_flag=True)
@_friendly
def article_cmd(number: str, as_json: bool) -> None:
    """Affiche un article du Code du travail (« L1237-1 », « L. 1237-1 », « R.1234-2 »...)."""
    with _open_kb() as kb:
        art = kb.article(number)
    if art is None:
        if as_json:
            _dump(None)
        click.echo(f"Article introuvable : {number}", err=True)
        sys.exit(1)
    if as_json:
        _dump(art.to_dict())
        return
    state = "en vigueur" if art.in_force else "abrogé ou pas encore en vigueur"
    click.echo(f"Article {art.num} du Code du travail ({state}, version du {art.date})")
    click.echo(" > ".join(art.heading_path))
    click.echo(art.url)
    click.echo("")
    click.echo(art.text)


@main.command("convention")
@click.argument("query")
@click.option("--json", "as_json", is_flag=True)
@_friendly
def convention_cmd(query: str, as_json: bool) -> None:
    """Trouve une convention collective par IDCC, nom usuel (« syntec », « HCR ») ou titre."""
    with _open_kb() as kb:
        found = kb.convention(query)
    if as_json:
        _dump([c.to_dict() for c in found])
        return
    if not found:
        click.echo(f"Aucune convention ne correspond à « {query} ».")
        sys.exit(1)
    for c in found:
        text = "texte intégral indexé" if c.full_text else "titre seulement"
        click.echo(f"IDCC {c.idcc:>4}  {c.short_title or c.title}  ({text})")
        click.echo(f"           {c.url}")


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--workers", type=int, help="Processus (par défaut un par cœur, 4 au plus).")
@click.option("--threads", type=int, help="Fils d'exécution par processus.")
def serve_cmd(host: str, port: int, workers: int | None, threads: int | None) -> None:
    """Lance l'API sous gunicorn (configuration par variables d'environnement)."""
    import os

    from gunicorn.app.base import BaseApplication

    from api import gunicorn_conf

    if workers:
        os.environ["SRDT_WORKERS"] = str(workers)
    if threads:
        os.environ["SRDT_THREADS"] = str(threads)
    opts = gunicorn_conf.options() | {"bind": f"{host}:{port}"}

    class Server(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            for key, value in opts.items():
                self.cfg.set(key, value)
            for hook in gunicorn_conf.HOOKS:
                self.cfg.set(hook, getattr(gunicorn_conf, hook))

        def load(self) -> Any:
            from api import create_app

            return create_app()

    Server().run()


@main.group()
def apikey() -> None:
    """Clés d'API des sites (mode SRDT_AUTH_MODE=apikey)."""


def _storage() -> Any:
    from api.storage import Storage

    storage = Storage(_settings().database_url)
    storage.migrate()
    return storage


def _recent_replies(days: int) -> list[Any]:
    """The agents' replies that named Code articles, the last `days` days up to now."""
    from datetime import UTC, datetime, timedelta

    end = datetime.now(UTC)
    replies: list[Any] = _storage().article_replies(end - timedelta(days=days),
                                                    end + timedelta(seconds=1))
    return replies


@apikey.command("create")
@click.option("--site", required=True, help="Nom du site (service, DREETS...).")
@click.option("--manager", is_flag=True, help="Accès aux statistiques de service.")
def apikey_create(site: str, manager: bool) -> None:
    """Crée une clé, affichée une seule fois ; seule son empreinte est conservée."""
    key = _storage().create_key(site, "manager" if manager else "agent")
    click.echo(key)
    click.echo(f"Clé créée pour le site « {site} ». Conservez-la : elle ne sera plus affichée.",
               err=True)


@apikey.command("list")
def apikey_list() -> None:
    """Liste les clés (préfixe, site, rôle), jamais les clés elles-mêmes."""
    for k in _storage().list_keys():
        state = "révoquée" if k["revoked"] else "active"
        click.echo(f"{k['prefix']}…  {k['site']:20} {k['role']:8} {state}  {k['created_at']}")


@apikey.command("revoke")
@click.argument("prefix")
def apikey_revoke(prefix: str) -> None:
    """Révoque la clé dont le préfixe (12 caractères, voir `list`) est donné."""
    n = _storage().revoke_keys(prefix.rstrip("…"))
    if not n:
        click.echo(f"Aucune clé active avec le préfixe {prefix}.", err=True)
        sys.exit(1)
    click.echo(f"{n} clé(s) révoquée(s).")


@main.group()
def db() -> None:
    """Base de données de l'API (SQLite par défaut, PostgreSQL par DATABASE_URL)."""


@db.command("upgrade")
def db_upgrade() -> None:
    """Applique les migrations (Alembic) jusqu'à la dernière."""
    _storage()
    click.echo("Base de données à jour.")


@db.command("purge")
@click.option("--days", type=int, help="Durée de conservation (défaut : SRDT_RETENTION_DAYS).")
def db_purge(days: int | None) -> None:
    """Supprime les suggestions, avis et traces plus anciens que la durée de conservation."""
    keep = days if days is not None else _settings().retention_days
    counts = _storage().purge(keep)
    click.echo(f"Supprimé (plus de {keep} jours) : {counts['suggestions']} suggestions, "
               f"{counts['feedback']} avis, {counts['audit']} traces.")


@db.command("articles")
@click.option("--days", type=int, default=30, show_default=True,
              help="Suggestions de cette période (jours).")
@click.option("--limit", type=int, default=20, show_default=True,
              help="Réponses à revoir affichées au plus.")
@click.option("--json", "as_json", is_flag=True)
def db_articles(days: int, limit: int, as_json: bool) -> None:
    """Les articles que les agents citent dans leurs réponses, face à ceux du brouillon :
    la mesure, en service, de l'article que le brouillon cite, et les questions à revoir
    (question anonymisée si SRDT_STORE_TEXT la conserve)."""
    from api.stats import article_agreement

    rows = _recent_replies(days)
    summary = article_agreement(rows)
    review = sorted((r for r in rows if r.added), key=lambda r: r.created_at,
                    reverse=True)[:limit]
    if as_json:
        _dump({"days": days, "summary": summary, "review": [
            {"suggestion_id": r.suggestion_id, "created_at": r.created_at.isoformat(),
             "themes": list(r.themes), "draft": r.draft, "reply": list(r.final),
             "added": r.added, "among_sources": r.among_sources, "question": r.text}
            for r in review]})
        return

    def pct(share: float | None) -> str:
        return "—" if share is None else f"{share:.0%}"

    click.echo(f"Réponses d'agents citant un article, comparées au brouillon : "
               f"{summary['replies_compared']} ({days} derniers jours)")
    if not summary["replies_compared"]:
        return
    click.echo(f"  au moins un article du brouillon repris : {pct(summary['kept_share'])}")
    click.echo(f"  un article que le brouillon ne citait pas : {pct(summary['added_share'])} "
               f"(parmi les sources proposées : {pct(summary['added_among_sources_share'])})")
    if summary["added"]:
        click.echo("\nArticles ajoutés par les agents :")
    for a in summary["added"]:
        click.echo(f"  {a['article']:12} {a['replies']} réponse(s), {a['among_sources']} parmi "
                   f"les sources, au lieu de {', '.join(a['instead_of'])}")
    if review:
        click.echo("\nRéponses à revoir (l'agent a cité un autre article) :")
    for r in review:
        where = "parmi les sources" if r.among_sources else "absent des sources"
        click.echo(f"  {r.created_at.date()}  {', '.join(r.themes) or 'sans thème'}  "
                   f"brouillon {', '.join(r.draft or ()) or 'aucun'} → agent "
                   f"{', '.join(r.added)} ({where})")
        if r.text:
            click.echo(textwrap.indent(textwrap.fill(" ".join(r.text.split())[:300], 90),
                                       "      "))


@db.command("precedents")
@click.option("--out", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              required=True, help="Fichier écrit (JSON Lines), à nommer dans SRDT_PRECEDENTS.")
@click.option("--days", type=int,
              help="Réponses de cette période (défaut : SRDT_RETENTION_DAYS).")
@click.option("--bundled/--no-bundled", default=True, show_default=True,
              help="Y joindre les questions livrées avec l'application.")
def db_precedents(out: Path, days: int | None, bundled: bool) -> None:
    """Écrit les questions déjà traitées à partir des réponses des agents : chaque question
    anonymisée (conservée si SRDT_STORE_TEXT le permet) avec les articles du Code que la
    réponse de l'agent cite. Les brouillons des questions semblables proposeront ces articles
    une fois le fichier nommé dans SRDT_PRECEDENTS et le service redémarré."""
    from api.stats import answered_questions
    from corpus.precedents import BUNDLED, read, write

    keep = days if days is not None else _settings().retention_days
    replies = _recent_replies(keep)
    answered = answered_questions(replies)
    shipped = read(BUNDLED) if bundled else []
    if not answered and not shipped:
        click.echo(f"Aucune réponse d'agent citant un article avec sa question conservée "
                   f"({keep} derniers jours) : {out} n'est pas écrit.", err=True)
        sys.exit(1)
    try:
        write(out, [*shipped, *answered])
    except OSError as exc:
        click.echo(f"Impossible d'écrire {out} : {exc.strerror or exc}.", err=True)
        sys.exit(1)
    click.echo(f"{len(shipped) + len(answered)} questions déjà traitées écrites dans {out} : "
               f"{len(answered)} réponses d'agents ({keep} derniers jours"
               + (f", {len(replies) - len(answered)} sans la question conservée"
                  if len(replies) > len(answered) else "")
               + f"), {len(shipped)} livrées avec l'application.")
    click.echo(f"Pour s'en servir : SRDT_PRECEDENTS={out}, puis redémarrer le service.")


if __name__ == "__main__":
    main()
