"""The trimmed ICU data of the Linux build (installer/icu_data.py): the package format round-trips
byte for byte, and the trimmed package keeps what Qt reads for Vietnamese and English."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))
import icu_data  # noqa: E402

sys.path.pop(0)


def _qt_icu_library() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 build has no ICU data library of its own (Windows, macOS)")
    return found[0]


@pytest.fixture(scope="module")
def package() -> bytes:
    library = _qt_icu_library()
    symbol = "icudt" + library.name.rsplit(".", 1)[-1] + "_dat"
    offset, size = icu_data._elf_symbol(library, symbol)
    with library.open("rb") as f:
        f.seek(offset)
        return f.read(size)


def test_the_package_round_trips(package: bytes) -> None:
    header, items = icu_data.read_package(package)
    assert len(items) > 3000
    assert icu_data.write_package(header, items) == package


def test_the_trimmed_package_keeps_vietnamese_english_and_collation(package: bytes) -> None:
    trimmed = icu_data.trimmed_package(package)
    assert len(trimmed) < len(package) / 5
    names = {name.split("/", 1)[1] for name, _ in icu_data.read_package(trimmed)[1]}
    for needed in (
        "root.res",
        "res_index.res",
        "pool.res",
        "vi.res",
        "en.res",
        "en_GB.res",
        "coll/vi.res",
        "coll/root.res",
        "coll/ucadata.icu",
        "zone/vi.res",
        "zoneinfo64.res",
        "cnvalias.icu",
        "ibm-5354_P100-1998.cnv",  # windows-1258
    ):
        assert needed in names, needed
    assert not {"fr.res", "coll/zh.res", "brkitr/cjdict.dict", "unames.icu"} & names
    order = [
        name for name, _ in icu_data.read_package(trimmed)[1]
    ]  # ICU searches them by bisection
    assert order == sorted(order)
