"""Unused code in the program: `uv run python .ci/dead_code.py` (a step of .ci/run).

vulture reads the program (desktop/, installer/ with its .spec, resources/), the benchmarks (they
measure the program's own paths) and the reviewed whitelist beside this file (a name it lists that the program no longer defines fails),
then the tests.
Two findings fail CI, both in desktop/ or installer/ at 60 % confidence and more:

- unused code: a function, method, property, class, import or unreachable statement that
  neither the program nor its tests use; vulture is right about these nearly always;
- code used only by the tests: what the program alone leaves unused but the tests call. A
  function the program never calls is dead even when a test keeps it alive: delete it with its
  test (or make the test go through what the program uses); a seam a test genuinely needs goes
  in the whitelist with its reason. TEST_ONLY_KNOWN below lists the findings from before this
  check, each left to its page's owner; it only shrinks (an entry no longer found fails too).

Unused variables and attributes are printed as notes only: most of them are read where vulture
cannot see (fields of records filled from the database, attributes a library reads: python-docx's
paragraph_format.space_after, reportlab's chart settings), so they would make every landing a
whitelist chore. `--all` fails on them too, for a review. `--root DIR` reads another tree (its
tests use it).

A finding is either dead code to delete or, when something outside Python's sight uses it (Qt
calls an override, a name built at run time, a service a screen is about to call), a line in
.ci/vulture_whitelist.py with the reason: the failure prints the lines to paste.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from vulture import Vulture
from vulture.core import Item

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = ["desktop", "installer", "installer/thidua.spec", "resources", "benchmarks"]
TESTS = ["tests"]
REPORTED = ("desktop/", "installer/")
# SQLModel table classes: each column is the schema's record, read by SQLAlchemy, not by name.
EXCLUDED = ["desktop/persistence/tables/*"]
MIN_CONFIDENCE = 60
# vulture's kinds that fail CI; the others (variable, attribute) are notes unless --all.
FAILING = frozenset({"function", "method", "property", "class", "import", "unreachable_code"})
# Program code only the tests used when this check came in ("path: name"). Never add to it.
TEST_ONLY_KNOWN = frozenset(
    {
        "desktop/ui/dialogs/council_dialogs.py: set_attendance",
        "desktop/ui/dialogs/council_dialogs.py: set_refused",
        "desktop/ui/dialogs/council_roster.py: member_names",
        "desktop/ui/dialogs/history.py: event_at",
        "desktop/ui/dialogs/merge_dialog.py: set_chosen",
        "desktop/ui/pages/people.py: current_person_id",
        "desktop/ui/pages/people.py: select_person",
        "desktop/ui/pages/units.py: select_unit",
        "desktop/ui/preferences.py: last_page",
        "desktop/ui/widgets/batch_files.py: file_names",
    }
)

Key = tuple[str, str]  # (path, name)
# vulture's defined_<kind> lists: where a whitelisted name must still be defined.
DEFINED = ("attrs", "classes", "funcs", "imports", "methods", "props", "vars")


def _findings(vulture: Vulture, root: Path) -> dict[Key, tuple[str, Item]]:
    """vulture's present findings in desktop/ and installer/, by path and name."""
    out: dict[Key, tuple[str, Item]] = {}
    for item in vulture.get_unused_code(min_confidence=MIN_CONFIDENCE):
        path = Path(item.filename).resolve().relative_to(root).as_posix()
        if path.startswith(REPORTED):
            out[(path, str(item.name))] = (path, item)
    return out


def _stale_whitelist(vulture: Vulture, root: Path) -> list[str]:
    """The whitelist's names that desktop/ and installer/ no longer define (lines to remove)."""
    program = tuple(str(root / folder) for folder in REPORTED)
    defined = {
        str(item.name)
        for kind in DEFINED
        for item in getattr(vulture, f"defined_{kind}")
        if str(item.filename).startswith(program)
    }
    listed = re.findall(r"^_\.(\w+)", (root / ".ci" / "vulture_whitelist.py").read_text(), re.M)
    return [name for name in listed if name not in defined]


def _line(path: str, item: Item) -> str:
    return f"{path}:{item.first_lineno}: {item.message} ({item.confidence}%)"


def main(argv: list[str]) -> int:
    """Print the unused and the test-only code of the program; exit 1 when any fails."""
    strict = "--all" in argv
    root = Path(argv[argv.index("--root") + 1]).resolve() if "--root" in argv else ROOT
    vulture = Vulture()
    exclude = [str(root / p) for p in EXCLUDED]
    # One reading of each file: the program first, its findings kept, then the tests added.
    vulture.scavenge(
        [str(root / p) for p in PROGRAM] + [str(root / ".ci" / "vulture_whitelist.py")],
        exclude=exclude,
    )
    program_alone = _findings(vulture, root)
    stale = _stale_whitelist(vulture, root)
    vulture.scavenge([str(root / p) for p in TESTS], exclude=exclude)
    with_tests = _findings(vulture, root)

    failing: list[str] = []
    notes: list[str] = []
    paste: list[str] = []
    for path, item in with_tests.values():
        if strict or item.typ in FAILING:
            failing.append(_line(path, item))
            if item.typ != "unreachable_code":
                paste.append(f"_.{item.name}  # {path}: <why it is used>")
        else:
            notes.append(_line(path, item))
    test_only = {
        key: found
        for key, found in program_alone.items()
        if key not in with_tests and found[1].typ in FAILING
    }
    named = {f"{path}: {name}" for path, name in test_only}
    new_test_only = [
        _line(*found)
        for key, found in test_only.items()
        if f"{key[0]}: {key[1]}" not in TEST_ONLY_KNOWN
    ]
    gone = sorted(TEST_ONLY_KNOWN - named)

    if notes:
        print(
            f"note: {len(notes)} unused variables or attributes (not failing; --all fails on them too)"
        )
    for line in failing:
        print(line)
    for line in new_test_only:
        print(line.replace("unused", "used only by the tests:", 1))
    for entry in gone:
        print(f"{entry}: no longer used only by the tests: remove it from TEST_ONLY_KNOWN")
    for name in stale:
        print(
            f".ci/vulture_whitelist.py: _.{name}: defined nowhere in desktop/ or installer/: remove it"
        )
    sys.stdout.flush()
    if failing:
        print(
            f"{len(failing)} unused: delete it, or add it with its reason to"
            " .ci/vulture_whitelist.py:",
            *sorted(set(paste)),
            sep="\n",
            file=sys.stderr,
        )
    if new_test_only:
        print(
            f"{len(new_test_only)} used only by the tests: delete it with its tests (or make the"
            " tests go through what the program uses), or, for a seam a test genuinely needs,"
            " add it with its reason to .ci/vulture_whitelist.py",
            file=sys.stderr,
        )
    if failing or new_test_only or gone or stale:
        return 1
    print(
        "no unused functions, methods, classes or imports in desktop/ and installer/, and none"
        f" used only by the tests beyond the {len(TEST_ONLY_KNOWN)} known"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
