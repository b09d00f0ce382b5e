"""Every page that lists records is built on the one list-page base (issue 16).

The base (`desktop/ui/pages/list_page.py`, `ListPage`) owns the search field, the selection, the
open / delete / history / Excel actions and their keys. Two checks, both read from the code:

- the side bar's list pages (LIST_PAGES) and the lists inside a page's tabs (LIST_TABS)
  derive from ListPage;
- no other class in desktop/ui/pages both makes its own search field and asks before deleting
  (a page that repeats the pattern without the base), none opens a record's history window
  without the base, and no ListPage asks its own delete question (the base's `ask_and_delete`
  does through `confirm_delete`, then deletes on the database worker).
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

from desktop.ui.pages import PAGES

ROOT = Path(__file__).resolve().parents[2]
PAGES_DIR = ROOT / "desktop" / "ui" / "pages"

# The side bar's pages that list records with a selection and open / delete (most with a
# search): the units tree, the tables, the khối and covenant lists beside their detail.
LIST_PAGES = ("units", "people", "households", "movements", "initiatives", "blocs", "covenants")
# Lists of records inside a page's tab, with new / delete / history: "module.Class".
LIST_TABS = ("proposal_batches.BatchesTab",)
BASE = "ListPage"


def _classes() -> dict[str, tuple[Path, ast.ClassDef]]:
    """Every class defined in desktop/ui/pages, by name."""
    found: dict[str, tuple[Path, ast.ClassDef]] = {}
    for path in sorted(PAGES_DIR.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                found[node.name] = (path, node)
    return found


def _bases(node: ast.ClassDef) -> list[str]:
    return [b.id if isinstance(b, ast.Name) else ast.unparse(b) for b in node.bases]


def _on_base(name: str, classes: dict[str, tuple[Path, ast.ClassDef]]) -> bool:
    seen: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop()
        if current == BASE:
            return True
        if current in seen or current not in classes:
            continue
        seen.add(current)
        todo.extend(_bases(classes[current][1]))
    return False


def _calls(node: ast.ClassDef) -> set[str]:
    """The dotted names a class calls (`SearchBox`, `QMessageBox.question`, …)."""
    names: set[str] = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call):
            names.add(ast.unparse(sub.func))
    return names


def _asks_when_deleting(node: ast.ClassDef) -> bool:
    """A question box in a method about deleting (other questions, such as "Submit?", are the
    page's own business)."""
    return any(
        isinstance(method, ast.FunctionDef)
        and "delete" in method.name
        and any(
            isinstance(sub, ast.Call) and ast.unparse(sub.func) == "QMessageBox.question"
            for sub in ast.walk(method)
        )
        for method in node.body
    )


def test_the_list_pages_of_the_side_bar_derive_from_the_base() -> None:
    from desktop.ui.pages.list_page import ListPage

    specs = {spec.key: spec for spec in PAGES}
    off_base = []
    for key in LIST_PAGES:
        spec = specs[key]
        cls = getattr(importlib.import_module(f"desktop.ui.pages.{spec.module}"), spec.cls)
        if not issubclass(cls, ListPage):
            off_base.append(f"{spec.module}.{spec.cls}")
    assert off_base == [], f"list pages not on ListPage: {off_base}"


def test_the_lists_inside_tabs_derive_from_the_base() -> None:
    from desktop.ui.pages.list_page import ListPage

    off_base = []
    for name in LIST_TABS:
        module, cls = name.split(".")
        if not issubclass(
            getattr(importlib.import_module(f"desktop.ui.pages.{module}"), cls), ListPage
        ):
            off_base.append(name)
    assert off_base == [], f"lists in tabs not on ListPage: {off_base}"


def test_no_page_opens_a_record_history_without_the_base() -> None:
    # a record's History window (HistoryDialog.for_record / for_batch) belongs to a list on
    # the base, beside its new and delete
    classes = _classes()
    outside = [
        f"{path.name}:{name}"
        for name, (path, node) in classes.items()
        if any(call.startswith("HistoryDialog.for_") for call in _calls(node))
        and not _on_base(name, classes)
    ]
    assert outside == [], f"history windows opened outside ListPage: {outside}"


def test_no_page_repeats_search_and_delete_without_the_base() -> None:
    classes = _classes()
    repeats = []
    own_question = []
    for name, (path, node) in classes.items():
        calls = _calls(node)
        searches = "SearchBox" in calls
        asks = "QMessageBox.question" in calls
        on_base = _on_base(name, classes)
        if searches and asks and not on_base:
            repeats.append(f"{path.name}:{name}")
        if on_base and name != BASE and _asks_when_deleting(node):
            own_question.append(f"{path.name}:{name}")
    assert repeats == [], f"search + delete question outside ListPage: {repeats}"
    assert own_question == [], f"ListPages asking their own delete question: {own_question}"
