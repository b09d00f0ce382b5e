"""One writer (issue 16): every call the interface makes into a service function that writes runs
on the database worker, proven over the source rather than only where the tests click. The map
is built by tests/architecture/one_writer.py (its docstring says how)."""

from __future__ import annotations

import ast
from pathlib import Path
from textwrap import dedent

import pytest

from tests.architecture import one_writer
from tests.architecture.one_writer import ROOT, UI, Site

# Interface code that refers to a writing service off the worker on purpose: (file, function) ->
# why it still runs on the worker. Remove an entry when its code changes shape.
EXCEPTIONS: dict[tuple[str, str], str] = {
    ("desktop/ui/dialogs/accounts.py", "values"): (
        "each account form's values() returns the service call as a lambda, which FormDialog"
        ".accept hands to write() inside on_worker (values() itself writes nothing)"
    ),
}


@pytest.fixture(scope="module")
def sites() -> list[Site]:
    return one_writer.ui_sites()


def test_every_write_of_the_interface_runs_on_the_worker(sites: list[Site]) -> None:
    # GIVEN the service functions that write (db.write(), directly or through other services)
    # WHEN every reference desktop/ui makes to one is placed THEN each runs on the worker
    gui = [s for s in sites if not s.on_worker]
    unexplained = [str(s) for s in gui if (s.path, s.function) not in EXCEPTIONS]
    assert not unexplained, "writes on the GUI thread:\n" + "\n".join(unexplained)
    stale = set(EXCEPTIONS) - {(s.path, s.function) for s in gui}
    assert not stale, f"exceptions no longer needed: {sorted(stale)}"
    assert sum(s.on_worker for s in sites) > 100  # the map sees the interface's saves


def test_the_writers_are_found_through_other_services() -> None:
    # GIVEN the services WHEN the writing functions are derived THEN direct writers, writers
    # through another service and the file replacement are in, readers are out
    writers = one_writer.writing_services()
    assert writers[("desktop.services.people", "save")].startswith("db.write()")
    assert ("desktop.services.people", "get") not in writers
    assert ("desktop.services.proposals", "nominees") not in writers
    assert ("desktop.services.backups", "restore") in writers
    through = [t for t, why in writers.items() if why.startswith("calls ")]
    assert through, "no writer found through another service"


def _sites_with(name: str, source: str) -> list[Site]:
    """The map of desktop/ui with the module `name` replaced by `source` (or added)."""
    files = [(n, p, t) for n, p, t in one_writer._modules(UI) if n != name]
    path = ROOT / (name.replace(".", "/") + ".py")
    files.append((name, path, ast.parse(dedent(source))))
    return [s for s in one_writer.ui_sites(files) if s.path == str(path.relative_to(ROOT))]


def test_a_real_save_moved_to_the_gui_thread_is_found() -> None:
    # GIVEN the audit key box's acknowledgement, which runs on the worker WHEN the same call
    # is made directly on the GUI thread THEN the map places it there
    path = UI / "widgets" / "audit_key_box.py"
    source = path.read_text(encoding="utf-8")
    worker = "on_worker(self, lambda: audit.acknowledge_outside(ws))"
    assert worker in source
    name = "desktop.ui.widgets.audit_key_box"
    [site] = [s for s in _sites_with(name, source) if s.target[1] == "acknowledge_outside"]
    assert site.on_worker
    moved = source.replace(worker, "audit.acknowledge_outside(ws)")
    [site] = [s for s in _sites_with(name, moved) if s.target[1] == "acknowledge_outside"]
    assert not site.on_worker and site.function == "acknowledge"


def test_the_map_tells_the_worker_from_the_gui_thread() -> None:
    # GIVEN a made-up page calling people.save in the ways the interface can WHEN mapped THEN
    # only the calls inside a work argument (or in code only those run) are the worker's
    source = """
        from desktop.services import people
        from desktop.ui.tasks import run_in_background, run_reader, run_with_progress
        from desktop.ui.tasks import on_worker
        from PySide6.QtWidgets import QDialog

        def helper(ws, v):
            return people.save(ws, v)  # line 8: only called from the worker

        class Page(QDialog):
            def _run(self, work):
                return on_worker(self, work)

            def direct(self):
                people.save(self.ws, 1)  # line 15: GUI

            def lambda_(self):
                on_worker(self, lambda: people.save(self.ws, 2))  # line 18: worker

            def nested(self):
                def job():
                    return people.save(self.ws, 3)  # line 22: worker
                run_with_progress(self, lambda _p: job(), print)

            def through_own_runner(self):
                self._run(lambda: helper(self.ws, 4))

            def on_success_is_gui(self):
                run_in_background(self, print, lambda _r: people.save(self.ws, 5))  # line 29

            def reader_is_not_the_worker(self):
                run_reader(self, lambda: people.save(self.ws, 6), print)  # line 32

            def _only_from_worker(self):
                return people.save(self.ws, 7)  # line 35: worker

            def _also_from_a_button(self):
                return people.save(self.ws, 8)  # line 38: GUI (a signal calls it)

            def wire(self, button):
                on_worker(self, self._only_from_worker)
                on_worker(self, self._also_from_a_button)
                button.clicked.connect(self._also_from_a_button)

            def accept(self):
                people.delete(self.ws, 9)  # line 46: GUI (Qt calls accept)

        def passed_as_value(register):
            register(people.save)  # line 49: handed on, not to a worker call
        """
    found = {s.line: s.on_worker for s in _sites_with("desktop.ui.pages.made_up", source)}
    assert found == {
        8: True,
        15: False,
        18: True,
        22: True,
        29: False,
        32: False,
        35: True,
        38: False,
        46: False,
        49: False,
    }


def test_the_exceptions_name_real_code() -> None:
    for path, function in EXCEPTIONS:
        tree = ast.parse(Path(ROOT / path).read_text(encoding="utf-8"))
        names = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
        assert function in names, (path, function)
