"""The project's own modules that the frozen build must carry (used by installer/thidua.spec).

PyInstaller's `collect_submodules("desktop")` imports the package to list it; when the project is
not importable in the build interpreter it returns nothing (or skips a module that fails to
import) and the build still "succeeds", without the pages, services and verbs that are imported
lazily. The spec compares its list with the files of desktop/ and stops the build instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def expected(root: Path) -> set[str]:
    """Every module of desktop/ by its file (the migrations are carried as files, not modules)."""
    names = set()
    for file in (root / "desktop").rglob("*.py"):
        parts = file.relative_to(root).with_suffix("").parts
        if "migrations" in parts or parts[-1] == "__main__":
            continue
        names.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def require(found: Iterable[str], root: Path) -> list[str]:
    """`found` as a sorted list when it holds every expected module; else stop the build."""
    found = sorted(set(found))
    missing = sorted(expected(root) - set(found))
    if missing:
        shown = ", ".join(missing[:8]) + (" …" if len(missing) > 8 else "")
        raise SystemExit(
            f"thidua.spec: {len(missing)} mô-đun của chương trình không nhập được trong trình "
            f"thông dịch đang đóng gói ({shown}). Hãy chạy từ thư mục dự án với môi trường đã "
            "cài đủ thư viện (uv sync); bản đóng gói thiếu chúng sẽ hỏng khi chạy."
        )
    return found
