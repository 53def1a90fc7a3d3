"""Build the Thunderbird extension from the task pane's own files: `make addin`.

    python tools/build_thunderbird.py [--out build]   → build/thunderbird/ and the .xpi

The popup is taskpane.html with office.js replaced by the Thunderbird shim: one interface."""

from __future__ import annotations

import argparse
import json
import shutil
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ADDIN = ROOT / "addin"
OFFICE_JS = '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>'


def build(out: Path) -> Path:
    folder = out / "thunderbird"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    page = (ADDIN / "taskpane.html").read_text(encoding="utf-8")
    if OFFICE_JS not in page:
        raise SystemExit("taskpane.html no longer loads office.js the expected way")
    (folder / "popup.html").write_text(page.replace(
        OFFICE_JS, '<script src="office-shim.js"></script>'), encoding="utf-8")
    for name in ("taskpane.js", "taskpane.css"):
        shutil.copy(ADDIN / name, folder / name)
    for name in ("manifest.json", "managed-schema.json", "office-shim.js", "background.js"):
        shutil.copy(ADDIN / "thunderbird" / name, folder / name)
    shutil.copytree(ADDIN / "assets", folder / "assets")
    shutil.copytree(ADDIN / "vendor" / "dsfr", folder / "vendor" / "dsfr")
    version = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["version"]
    xpi = out / f"srdt-assist-thunderbird-{version}.xpi"
    with zipfile.ZipFile(xpi, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                z.write(path, path.relative_to(folder).as_posix())
    return xpi


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "build")
    print(build(parser.parse_args().out))


if __name__ == "__main__":
    main()
