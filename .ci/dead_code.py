"""Unused code in the program: `uv run python .ci/dead_code.py` (a step of .ci/run).

vulture reads the program (desktop/, installer/ with its .spec), the tests, the benchmarks and the
reviewed whitelist beside this file, and fails on anything in desktop/ or installer/ that nothing
uses (functions, classes, methods, constants, attributes; 60 % confidence and more). Names used
only by the tests count as used. A finding is either dead code to delete or, when something
outside Python's sight uses it (Qt calls an override, a name built at run time), a line in
.ci/vulture_whitelist.py with the reason.
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


def main() -> int:
    """Print the unused code of the program; exit 1 when there is any."""
    vulture = Vulture()
    vulture.scavenge(
        [str(ROOT / p) for p in READ] + [str(ROOT / ".ci" / "vulture_whitelist.py")],
        exclude=[str(ROOT / p) for p in EXCLUDED],
    )
    found = []
    for item in vulture.get_unused_code(min_confidence=60):
        path = Path(item.filename).resolve().relative_to(ROOT).as_posix()
        if path.startswith(REPORTED):
            found.append(f"{path}:{item.first_lineno}: {item.message} ({item.confidence}%)")
    for line in found:
        print(line)
    if found:
        print(
            f"{len(found)} unused: delete it, or add it with its reason to .ci/vulture_whitelist.py",
            file=sys.stderr,
        )
        return 1
    print("no unused code in desktop/ and installer/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
