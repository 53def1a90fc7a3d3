"""Classification alone and the look-ups the task pane offers: search, article, agreement."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request

from assistant.pipeline import analyse

from ..errors import ApiError, bad_request
from . import SOURCES, bounded_int, guard, query_text, read_email, services

bp = Blueprint("lookup", __name__)


@bp.before_request
def _guard() -> None:
    guard(cost=1 if request.endpoint == "lookup.classify" else 0)


@bp.post("/classify")
def classify() -> Response:
    """Classification and sources without a draft (and without the model, even if configured)."""
    data, opts = read_email()
    svc = services()
    result = analyse(data, svc.kb, svc.anonymiser, opts.idcc, opts.exclude_sources,
                     opts.exclude_ids, questions=opts.questions)
    return jsonify(result.to_dict())


@bp.get("/search")
def search() -> Response:
    q = query_text(500, "Saisissez une question ou des mots-clés.")
    sources = request.args.getlist("source")
    unknown = [s for s in sources if s not in SOURCES]
    if unknown:
        raise bad_request(f"unknown source types: {', '.join(unknown)}")
    k = bounded_int(request.args.get("k", "10"), "k", 1, 50)
    try:
        idcc = int(request.args["idcc"]) if request.args.get("idcc") else None
    except ValueError as exc:
        raise bad_request("idcc must be an integer") from exc
    mode = request.args.get("mode", "hybrid")
    if mode not in ("hybrid", "dense", "sparse"):
        raise bad_request("mode must be hybrid, dense or sparse")
    hits = services().kb.search(q, k=k, sources=sources or None, idcc=idcc,
                                mode=mode)  # type: ignore[arg-type]
    return jsonify({"hits": [h.to_dict() for h in hits]})


@bp.get("/articles/<path:num>")
def article(num: str) -> Response:
    found = services().kb.article(num)
    if found is None:
        raise ApiError(404, "article_not_found",
                       f"Article introuvable dans le Code du travail : {num[:40]}",
                       "no such article number in the index")
    return jsonify(found.to_dict())


@bp.get("/conventions")
def conventions() -> Response:
    q = query_text(200, "Saisissez un nom de convention ou un IDCC.")
    limit = bounded_int(request.args.get("limit", "8"), "limit", 1, 20)
    found = services().kb.convention(q, limit=limit)
    return jsonify({"conventions": [c.to_dict() for c in found]})
