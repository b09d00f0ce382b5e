"""Spreadsheet exchange: templates, two-phase import (preview → commit) and export, by kind.

Each kind of spreadsheet (`staff`, `units`, and whatever later areas add) registers four
functions once, at import time of its module::

    register_kind(
        "staff",
        title="Cán bộ - Cá nhân",
        template=write_template,          # (path) -> None
        preview_import=preview,           # (ws, path) -> ImportPreview   (reads only)
        commit_import=commit,             # (ws, preview, skip_invalid) -> ImportResult
        export=export,                    # (ws, path) -> int (rows written)
    )

`preview_import` parses and checks every row and writes nothing; the UI shows the preview and the
clerk accepts it. An optional `read_import` (same signature) may only parse, leaving `rows` empty:
`import_file` (the command line) uses it when given, since the commit checks everything anyway. `commit_import` checks again inside one `db.write()` transaction (the data may
have changed since the preview) and writes all rows, or only the valid ones with `skip_invalid`;
without it, one bad row raises `ImportRejected` and nothing is written. The CLI and the GUI call
only the module functions below (`kinds`, `write_template`, `preview_import`, `commit_import`,
`import_file`, `export`). A new area adds a module like `transfer_staff.py` and imports it at the
bottom of this file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.errors import ThiDuaError, ValidationError
from desktop.services.session import Workspace

ADD = "add"
UPDATE = "update"
UNCHANGED = "unchanged"  # the stored record already says the same: nothing is written
ERROR = "error"


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One row as the preview shows it: Excel row number, cell texts, what will happen."""

    number: int
    values: tuple[str, ...]
    action: str  # ADD, UPDATE, UNCHANGED or ERROR
    error: str = ""
    changes: tuple[str, ...] = ()  # UPDATE: "Field: old → new", one per changed field

    @property
    def line(self) -> str:
        """`Dòng N: reason` for the error list."""
        return f"Dòng {self.number}: {self.error}"


@dataclass(slots=True)
class ImportPreview:
    """What an import would do; `payload` is the kind's own parsed data for the commit."""

    kind: str
    path: Path
    headers: tuple[str, ...]
    rows: list[PreviewRow]
    payload: Any = field(default=None, repr=False)

    def count(self, action: str) -> int:
        """Rows with this action."""
        return sum(1 for r in self.rows if r.action == action)

    @property
    def errors(self) -> list[str]:
        """Every bad row as `Dòng N: reason`, in file order."""
        return [r.line for r in self.rows if r.action == ERROR]


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What a commit wrote."""

    added: int
    updated: int
    skipped: int
    errors: tuple[str, ...] = ()
    unchanged: int = 0
    changes: tuple[str, ...] = ()  # "Dòng N (who): Field: old → new" for every update

    def summary(self) -> str:
        """A one-line Vietnamese summary."""
        same = f", không đổi {self.unchanged}" if self.unchanged else ""
        return (
            f"Đã nhập: thêm mới {self.added}, cập nhật {self.updated}{same}, "
            f"bỏ qua {self.skipped} dòng lỗi."
        )


class ImportRejected(ThiDuaError):
    """Bad rows and no permission to skip them: nothing was written."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        self.message = (
            f"Tệp có {len(errors)} dòng không hợp lệ; chưa ghi gì vào dữ liệu. "
            "Hãy sửa các dòng trên, hoặc dùng --skip-invalid để chỉ nhập các dòng hợp lệ."
        )
        super().__init__(self.message)


@dataclass(frozen=True, slots=True)
class SpreadsheetKind:
    """The functions that make up one kind of spreadsheet."""

    name: str
    title: str
    template: Callable[[Path], None]
    preview_import: Callable[[Workspace, Path], ImportPreview] | None = None
    commit_import: Callable[[Workspace, ImportPreview, bool], ImportResult] | None = None
    export: Callable[[Workspace, Path], int] | None = None
    read_import: Callable[[Workspace, Path], ImportPreview] | None = None


_KINDS: dict[str, SpreadsheetKind] = {}


def register_kind(
    name: str,
    *,
    title: str,
    template: Callable[[Path], None],
    preview_import: Callable[[Workspace, Path], ImportPreview] | None = None,
    commit_import: Callable[[Workspace, ImportPreview, bool], ImportResult] | None = None,
    export: Callable[[Workspace, Path], int] | None = None,
    read_import: Callable[[Workspace, Path], ImportPreview] | None = None,
) -> None:
    """Add (or replace) a kind of spreadsheet."""
    _KINDS[name] = SpreadsheetKind(
        name, title, template, preview_import, commit_import, export, read_import
    )


def kinds(able: str = "") -> list[str]:
    """Names of the registered kinds; with `able` ("import" or "export") only those that can."""
    if able == "import":
        return sorted(n for n, k in _KINDS.items() if k.commit_import is not None)
    if able == "export":
        return sorted(n for n, k in _KINDS.items() if k.export is not None)
    return sorted(_KINDS)


def get_kind(name: str) -> SpreadsheetKind:
    """The kind with this name; ValidationError when unknown."""
    try:
        return _KINDS[name]
    except KeyError:
        raise ValidationError(
            "kind",
            "unknown_kind",
            f"Không có loại bảng tính “{name}”. Các loại có: {', '.join(kinds())}.",
        ) from None


def write_template(kind: str, path: Path) -> None:
    """Write the empty template of a kind."""
    get_kind(kind).template(Path(path))


def preview_import(ws: Workspace, kind: str, path: Path, *, check: bool = True) -> ImportPreview:
    """Read and check a file; nothing is written. Raises FileRejected for an unusable file.

    With `check=False` a kind that can only parse does so (the preview's rows may be empty).
    """
    spec = get_kind(kind)
    fn = (spec.read_import if not check else None) or spec.preview_import
    if fn is None:
        raise ValidationError("kind", "no_import", f"Loại “{kind}” không nhập được từ tệp.")
    return fn(ws, Path(path))


def commit_import(
    ws: Workspace, preview: ImportPreview, *, skip_invalid: bool = False
) -> ImportResult:
    """Write a previewed import in one transaction (all rows, or the valid ones)."""
    fn = get_kind(preview.kind).commit_import
    if fn is None:
        raise ValidationError("kind", "no_import", f"Loại “{preview.kind}” không nhập được từ tệp.")
    return fn(ws, preview, skip_invalid)


def import_file(
    ws: Workspace, kind: str, path: Path, *, skip_invalid: bool = False
) -> ImportResult:
    """Preview and commit in one go (the command line)."""
    previewed = preview_import(ws, kind, path, check=False)
    return commit_import(ws, previewed, skip_invalid=skip_invalid)


def export(ws: Workspace, kind: str, path: Path) -> int:
    """Write every record of a kind to a file; return the number of rows."""
    fn = get_kind(kind).export
    if fn is None:
        raise ValidationError("kind", "no_export", f"Loại “{kind}” không xuất ra tệp được.")
    return fn(ws, Path(path))


# The built-in kinds register themselves.
from desktop.services import targets as _targets  # noqa: E402, F401
from desktop.services import transfer_awards as _awards  # noqa: E402, F401
from desktop.services import transfer_households as _households  # noqa: E402, F401
from desktop.services import transfer_initiatives as _initiatives  # noqa: E402, F401
from desktop.services import transfer_positions as _positions  # noqa: E402, F401
from desktop.services import transfer_ratings as _ratings  # noqa: E402, F401
from desktop.services import transfer_staff as _staff  # noqa: E402, F401
from desktop.services import transfer_units as _units  # noqa: E402, F401
