"""A smaller ICU data library for the Linux build (PySide6's Qt links ICU there; Windows uses its own).

PySide6's `libicudata.so.73` is 32 MB: one ICU "common data" package (`icudt73_dat`) with every
locale, converter, break dictionary and display name ICU knows. Qt Core calls ICU only for
collation (QCollator), locale-aware upper/lower case, time zone names and the non-Unicode codecs
of QStringConverter; the program speaks Vietnamese and English. `trimmed_library()` keeps the
root, English and Vietnamese data, the collation tables, the time zone data, the windows-125x
converters and every non-locale item, drops the rest (other locales, break iterators and their
dictionaries, currency/language/region/unit names, spell-out rules, transliterators, the other
converters, character names: about 29 MB) and links the new package into a data-only
`libicudata.so.73` with the same exported symbol. ICU finds a missing locale's data through its
normal fallback to root, so nothing fails; Qt never reads the dropped kinds of data.

The package format (ICU `ucmndata.h`): a data header (`headerSize`, magic 0xda 0x27, UDataInfo
with format "CmnD"), then a table of contents `count, {nameOffset, dataOffset} * count` whose
offsets count from the table's start, the item names (sorted, NUL-terminated) and the items,
each one aligned to 16 bytes.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

ALIGN = 16
# Locales kept (ICU names, before the ".res"); root is always kept.
LOCALES = {"root", "en", "en_001", "en_GB", "en_US", "vi", "vi_VN"}
# Whole data trees Qt never reads (break iterators with their dictionaries, display names, units,
# spell-out rules, transliterators).
DROPPED_TREES = {"brkitr", "curr", "lang", "region", "unit", "rbnf", "translit"}
# Converters kept: the Windows code pages 1250-1258 (1258 is Vietnamese). UTF-*, Latin-1 and
# ASCII are built into ICU's code and need no table.
KEPT_CONVERTERS = re.compile(r"ibm-53(4[6-9]|5[0-4])_P100-199[78]\.cnv")
DROPPED_FILES = {"unames.icu"}  # Unicode character names (u_charName), unused by Qt
_LOCALE_FILE = re.compile(r"[a-z]{2,3}(_\w*)?\.res")  # vi.res, en_GB.res, de__PHONEBOOK.res
ALWAYS_KEPT = {"res_index.res", "pool.res", "root.res"}  # each tree's index, key pool and root


def read_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Split an ICU common data package into its header and its (name, data) items."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD" or blob[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    toc = blob[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        end = entries[i + 1][1] if i + 1 < count else len(toc)
        name = toc[name_offset : toc.index(b"\0", name_offset)].decode("ascii")
        items.append((name, toc[data_offset:end]))
    return blob[:header_size], items


def _pad(data: bytes) -> bytes:
    return data + b"\xaa" * (-len(data) % ALIGN)  # icupkg pads with 0xaa


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """Assemble a common data package (items keep their order, which must be sorted by name)."""
    table_size = 4 + 8 * len(items)
    names = bytearray()
    name_offsets = []
    for name, _ in items:
        name_offsets.append(table_size + len(names))
        names += name.encode("ascii") + b"\0"
    offset = len(_pad(b"\0" * table_size + bytes(names)))
    table = bytearray(struct.pack("<I", len(items)))
    body = bytearray()
    for (_, data), name_offset in zip(items, name_offsets, strict=True):
        table += struct.pack("<II", name_offset, offset + len(body))
        body += _pad(data)
    return header + _pad(bytes(table + names)) + bytes(body)


def keep(name: str) -> bool:
    """Whether the item `name` ("icudt73l/coll/vi.res") stays in the trimmed package."""
    parts = name.split("/")[1:]  # without the package name
    if not parts:
        return True
    tree, file = (parts[0], parts[-1]) if len(parts) > 1 else ("", parts[0])
    if tree in DROPPED_TREES or file in DROPPED_FILES:
        return False
    if file in ALWAYS_KEPT:
        return True
    if file.endswith(".cnv"):
        return bool(KEPT_CONVERTERS.fullmatch(file))
    if _LOCALE_FILE.fullmatch(file):
        return file.removesuffix(".res") in LOCALES
    return True  # root, pool, res_index, supplemental data, normalisation, collation tables...


def trimmed_package(blob: bytes) -> bytes:
    """The package with only the items `keep()` accepts."""
    header, items = read_package(blob)
    return write_package(header, [(name, data) for name, data in items if keep(name)])


def _elf_symbol(library: Path, symbol: str) -> tuple[int, int]:
    """File offset and size of an exported data symbol (via readelf, from binutils)."""
    out = subprocess.run(
        ["readelf", "-W", "--dyn-syms", "-S", str(library)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    address = size = None
    for line in out.splitlines():
        fields = line.split()
        if fields and fields[-1] == symbol:
            address, size = int(fields[1], 16), int(fields[2], 0)
    if address is None or size is None:
        raise ValueError(f"{symbol} not exported by {library}")
    for line in out.splitlines():  # the section holding it: Addr, Off, Size columns
        m = re.search(r"\]\s+\S+\s+\S+\s+([0-9a-f]{16})\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if m:
            start, off, length = (int(g, 16) for g in m.groups())
            if start <= address < start + length:
                return off + address - start, size
    raise ValueError(f"no section holds {symbol} in {library}")


def trimmed_library(original: Path, out_dir: Path) -> Path:
    """Write a trimmed copy of Qt's libicudata.so.NN into `out_dir`; return its path.

    Needs readelf and a C compiler driver (cc/gcc) on the build machine; raises OSError or
    ValueError (the caller then keeps the original) when they are missing or the library is not
    the expected one.
    """
    match = re.fullmatch(r"libicudata\.so\.(\d+)", original.name)
    if not match:
        raise ValueError(f"unexpected ICU data library {original.name}")
    symbol = f"icudt{match.group(1)}_dat"
    offset, size = _elf_symbol(original, symbol)
    with original.open("rb") as f:
        f.seek(offset)
        blob = f.read(size)
    package = trimmed_package(blob)
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise OSError("no C compiler to link the trimmed ICU data")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / original.name
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "icudata.bin"
        data.write_bytes(package)
        source = Path(tmp) / "icudata.S"
        source.write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
            f'{symbol}:\n\t.incbin "{data}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(
            [compiler, "-shared", "-nostdlib", f"-Wl,-soname,{original.name}", "-Wl,-s"]
            + ["-o", str(target), str(source)],
            check=True,
        )
    return target
