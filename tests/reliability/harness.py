"""Fault-injection supervisor, run as `python -m tests.reliability.harness MODE DB ...`.

It imports the program once, then for each trial forks a writer that works through the real
services and reports each confirmed write on a pipe; after a random delay the writer gets
SIGKILL and the supervisor reopens the file through `open_database` and checks it. One JSON
object per trial goes to stdout; the pytest side asserts. Forking here (a single-threaded
process) instead of in pytest keeps Qt's threads out of the child and makes each trial cost
milliseconds instead of an interpreter start.
"""

from __future__ import annotations

import json
import os
import random
import select
import shutil
import signal
import sqlite3
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from desktop.domain.backups import BackupKind
from desktop.domain.errors import DatabaseError
from desktop.domain.people import PersonInput
from desktop.persistence import backup as store
from desktop.persistence.repositories import people as people_repo
from desktop.services import backups, people
from desktop.services.session import Workspace


def _fork_writer(work: Callable[[int], None]) -> tuple[int, int]:
    """Start `work(fd)` in a child; return (pid, read end of its pipe)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never returns
        os.close(r)
        code = 0
        try:
            work(w)
        except BaseException as exc:
            os.write(w, f"ERROR {type(exc).__name__}: {exc}\n".encode())
            code = 3
        os._exit(code)
    os.close(w)
    return pid, r


def _kill_after(pid: int, fd: int, delay: float, *, after_ready: bool = False) -> list[str]:
    """Read the child's lines for `delay` seconds (counted from its "ready" line when asked),
    SIGKILL it, return every line it wrote."""
    data = b""
    if after_ready:
        while b"ready\n" not in data and (chunk := os.read(fd, 65536)):
            data += chunk
    deadline = time.monotonic() + delay
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            break
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        data += chunk
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while chunk := os.read(fd, 65536):
        data += chunk
    os.close(fd)
    return [line for line in data.decode().splitlines() if line]


def _open_and_check(db: Path) -> dict[str, object]:
    out: dict[str, object] = {"hot_journal": Path(str(db) + "-journal").exists()}
    try:
        ws = Workspace.open(db, create=False)
        ws.close()
        out["opened"] = True
    except DatabaseError as exc:
        out["opened"] = False
        out["error"] = exc.message
        return out
    report = backups.check_report(db)
    # A kill between the commit and the anchor of a new file's first save leaves no anchor:
    # a warning ("freshness not verifiable"), not damage. Everything else counts.
    out["problems"] = report.problems + [w for w in report.warnings if "mốc ghi ngoài tệp" not in w]
    out["warnings"] = report.warnings
    return out


def _ro(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(db.resolve().as_uri() + "?mode=ro", uri=True)


def saves(db: Path, trials: int, seed: int) -> None:
    """Kill a writer saving people one by one; every confirmed save must be there."""
    rng = random.Random(seed)
    ws = Workspace.open(db)
    unit_id = ws.db.connection().execute("SELECT min(id) FROM unit").fetchone()[0]
    ws.close()
    confirmed: dict[int, str] = {}
    for t in range(trials):

        def work(fd: int, t: int = t) -> None:
            w = Workspace.open(db, create=False)
            os.write(fd, b"ready\n")  # the delay counts from here: saves, not start-up
            i = 0
            while True:
                name = f"Người Thử T{t} S{i}"
                pid = people.save(w, PersonInput(full_name=name, unit_id=unit_id))
                os.write(fd, f"{pid}\t{name}\n".encode())
                i += 1

        pid, fd = _fork_writer(work)
        lines = _kill_after(pid, fd, rng.uniform(0.005, 0.12), after_ready=True)
        lines = [x for x in lines if x != "ready"]
        errors = [x for x in lines if x.startswith("ERROR")]
        for line in lines:
            if not line.startswith("ERROR"):
                k, name = line.split("\t")
                confirmed[int(k)] = name
        result = _open_and_check(db)
        if result.get("opened"):
            conn = _ro(db)
            stored = dict(conn.execute("SELECT id, full_name FROM person"))
            conn.close()
            result["missing"] = [k for k, n in confirmed.items() if stored.get(k) != n]
        result.update(trial=t, confirmed=len(lines) - len(errors), errors=errors)
        print(json.dumps(result, ensure_ascii=False), flush=True)


def bulk(db: Path, trials: int, seed: int, rows: int) -> None:
    """Kill a writer during a one-transaction insert of `rows` people; whole or absent."""
    rng = random.Random(seed)
    ws = Workspace.open(db)
    unit_id = ws.db.connection().execute("SELECT min(id) FROM unit").fetchone()[0]
    ws.close()
    # How long one import takes, to aim the kills inside it.
    inputs = [
        PersonInput(full_name=f"Nhập Thử Số{i}", unit_id=unit_id).validated() for i in range(rows)
    ]
    start = time.monotonic()
    w = Workspace.open(db)
    with w.db.write() as conn:
        people_repo.insert_many(conn, inputs)
        conn.execute("DELETE FROM person WHERE full_name LIKE 'Nhập Thử%'")
    w.close()
    span = time.monotonic() - start
    for t in range(trials):
        tag = f"Lô{t}"

        def work(fd: int, tag: str = tag) -> None:
            batch = [
                PersonInput(full_name=f"{tag} Người{i}", unit_id=unit_id).validated()
                for i in range(rows)
            ]
            w = Workspace.open(db, create=False)
            os.write(fd, b"ready\n")
            with w.db.write() as conn:
                people_repo.insert_many(conn, batch)
            os.write(fd, b"done\n")

        pid, fd = _fork_writer(work)
        lines = _kill_after(pid, fd, rng.uniform(0.0, span * 1.5), after_ready=True)
        result = _open_and_check(db)
        if result.get("opened"):
            conn = _ro(db)
            n = conn.execute(
                "SELECT count(*) FROM person WHERE full_name LIKE ?", (tag + " %",)
            ).fetchone()[0]
            conn.close()
            result["rows"] = n
        result.update(trial=t, done="done" in lines, span=round(span, 3), lines=lines)
        print(json.dumps(result, ensure_ascii=False), flush=True)


def _import_trial(base: Path, target: Path, preview: object, delay: float) -> dict[str, object]:
    """One kill: a fresh copy of `base`, a writer committing the import, SIGKILL after `delay`
    seconds (counted from the writer's open workspace), then the checks."""
    from desktop.services import transfer

    shutil.copyfile(base, target)  # test set-up on a closed file, not a backup

    def work(fd: int) -> None:
        w = Workspace.open(target, create=False)
        os.write(fd, b"ready\n")
        transfer.commit_import(w, preview)  # type: ignore[arg-type]
        os.write(fd, b"done\n")

    pid, fd = _fork_writer(work)
    lines = _kill_after(pid, fd, delay, after_ready=True)
    result = _open_and_check(target)
    if result.get("opened"):
        conn = _ro(target)
        result["rows"] = conn.execute("SELECT count(*) FROM person").fetchone()[0]
        conn.close()
    result.update(done="done" in lines, lines=lines)
    for side in ("", "-journal", ".auditanchor", ".checked"):
        Path(str(target) + side).unlink(missing_ok=True)
    return result


def imports(
    base: Path, trials: int, seed: int, xlsx: Path, workdirs: list[Path], workers: int = 1
) -> None:
    """Kill a writer while it commits a spreadsheet import (one transaction); each trial starts
    from a copy of `base`. The parsed preview is made once, before forking.

    The trials are shared out among `workers` forked supervisors, each on files of its own, so
    a hundred kills take the time of a hundred divided by the cores (the kill moments are drawn
    here, in trial order, from `seed`, as fractions of the import's duration). Supervisor k
    works in `workdirs[k % len(workdirs)]`: the caller puts the first on the disk and the others
    on a memory file system where there is one. A SIGKILL loses nothing of the page cache, so
    such a file meets the same kill as a file on disk; its flushes just cost nothing, and the
    supervisors' imports do not queue behind each other's fsyncs (on one disk, two at once each
    took three times as long)."""
    from desktop.services import transfer

    rng = random.Random(seed)
    ws = Workspace.open(base, create=False)
    preview = transfer.preview_import(ws, "staff", xlsx)
    ws.close()
    rows = len(preview.rows)
    for folder in workdirs:
        folder.mkdir(parents=True, exist_ok=True)
    fractions = [rng.uniform(0.0, 1.2) for _ in range(trials)]  # of the import's duration
    children: list[int] = []
    for k in range(max(1, workers)):
        pid = os.fork()
        if pid == 0:  # a supervisor of every `workers`-th trial, reporting into its own file
            code = 0
            workdir = workdirs[k % len(workdirs)]
            try:
                # How long one import takes here, beside the other supervisors, to aim the
                # kills inside it.
                scratch = workdir / f"calibrate{k}.db"
                shutil.copyfile(base, scratch)  # test set-up on a closed file, not a backup
                start = time.monotonic()
                w = Workspace.open(scratch, create=False)
                transfer.commit_import(w, preview)
                w.close()
                span = time.monotonic() - start
                with (workdirs[0] / f"results{k}.jsonl").open("w", encoding="utf-8") as out:
                    for t in range(k, trials, max(1, workers)):
                        target = workdir / f"worker{k}-trial{t}.db"
                        result = _import_trial(base, target, preview, fractions[t] * span)
                        result.update(
                            trial=t, span=round(span, 3), expected=rows, folder=k % len(workdirs)
                        )
                        out.write(json.dumps(result, ensure_ascii=False) + "\n")
                        out.flush()
            except BaseException:
                traceback.print_exc()
                code = 3
            os._exit(code)
        children.append(pid)
    failed = [pid for pid in children if os.waitpid(pid, 0)[1] != 0]
    if failed:
        raise SystemExit(f"{len(failed)} import supervisor(s) failed")
    results = [
        json.loads(line)
        for k in range(max(1, workers))
        for line in (workdirs[0] / f"results{k}.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    for result in sorted(results, key=lambda r: int(r["trial"])):
        print(json.dumps(result, ensure_ascii=False), flush=True)


def backup_kills(db: Path, trials: int, seed: int, folder: Path) -> None:
    """Kill a process writing backups; no final name may hold a bad file."""
    rng = random.Random(seed)
    start = time.monotonic()
    store.make_backup(db, BackupKind.MANUAL, folder=folder)
    span = time.monotonic() - start
    for t in range(trials):

        def work(fd: int) -> None:
            while True:
                rec = store.make_backup(db, BackupKind.MANUAL, folder=folder)
                os.write(fd, f"{rec.file}\n".encode())

        pid, fd = _fork_writer(work)
        lines = _kill_after(pid, fd, rng.uniform(0.0, span * 2.5))
        bad = []
        for p in folder.glob("*.db"):
            try:
                store.verify_backup(p)
            except DatabaseError as exc:
                bad.append(f"{p.name}: {exc.message}")
        result = _open_and_check(db)
        result.update(trial=t, written=len(lines), bad=bad)
        print(json.dumps(result, ensure_ascii=False), flush=True)


def _content(db: Path) -> str:
    conn = _ro(db)
    try:
        return json.dumps(
            {t: sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"'))) for t in ("unit", "person")}
        )
    finally:
        conn.close()


def restore_kills(db: Path, trials: int, seed: int, first: Path, second: Path) -> None:
    """Kill a process restoring backups into the live file; old or new, never a mix."""
    rng = random.Random(seed)
    states = {_content(first): "first", _content(second): "second"}
    start = time.monotonic()
    w = Workspace.open(db, create=False)
    backups.restore(w, second)
    w.close()
    span = time.monotonic() - start
    for t in range(trials):

        def work(fd: int) -> None:
            w = Workspace.open(db, create=False)
            while True:
                for name, source in (("second", second), ("first", first)):
                    backups.restore(w, source)
                    os.write(fd, f"{name}\n".encode())

        pid, fd = _fork_writer(work)
        lines = _kill_after(pid, fd, rng.uniform(0.0, span * 2.5))
        result = _open_and_check(db)
        if result.get("opened"):
            result["state"] = states.get(_content(db), "MIXED")
            if result["state"] == "MIXED":
                conn = _ro(db)
                result["counts"] = store.table_counts(conn)
                conn.close()
        bad = []
        for p in store.backups_folder(db).glob("*.db"):
            try:
                store.verify_backup(p)
            except DatabaseError as exc:
                bad.append(f"{p.name}: {exc.message}")
        result.update(trial=t, restores=len(lines), bad=bad)
        print(json.dumps(result, ensure_ascii=False), flush=True)


def concurrent(db: Path, rounds: int, tag: str) -> None:
    """One of two processes saving at once: people through the service, and a shared counter
    read and written back in one write transaction (a lost update would show)."""
    ws = Workspace.open(db, create=False)
    unit_id = ws.db.connection().execute("SELECT min(id) FROM unit").fetchone()[0]
    print("opened", flush=True)
    sys.stdin.readline()  # both start together
    saved: list[int] = []
    increments = 0
    errors: list[str] = []
    for i in range(rounds):
        try:
            saved.append(people.save(ws, PersonInput(full_name=f"{tag} Người{i}", unit_id=unit_id)))
            with ws.db.write() as conn:
                row = conn.execute("SELECT value FROM app_meta WHERE key='counter'").fetchone()
                conn.execute(
                    "UPDATE app_meta SET value=? WHERE key='counter'", (str(int(row[0]) + 1),)
                )
            increments += 1
        except DatabaseError as exc:
            errors.append(exc.message)
    ws.close()
    print(json.dumps({"saved": saved, "increments": increments, "errors": errors}))


def disk_full(db: Path) -> None:
    """Write until the file size limit stops us, then free the space and write again."""
    import resource

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    ws = Workspace.open(db, create=False)
    unit_id = ws.db.connection().execute("SELECT min(id) FROM unit").fetchone()[0]
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (db.stat().st_size + 200_000, hard))
    confirmed: list[int] = []
    failure: dict[str, str] = {}
    for i in range(100_000):
        data = PersonInput(full_name=f"Đầy Đĩa Số{i}", unit_id=unit_id, residence="x" * 2000)
        try:
            confirmed.append(people.save(ws, data))
        except DatabaseError as exc:
            failure = {"code": exc.code, "message": exc.message}
            break
        except Exception as exc:  # anything else is what this test must catch
            failure = {"code": "UNEXPECTED", "message": f"{type(exc).__name__}: {exc}"}
            break
    with ws.db.read() as conn:
        stored = conn.execute("SELECT count(*) FROM person").fetchone()[0]
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    after = people.save(ws, PersonInput(full_name="Sau Khi Giải Phóng", unit_id=unit_id))
    ws.close()
    print(
        json.dumps(
            {"confirmed": confirmed, "failure": failure, "stored": stored, "after": after},
            ensure_ascii=False,
        )
    )


def injected_io_errors(db: Path, rounds: int, probability: float) -> None:
    """Run under `fiu-run -x`: save people while reads, writes and fsyncs fail at random.

    Faults are switched on through libfiu only after start-up and one warm-up save, so that
    only the program's database work meets them; they are switched off before reporting.
    """
    import ctypes

    fiu = ctypes.CDLL("libfiu.so.0")
    fiu.fiu_enable_random.argtypes = [
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_void_p,
        ctypes.c_uint,
        ctypes.c_float,
    ]
    ws = Workspace.open(db, create=False)
    unit_id = ws.db.connection().execute("SELECT min(id) FROM unit").fetchone()[0]
    people.save(ws, PersonInput(full_name="Khởi Động", unit_id=unit_id))
    points = [b"posix/io/rw/*", b"posix/io/sync/*"]
    for name in points:
        fiu.fiu_enable_random(name, 1, None, 0, probability)  # the wrapper picks the errno
    confirmed: list[int] = []
    failed: list[str] = []
    unexpected: list[str] = []
    for i in range(rounds):
        try:
            confirmed.append(
                people.save(ws, PersonInput(full_name=f"Lỗi Ghi Số{i}", unit_id=unit_id))
            )
        except DatabaseError as exc:
            failed.append(exc.code)
        except Exception:
            unexpected.append(traceback.format_exc(limit=-3))
    for name in points:
        fiu.fiu_disable(name)
    after = people.save(ws, PersonInput(full_name="Sau Lỗi Ghi", unit_id=unit_id))
    ws.close()
    report = {"confirmed": confirmed, "failed": failed, "unexpected": unexpected, "after": after}
    print(json.dumps(report, ensure_ascii=False))


def main(argv: list[str]) -> None:
    """Dispatch on the mode name."""
    mode, db = argv[0], Path(argv[1])
    if mode == "saves":
        saves(db, int(argv[2]), int(argv[3]))
    elif mode == "bulk":
        bulk(db, int(argv[2]), int(argv[3]), int(argv[4]))
    elif mode == "import":
        workers = int(argv[6]) if len(argv) > 6 else 1
        folders = [Path(f) for f in argv[5].split(os.pathsep)]  # one or several work folders
        imports(db, int(argv[2]), int(argv[3]), Path(argv[4]), folders, workers)
    elif mode == "backup":
        backup_kills(db, int(argv[2]), int(argv[3]), Path(argv[4]))
    elif mode == "restore":
        restore_kills(db, int(argv[2]), int(argv[3]), Path(argv[4]), Path(argv[5]))
    elif mode == "concurrent":
        concurrent(db, int(argv[2]), argv[3])
    elif mode == "fiu":
        injected_io_errors(db, int(argv[2]), float(argv[3]))
    elif mode == "diskfull":
        disk_full(db)
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main(sys.argv[1:])
