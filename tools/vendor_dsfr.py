"""Vendor the part of the State's design system (DSFR, `@gouvfr/dsfr` on npm) that the task
pane uses, into `addin/vendor/dsfr/`: one stylesheet, the Marianne fonts (WOFF2) and the icons
that stylesheet names. Reproducible: the tarball is fetched with `npm pack` and checked against
the pinned sha1 before anything is written.

    python tools/vendor_dsfr.py [--from FOLDER_WITH_THE_TGZ]

The whole package is 23 MB; the pane needs about 0.7 MB of it. Licence: Etalab 2.0, with terms
of use that reserve the DSFR to the State's services (addin/vendor/dsfr/LICENSE.md): a site
outside the State sets SRDT_ADDIN_THEME=neutral and the pane does not load it.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import re
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "addin" / "vendor" / "dsfr"
PACKAGE, VERSION = "@gouvfr/dsfr", "1.15.3"
SHA1 = "5a97c0f017324770321dae4bb1db0ac4bbe92942"
TARBALL = f"gouvfr-dsfr-{VERSION}.tgz"
# core first: the components rely on its variables; then what the pane's markup uses
STYLESHEETS = ["core/core.min.css"] + [f"component/{c}/{c}.min.css" for c in (
    "button", "tag", "alert", "form", "input", "select", "checkbox", "link")]
_WOFF = re.compile(r',url\(\.\./fonts/[^)]+\.woff\) format\("woff"\)')
_URL = re.compile(r"url\((\.\./(?:\.\./)?)((?:fonts|icons)/[^)]+)\)")


def _tarball(folder: Path | None) -> bytes:
    if folder is not None:
        data = (folder / TARBALL).read_bytes()
    else:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent"], cwd=tmp,
                           check=True, stdout=subprocess.DEVNULL)
            data = (Path(tmp) / TARBALL).read_bytes()
    if hashlib.sha1(data).hexdigest() != SHA1:
        raise SystemExit(f"{TARBALL}: checksum mismatch, nothing written")
    return data


def subset(data: bytes) -> dict[str, bytes]:
    """The files to write, by path under addin/vendor/dsfr/."""
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        def member(path: str) -> bytes:
            f = tar.extractfile(f"package/{path}")
            if f is None:
                raise SystemExit(f"{path} is missing from {TARBALL}")
            return f.read()

        css: list[str] = []
        assets: set[str] = set()
        for sheet in STYLESHEETS:
            text = _WOFF.sub("", member(f"dist/{sheet}").decode("utf-8"))
            assets.update(m.group(2) for m in _URL.finditer(text))
            css.append(_URL.sub(lambda m: f"url({m.group(2)})", text))
        files = {"dsfr.min.css": "\n".join(css).encode("utf-8"),
                 "LICENSE.md": member("LICENSE.md")}
        for asset in sorted(assets):
            files[asset] = member(f"dist/{asset}")
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--from", dest="folder", type=Path, help="folder holding " + TARBALL)
    files = subset(_tarball(parser.parse_args().folder))
    shutil.rmtree(OUT, ignore_errors=True)
    for path, content in files.items():
        (OUT / path).parent.mkdir(parents=True, exist_ok=True)
        (OUT / path).write_bytes(content)
    size = sum(len(c) for c in files.values())
    print(f"{PACKAGE} {VERSION}: {len(files)} files, {size / 1024:.0f} KB in {OUT}")


if __name__ == "__main__":
    main()
