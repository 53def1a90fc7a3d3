"""A retrieval development set built from the data itself, no hand labels:

- the CDTN contributions' questions, with the Code articles their generic answers cite;
- the Ministère du Travail fiches' section titles (with the fiche title), with the articles
  each section cites.

Only articles in force count as relevant; queries left with none are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from corpus.model import Source
from corpus.packages import PackageReader
from corpus.sources import contributions, fiches_travail, legi


@dataclass(frozen=True)
class Query:
    origin: str
    text: str
    relevant: frozenset[str]
    doc_id: str  # the document the query was cut from: left out when searching (no leak)


def build_devset(legi_reader: PackageReader, contrib_reader: PackageReader,
                 fiches_reader: PackageReader, now: object) -> list[Query]:
    _, catalog = legi.parse(legi_reader, now)  # type: ignore[arg-type]
    in_force = {n for n, a in catalog.articles.items() if a["in_force"]}
    queries: list[Query] = []
    for c in contributions.parse(contrib_reader, catalog):
        if c.source is Source.CONTRIBUTION and c.idcc is None:
            rel = frozenset(c.article_nums) & in_force
            if rel:
                queries.append(Query("contribution", c.title, rel, c.doc_id))
    seen: set[tuple[str, str]] = set()
    for c in fiches_travail.parse(fiches_reader, catalog):
        heading = c.heading_path[0] if c.heading_path else ""
        if not heading or heading == "Introduction" or (c.title, heading) in seen:
            continue
        seen.add((c.title, heading))
        rel = frozenset(c.article_nums) & in_force
        if rel:
            queries.append(Query("fiche_travail", f"{c.title} : {heading}", rel, c.doc_id))
    return queries
