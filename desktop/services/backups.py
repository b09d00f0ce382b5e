"""Backups: automatic (daily, on closing), manual (to a USB stick), restore, checks.

Every copy goes through SQLite's backup API (persistence.backup); this module decides when,
where and what to tell the clerk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.domain import progress as steps
from desktop.domain.backups import BackupKind, BackupRecord
from desktop.domain.errors import DatabaseError
from desktop.domain.progress import Progress
from desktop.persistence import audit as audit_store
from desktop.persistence import backup as store
from desktop.persistence.backup_manifest import (
    known_backups,
    offsite_records,
    read_manifest,
    rotate,
)
from desktop.services.session import Workspace

__all__ = [
    "OFFSITE_REMINDER_DAYS",
    "CheckReport",
    "Description",
    "RestoreResult",
    "auto_backup_if_due",
    "backup_now",
    "backup_on_close",
    "check",
    "check_path",
    "check_report",
    "describe",
    "describe_current",
    "describe_for_restore",
    "last_offsite_backup_age_days",
    "list_backups",
    "needs_offsite_reminder",
    "newest_good_backup",
    "restore",
    "restore_damaged",
    "restore_new",
    "restore_warnings",
]

OFFSITE_REMINDER_DAYS = 14
# Tables shown when comparing a backup with the current data, in this order.
MAIN_TABLES = (
    "unit",
    "person",
    "movement",
    "initiative",
    "proposal_batch",
    "nominee",
    "award_record",
)


@dataclass(frozen=True, slots=True)
class Description:
    """A database file summarised for the restore comparison."""

    path: Path
    created: datetime | None
    kind: str  # a BackupKind, or "current" for the data in use
    schema_version: int
    size: int
    counts: dict[str, int]
    audit_head: tuple[int, str] = (0, "")  # newest audit event in the file (number, hash)
    recorded_head: tuple[int, str] | None = None  # as the backup's record has it, when known
    warnings: tuple[str, ...] = ()  # before a restore: another office's data, an unverified log

    @property
    def head_matches(self) -> bool | None:
        """Does the file's audit head match the one recorded at backup time (None: no record
        of it, e.g. a backup made before heads were recorded)?"""
        if self.recorded_head is None:
            return None
        return self.audit_head == self.recorded_head

    def main_counts(self) -> list[tuple[str, int]]:
        """(table, rows) for the main tables present, in display order."""
        return [(t, self.counts[t]) for t in MAIN_TABLES if t in self.counts]


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What a restore did: the safety backup of the replaced data and the restored file."""

    before: BackupRecord
    restored: Description


def _home(ws_or_path: Workspace | Path) -> Path:
    path = ws_or_path.path if isinstance(ws_or_path, Workspace) else Path(ws_or_path)
    return store.backups_folder(path)


def backup_now(
    ws: Workspace,
    folder: Path | None = None,
    *,
    out: Path | None = None,
    progress: Progress | None = None,
) -> BackupRecord:
    """A manual backup into `folder` (default: the backups folder) or exactly the file `out`.
    `progress` hears the pages copied; a cancel leaves no backup file behind."""
    with steps.active(progress):
        if out is not None:
            out = Path(out)
            if out.exists():
                raise DatabaseError(
                    "exists", f"Tệp {out} đã có; hãy chọn tên khác để không ghi đè.", str(out)
                )
            return store.make_backup(ws.path, BackupKind.MANUAL, target=out)
        return store.make_backup(ws.path, BackupKind.MANUAL, folder=folder)


def _automatic(ws: Workspace, kind: BackupKind) -> BackupRecord:
    record = store.make_backup(ws.path, kind)
    rotate(_home(ws))
    return record


def auto_backup_if_due(ws: Workspace, now: datetime | None = None) -> BackupRecord | None:
    """The daily backup, at the first start of the day; None when one exists already today."""
    today = (now or datetime.now()).date()
    # Rotation keeps the newest automatic backup of each day, so a closing backup may have
    # replaced this morning's daily one: either counts.
    for r in read_manifest(_home(ws)):
        if r.kind.automatic and r.created.date() == today and r.path.exists():
            return None
    return _automatic(ws, BackupKind.DAILY)


def _changed_since_last_backup(ws: Workspace) -> bool:
    current = store.file_change_counter(ws.path)
    mine = [r for r in read_manifest(_home(ws)) if Path(r.source) == ws.path.resolve()]
    if not mine:
        return True
    return mine[-1].change_counter != current  # records are appended in time order


def backup_on_close(ws: Workspace, changed: bool | None = None) -> BackupRecord | None:
    """A backup when the program closes after changes (`None`: compare with the last backup)."""
    if changed is None:
        changed = _changed_since_last_backup(ws)
    if not changed:
        return None
    return _automatic(ws, BackupKind.CLOSING)


def list_backups(ws: Workspace) -> list[BackupRecord]:
    """Backups known for this database, newest first: the backups folder, plus copies on
    other drives that are reachable now."""
    items = known_backups(_home(ws))
    seen = {r.path.resolve() for r in items}
    for r in offsite_records(_home(ws), ws.path.parent):
        if r.path.exists() and r.path.resolve() not in seen:
            items.append(r)
            seen.add(r.path.resolve())
    items.sort(key=lambda r: r.created, reverse=True)
    return items


def _record_for(path: Path) -> BackupRecord | None:
    for r in read_manifest(path.parent):
        if Path(r.file).resolve() == path.resolve():
            return r
    return None


def describe(path: Path) -> Description:
    """Verify a backup and summarise it (date, kind, counts); DatabaseError if refused."""
    path = Path(path)
    facts = store.verify_backup(path)
    rec = _record_for(path)
    created = rec.created if rec else datetime.fromtimestamp(path.stat().st_mtime)
    return Description(
        path,
        created,
        rec.kind if rec else BackupKind.UNKNOWN,
        facts.schema_version,
        facts.size,
        facts.counts,
        facts.audit_head,
        rec.audit_head if rec and rec.audit_hash else None,
    )


def describe_for_restore(ws: Workspace, path: Path) -> Description:
    """`describe`, plus what the clerk must be told before restoring it (`restore_warnings`)."""
    from dataclasses import replace

    desc = describe(path)
    return replace(desc, warnings=tuple(restore_warnings(ws.path, Path(path))))


def describe_current(ws: Workspace) -> Description:
    """The current data summarised like a backup (for the restore comparison)."""
    version, counts, _ = store.inspect_file(ws.path, full=False)
    return Description(
        ws.path,
        None,
        "current",
        version,
        ws.path.stat().st_size,
        counts,
        audit_store.file_head(ws.path),
    )


def restore(ws: Workspace, path: Path, *, progress: Progress | None = None) -> RestoreResult:
    """Replace the data with a verified backup; the current data is backed up first.

    Written through the backup API into the open database: a crash leaves the old or the new
    content whole. An older backup is brought up to the current schema. `progress` may cancel
    while the backup is checked and the current data copied, not once the data is replaced.
    """
    from desktop.services.accounts import require_admin

    require_admin(ws)  # restoring is for the administrator (or the one implicit user)
    path = Path(path)
    if path.resolve() == ws.path.resolve():
        raise DatabaseError("same_file", "Không thể khôi phục một tệp từ chính nó.", str(path))
    with steps.active(progress) as tick:
        tick.report(0, 0, steps.VERIFY)
        store.verify_backup(path)
        before = _pre_restore_backup(ws, path)
    # From here on it runs to its end (a Cancel now comes too late).
    audit_store.prepare_restore(ws.path, path)  # old or new content both verify meanwhile
    store.restore_into(ws.path, path)
    # The restored log is shorter than the anchored one: anchor its own (verified) head.
    audit_store.reanchor(ws.path)
    return RestoreResult(before, describe(path))


def _pre_restore_backup(ws: Workspace, path: Path) -> BackupRecord:
    """The copy of the current data made before a restore replaces it."""
    try:
        return store.make_backup(ws.path, BackupKind.PRE_RESTORE)
    except DatabaseError as exc:
        if exc.code != "source_damaged":
            raise
        raise DatabaseError(
            "current_damaged",
            f"Không sao lưu được dữ liệu hiện tại trước khi khôi phục (tệp {ws.path} có thể đã "
            "hỏng). Hãy đóng chương trình và khôi phục bằng lệnh: "
            f"thidua --db {ws.path} restore {path}",
            str(ws.path),
        ) from exc


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What `check` found: problems (damage, a changed log or data), warnings (what cannot be
    verified, or waits for an administrator) and notes (writing needs the key)."""

    problems: list[str]
    warnings: list[str]
    notes: list[str]

    @property
    def clean(self) -> bool:
        """True when nothing but notes was found."""
        return not self.problems and not self.warnings


def check_report(path: Path) -> CheckReport:
    """Check a database file (integrity, foreign keys, version, audit log), reading only."""
    path = Path(path)
    if not path.exists():
        return CheckReport([f"Không tìm thấy tệp dữ liệu {path}."], [], [])
    try:
        _, _, problems = store.inspect_file(path)
    except DatabaseError as exc:
        return CheckReport([exc.message], [], [])
    from desktop.services import audit

    findings = audit.verify_path(path)
    return CheckReport(
        problems + [f.message for f in findings if f.level == audit.PROBLEM],
        [f.message for f in findings if f.level == audit.WARNING],
        [f.message for f in findings if f.level == audit.NOTE],
    )


def check_path(path: Path) -> list[str]:
    """Problems and warnings found in a database file; empty when every check holds. Reads
    only."""
    report = check_report(path)
    return report.problems + report.warnings


def check(ws: Workspace) -> list[str]:
    """Problems found in the open database; empty when every check holds."""
    return check_path(ws.path)


def last_offsite_backup_age_days(ws: Workspace, now: datetime | None = None) -> int | None:
    """Days since a backup last left the PC (a manual backup outside the data folder);
    None when never."""
    records = [r for r in offsite_records(_home(ws), ws.path.parent) if r.kind is BackupKind.MANUAL]
    if not records:
        return None
    newest = max(r.created for r in records)
    return ((now or datetime.now()) - newest).days


def needs_offsite_reminder(ws: Workspace, now: datetime | None = None) -> bool:
    """True when no backup has left the PC for 14 days (or ever)."""
    age = last_offsite_backup_age_days(ws, now)
    return age is None or age >= OFFSITE_REMINDER_DAYS


def newest_good_backup(db_path: Path) -> Description | None:
    """The newest backup of this database that verifies, or None (for a damaged database)."""
    for r in known_backups(_home(Path(db_path))):
        try:
            return describe(r.path)
        except DatabaseError:
            continue
    return None


def restore_damaged(db_path: Path, backup: Path) -> Path | None:
    """Put a verified backup in place of a database that cannot be opened; the damaged file is
    kept in the backups folder (returned when it could be)."""
    audit_store.prepare_restore(Path(db_path), Path(backup))
    kept = store.replace_damaged(Path(db_path), Path(backup))
    audit_store.reanchor(Path(db_path))
    return kept


def restore_new(db_path: Path, backup: Path) -> None:
    """Restore a verified backup to a path where no data file exists yet (a new PC)."""
    db_path = Path(db_path)
    if db_path.exists():
        raise DatabaseError("exists", f"Tệp {db_path} đã có.", str(db_path))
    db_path.parent.mkdir(parents=True, exist_ok=True)
    audit_store.prepare_restore(db_path, Path(backup))
    store.replace_damaged(db_path, Path(backup))
    audit_store.reanchor(db_path)


def restore_warnings(db_path: Path, backup: Path) -> list[str]:
    """What the clerk must be told before restoring `backup` over `db_path`: a backup of
    another office's data, or one whose log does not verify."""
    from desktop.services import audit

    out: list[str] = []
    bad = [f.message for f in audit.verify_path(Path(backup)) if f.level == audit.PROBLEM]
    if bad:
        out.append("Nhật ký của bản sao lưu không kiểm chứng được: " + bad[0])
    if Path(db_path).exists():
        mine, theirs = store.office_identity(Path(db_path)), store.office_identity(Path(backup))
        if mine[0] and theirs[0] and mine[0] != theirs[0]:
            out.append(
                f"Bản sao lưu là dữ liệu của một cơ quan khác ({theirs[1] or 'chưa đặt tên'}), "
                f"không phải của tệp hiện tại ({mine[1] or 'chưa đặt tên'})."
            )
    return out
