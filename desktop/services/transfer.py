"""Spreadsheet exchange: templates, two-phase import (preview → commit) and export, by kind.

Each kind of spreadsheet (`staff`, `units`, and whatever later areas add) is a value its module
lists in `KINDS`, made of four functions::

    KINDS = (
        spreadsheet_kind(
        "staff",
        title="Cán bộ - Cá nhân",
        template=write_template,          # (path) -> None
        preview_import=preview,           # (ws, path) -> ImportPreview   (reads only)
        commit_import=commit,             # (ws, preview, skip_invalid) -> ImportResult
        export=export,                    # (ws, path) -> int (rows written)
        ),
    )

A kind that needs more than the file (which khối, which year, `--replace`) declares its options
once, with `spreadsheet_kind_with_options` (`options=(KindOption("bloc", "tên khối"), …)`): the command line adds them to
`import` and `export` from the registry, the page passes them as a dict, and the kind's
`preview_import` and `export` then receive that dict as a third argument.

`preview_import` parses and checks every row and writes nothing; the UI shows the preview and the
clerk accepts it. An optional `read_import` (same signature) may only parse, leaving `rows` empty:
`import_file` (the command line) uses it when given, since the commit checks everything anyway. `commit_import` checks again inside one `db.write()` transaction (the data may
have changed since the preview) and writes all rows, or only the valid ones with `skip_invalid`;
without it, one bad row raises `ImportRejected` and nothing is written. The CLI and the GUI call
only the module functions below (`kinds`, `write_template`, `preview_import`, `commit_import`,
`import_file`, `export`). A new area adds a module like `transfer_staff.py` and names it in
`_kind_modules` below: the registry is that explicit list, not filled by imports' side effects.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence, Sized
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from desktop.domain import progress as steps
from desktop.domain.errors import FileRejected, ThiDuaError, ValidationError
from desktop.domain.progress import Progress
from desktop.domain.row_problems import HasProblems, RowProblem, problem
from desktop.persistence import Connection
from desktop.services.session import Workspace

ADD = "add"
UPDATE = "update"
UNCHANGED = "unchanged"  # the stored record already says the same: nothing is written
ERROR = "error"


@dataclass(frozen=True, slots=True)
class PreviewRow(HasProblems):
    """One row as the preview shows it: Excel row number, cell texts, what will happen; a row
    in ERROR has its problems (codes and values the UI words; `error` their Vietnamese)."""

    number: int
    values: tuple[str, ...]
    action: str  # ADD, UPDATE, UNCHANGED or ERROR
    problems: tuple[RowProblem, ...] = ()
    changes: tuple[str, ...] = ()  # UPDATE: "Field: old → new", one per changed field
    # Cells (by index in `values`) whose text is a message the UI words in its language.
    worded: tuple[tuple[int, RowProblem], ...] = ()

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

    code = "import_rejected"

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        self.params = {"count": len(errors)}
        self.message = (
            f"Tệp có {len(errors)} dòng không hợp lệ; chưa ghi gì vào dữ liệu. "
            "Hãy sửa các dòng trên, hoặc dùng --skip-invalid để chỉ nhập các dòng hợp lệ."
        )
        super().__init__(self.message)


def refused(number: int, values: tuple[str, ...], problems: tuple[RowProblem, ...]) -> PreviewRow:
    """A row in error with its problems (a bare "invalid row" when it has none to give)."""
    return PreviewRow(number, values, ERROR, problems or (problem("row_invalid"),))


def unknown_movement(name: str) -> RowProblem:
    """A row naming a movement the office does not have."""
    return problem("movement_unknown", name=name)


def require_rows(rows: Sized, path: Path) -> None:
    """FileRejected for a file with no data row under its header line."""
    if not rows:
        raise FileRejected(
            f"Tệp {Path(path).name} không có dòng dữ liệu nào dưới dòng tiêu đề.",
            "no_rows",
            {"name": Path(path).name},
        )


def rows_in_error(shown: Sequence[PreviewRow], skip_invalid: bool) -> list[str]:
    """The lines of the rows in error; ImportRejected with them unless `skip_invalid` lets the
    valid rows in."""
    errors = [r.line for r in shown if r.action == ERROR]
    if errors and not skip_invalid:
        raise ImportRejected(errors)
    return errors


def preview_rows[R](
    ws: Workspace,
    kind: str,
    path: Path,
    headers: tuple[str, ...],
    rows: list[R],
    plan: Callable[[Connection, list[R]], tuple[list[PreviewRow], object]],
    check: bool = True,
) -> ImportPreview:
    """The preview of a file read into `rows`: each checked by `plan` in one read (unless
    `check` is False: parsed only); FileRejected when the file has no data row."""
    require_rows(rows, path)
    shown: list[PreviewRow] = []
    if check:
        with ws.db.read() as conn:
            shown, _ = plan(conn, rows)
    return ImportPreview(kind, Path(path), headers, shown, payload=rows)


@dataclass(frozen=True, slots=True)
class KindOption:
    """An option a kind of spreadsheet takes besides the file: `--NAME VALUE` on the command line."""

    name: str  # "bloc" → --bloc
    help: str  # Vietnamese, for `thidua import --help`
    type: type = str  # str or int; bool: a flag without a value (`--replace`)
    required: bool = False
    metavar: str = ""  # shown in `--help`; default NAM for a number, TEN for a text
    on_export: bool = True  # False: the option only changes an import

    @property
    def flag(self) -> str:
        """`--bloc`."""
        return "--" + self.name.replace("_", "-")


@dataclass(frozen=True, slots=True)
class SpreadsheetKind:
    """The functions that make up one kind of spreadsheet, and the options it takes."""

    name: str
    title: str
    template: Callable[[Path], None]
    preview_import: Callable[..., ImportPreview] | None = None
    commit_import: Callable[[Workspace, ImportPreview, bool], ImportResult] | None = None
    export: Callable[..., int] | None = None
    read_import: Callable[..., ImportPreview] | None = None
    options: tuple[KindOption, ...] = ()

    def checked_options(self, given: Mapping[str, object] | None) -> dict[str, object]:
        """The given options this kind declares (None values dropped); ValidationError for one
        it does not take or a required one missing."""
        values = {k: v for k, v in (given or {}).items() if v is not None and v != ""}
        names = {o.name: o for o in self.options}
        for key in values:
            if key not in names:
                flag = KindOption(key, "").flag
                users = all_options().get(key, (None, []))[1]
                only = f" {flag} chỉ dùng với {', '.join(users)}." if users else ""
                raise ValidationError(
                    key, "option_unknown", f"Loại “{self.name}” không dùng tùy chọn {flag}.{only}"
                )
        for o in self.options:
            if o.required and o.name not in values:
                raise ValidationError(
                    o.name, "option_required", f"Loại “{self.name}” cần tùy chọn {o.flag}."
                )
        return values


def spreadsheet_kind(
    name: str,
    *,
    title: str,
    template: Callable[[Path], None],
    preview_import: Callable[[Workspace, Path], ImportPreview] | None = None,
    commit_import: Callable[[Workspace, ImportPreview, bool], ImportResult] | None = None,
    export: Callable[[Workspace, Path], int] | None = None,
    read_import: Callable[[Workspace, Path], ImportPreview] | None = None,
) -> SpreadsheetKind:
    """A kind of spreadsheet without options (its module lists it in `KINDS`)."""
    return SpreadsheetKind(
        name, title, template, preview_import, commit_import, export, read_import
    )


def spreadsheet_kind_with_options(
    name: str,
    *,
    title: str,
    template: Callable[[Path], None],
    options: tuple[KindOption, ...],
    preview_import: Callable[[Workspace, Path, dict[str, object]], ImportPreview] | None = None,
    commit_import: Callable[[Workspace, ImportPreview, bool], ImportResult] | None = None,
    export: Callable[[Workspace, Path, dict[str, object]], int] | None = None,
) -> SpreadsheetKind:
    """A kind whose import and export take its declared options."""
    return SpreadsheetKind(
        name, title, template, preview_import, commit_import, export, None, options
    )


_registry: dict[str, SpreadsheetKind] | None = None


def _kind_modules() -> tuple[ModuleType, ...]:
    """The modules that define spreadsheet kinds (imported here, on first use: they import this
    module for its types)."""
    from desktop.services import (
        activities,
        targets,
        transfer_awards,
        transfer_blocs,
        transfer_households,
        transfer_initiatives,
        transfer_nominees,
        transfer_positions,
        transfer_ratings,
        transfer_staff,
        transfer_units,
    )

    return (
        transfer_staff,
        transfer_units,
        transfer_positions,
        transfer_awards,
        transfer_households,
        transfer_initiatives,
        transfer_ratings,
        transfer_blocs,
        transfer_nominees,
        activities,
        targets,
    )


def _kinds() -> dict[str, SpreadsheetKind]:
    """Every kind by name: the `KINDS` of the modules in `_kind_modules`."""
    global _registry
    if _registry is None:
        _registry = {k.name: k for m in _kind_modules() for k in m.KINDS}
    return _registry


def all_options(able: str = "") -> dict[str, tuple[KindOption, list[str]]]:
    """Every declared option by name, with the kinds that take it (for the command line); with
    `able="export"` only those an export takes."""
    out: dict[str, tuple[KindOption, list[str]]] = {}
    for kind in sorted(_kinds().values(), key=lambda k: k.name):
        for o in kind.options:
            if able != "export" or o.on_export:
                out.setdefault(o.name, (o, []))[1].append(kind.name)
    return out


def kinds(able: str = "") -> list[str]:
    """Names of the registered kinds; with `able` ("import" or "export") only those that can."""
    if able == "import":
        return sorted(n for n, k in _kinds().items() if k.commit_import is not None)
    if able == "export":
        return sorted(n for n, k in _kinds().items() if k.export is not None)
    return sorted(_kinds())


def get_kind(name: str) -> SpreadsheetKind:
    """The kind with this name; ValidationError when unknown."""
    try:
        return _kinds()[name]
    except KeyError:
        raise ValidationError(
            "kind",
            "unknown_sheet_kind",
            f"Không có loại bảng tính “{name}”. Các loại có: {', '.join(kinds())}.",
            {"name": name, "kinds": ", ".join(kinds())},
        ) from None


def write_template(kind: str, path: Path) -> None:
    """Write the empty template of a kind."""
    get_kind(kind).template(Path(path))


def preview_import(
    ws: Workspace,
    kind: str,
    path: Path,
    *,
    check: bool = True,
    options: Mapping[str, object] | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    """Read and check a file; nothing is written. Raises FileRejected for an unusable file.

    With `check=False` a kind that can only parse does so (the preview's rows may be empty).
    `progress` hears the rows read and checked, and may cancel (`Cancelled`).
    """
    spec = get_kind(kind)
    values = spec.checked_options(options)
    fn = (spec.read_import if not check else None) or spec.preview_import
    if fn is None:
        raise ValidationError("kind", "no_import", f"Loại “{kind}” không nhập được từ tệp.")
    with steps.active(progress) as tick:
        tick.report(0, 0, steps.READ)
        return fn(ws, Path(path), values) if spec.options else fn(ws, Path(path))


def commit_import(
    ws: Workspace,
    preview: ImportPreview,
    *,
    skip_invalid: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Write a previewed import in one transaction (all rows, or the valid ones).

    The kind's own transaction joins this one, so a `progress` cancelled at any step (the
    last check is right before the commit) rolls the whole import back: nothing written."""
    fn = get_kind(preview.kind).commit_import
    if fn is None:
        raise ValidationError("kind", "no_import", f"Loại “{preview.kind}” không nhập được từ tệp.")
    with steps.active(progress) as tick, ws.db.write():
        tick.report(0, len(preview.rows), steps.WRITE)
        result = fn(ws, preview, skip_invalid)
        tick.check()
    return result


def import_file(
    ws: Workspace,
    kind: str,
    path: Path,
    *,
    skip_invalid: bool = False,
    options: Mapping[str, object] | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Preview and commit in one go (the command line)."""
    previewed = preview_import(ws, kind, path, check=False, options=options, progress=progress)
    return commit_import(ws, previewed, skip_invalid=skip_invalid, progress=progress)


def export(
    ws: Workspace,
    kind: str,
    path: Path,
    options: Mapping[str, object] | None = None,
    progress: Progress | None = None,
) -> int:
    """Write every record of a kind (within its options) to a file; return the number of rows.
    A cancelled `progress` leaves no file behind."""
    spec = get_kind(kind)
    values = spec.checked_options(options)
    if spec.export is None:
        raise ValidationError("kind", "no_export", f"Loại “{kind}” không xuất ra tệp được.")
    path = Path(path)
    existed = path.exists()
    with steps.active(progress) as tick:
        tick.report(0, 0, steps.WRITE)
        try:
            count = spec.export(ws, path, values) if spec.options else spec.export(ws, path)
        except steps.Cancelled:
            if not existed:
                path.unlink(missing_ok=True)
            raise
        if tick.cancelled and not existed:  # cancelled while the file was written: none left
            path.unlink(missing_ok=True)
            raise steps.Cancelled()
    return count
