"""Unused code in the program: `uv run python .ci/dead_code.py` (a step of .ci/run).

vulture reads the program (desktop/, installer/ with its .spec), the tests, the benchmarks and the
reviewed whitelist beside this file. Names used only by the tests count as used.

CI fails on unused *code* in desktop/ or installer/: functions, methods, properties, classes,
imports and unreachable statements (60 % confidence and more): vulture is right about these
nearly always. Unused variables and attributes are printed as notes only: most of them are
read where vulture cannot see (fields of records filled from the database, attributes a library
reads: python-docx's paragraph_format.space_after, reportlab's chart settings), so they would
make every landing a whitelist chore. `--all` fails on them too, for a review.

A finding is either dead code to delete or, when something outside Python's sight uses it (Qt
calls an override, a name built at run time, a service a screen is about to call), a line in
.ci/vulture_whitelist.py with the reason: the failure prints the lines to paste.
"""

from __future__ import annotations

import sys
from pathlib import Path

from vulture import Vulture

ROOT = Path(__file__).resolve().parent.parent
READ = ["desktop", "installer", "installer/thidua.spec", "tests", "benchmarks", "resources"]
REPORTED = ("desktop/", "installer/")
# SQLModel table classes: each column is the schema's record, read by SQLAlchemy, not by name.
EXCLUDED = ["desktop/persistence/tables/*"]
MIN_CONFIDENCE = 60
# vulture's kinds that fail CI; the others (variable, attribute) are notes unless --all.
FAILING = frozenset({"function", "method", "property", "class", "import", "unreachable_code"})


def main(argv: list[str]) -> int:
    """Print the unused code of the program; exit 1 when there is any that fails."""
    strict = "--all" in argv
    vulture = Vulture()
    vulture.scavenge(
        [str(ROOT / p) for p in READ] + [str(ROOT / ".ci" / "vulture_whitelist.py")],
        exclude=[str(ROOT / p) for p in EXCLUDED],
    )
    failing: list[str] = []
    notes: list[str] = []
    paste: list[str] = []
    for item in vulture.get_unused_code(min_confidence=MIN_CONFIDENCE):
        path = Path(item.filename).resolve().relative_to(ROOT).as_posix()
        if not path.startswith(REPORTED):
            continue
        line = f"{path}:{item.first_lineno}: {item.message} ({item.confidence}%)"
        if strict or item.typ in FAILING:
            failing.append(line)
            if item.typ != "unreachable_code":
                paste.append(f"_.{item.name}  # {path}: <why it is used>")
        else:
            notes.append(line)
    if notes:
        print(f"note: {len(notes)} unused variables or attributes (not failing; --all fails on them too)")
    for line in failing:
        print(line)
    if failing:
        print(
            f"{len(failing)} unused: delete it, or add it with its reason to"
            " .ci/vulture_whitelist.py:",
            *sorted(set(paste)),
            sep="\n",
            file=sys.stderr,
        )
        return 1
    print("no unused functions, methods, classes or imports in desktop/ and installer/")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
