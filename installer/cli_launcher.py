"""thidua-cli.exe, the console front of the Windows build (installer/thidua.spec, Windows only).

thidua.exe is a windowed program (no black console window when a clerk opens it) and it alone
carries the program archive. This small console program runs thidua.exe from its own folder with
the same arguments, relays its output to the console (Vietnamese included: the child writes UTF-8
into pipes, this side decodes it for a console or passes the bytes on to a file or pipe) and
exits with its exit code, so `thidua-cli.exe --self-test` and the verbs behave as a console
program should. It imports nothing of the project: its own archive stays a few hundred KB.
"""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, TextIO

PROGRAM = "thidua.exe"
CHUNK = 65536


def _relay(source: IO[bytes], target: TextIO | None) -> None:
    """Copy the child's output to `target` as it comes: bytes to a file or pipe, text to a
    console (where the bytes would be read in the console's code page)."""
    if target is None:  # no console and no redirection: drain the pipe so the child never blocks
        while source.read(CHUNK):
            pass
        return
    console = target.isatty()
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    while chunk := source.read1(CHUNK):  # type: ignore[attr-defined]  # Popen gives a BufferedReader
        if console:
            target.write(decoder.decode(chunk))
        else:
            target.flush()
            target.buffer.write(chunk)
        target.flush()
    if console:
        target.write(decoder.decode(b"", final=True))
        target.flush()


def _is_console(stream: TextIO | None) -> bool:
    return stream is not None and stream.isatty()


def run(program: Path, argv: list[str]) -> int:
    """Run `program` with `argv`, relay its standard output and error, return its exit code."""
    if not program.exists():
        print(f"Lỗi: không tìm thấy {program}", file=sys.stderr)
        return 1
    # A console is not handed to the windowed child: its output comes back through pipes and is
    # written here as text. A file or pipe is handed over as it is (the child writes UTF-8 bytes
    # into it), with no relay in between.
    relay_out, relay_err = _is_console(sys.stdout), _is_console(sys.stderr)
    stdin = subprocess.DEVNULL if sys.stdin is None or sys.stdin.isatty() else sys.stdin
    child = subprocess.Popen(
        [str(program), *argv],
        stdin=stdin,
        stdout=subprocess.PIPE if relay_out else sys.stdout,
        stderr=subprocess.PIPE if relay_err else sys.stderr,
    )
    relays = [
        threading.Thread(target=_relay, args=(pipe, target), daemon=True)
        for pipe, target in ((child.stdout, sys.stdout), (child.stderr, sys.stderr))
        if pipe is not None
    ]
    for relay in relays:
        relay.start()
    try:
        code = child.wait()
    except KeyboardInterrupt:
        child.terminate()
        print("Đã dừng.", file=sys.stderr)
        return 1
    for relay in relays:
        relay.join(timeout=10)  # the child has ended: its output is all there, or lost with it
    return code


def main() -> int:
    """Entry point: the program is thidua.exe beside this executable (THIDUA_CLI_PROGRAM overrides
    it, for the tests)."""
    override = os.environ.get("THIDUA_CLI_PROGRAM")
    program = Path(override) if override else Path(sys.executable).with_name(PROGRAM)
    return run(program, sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
