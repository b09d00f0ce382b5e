"""Shared fixtures: headless Qt, isolated data folders, a migrated template database."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the user's real data folder."""
    monkeypatch.setenv("THIDUA_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database made by the real migrations, copied for each test that needs one."""
    from desktop.persistence import open_database

    path = tmp_path_factory.mktemp("template") / "template.db"
    open_database(path).close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    """A fresh, migrated, empty database file for this test."""
    path = tmp_path / "office.db"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def ws(db_path: Path) -> Iterator[object]:
    """An open Workspace on a fresh database."""
    from desktop.services.session import Workspace

    workspace = Workspace.open(db_path)
    yield workspace
    workspace.close()


@pytest.fixture
def gui_writes_strict() -> Iterator[None]:
    """From here on, a write transaction begun on this (the GUI) thread by interface code
    raises GuiThreadWrite. Seeding written by the test itself is not interface code."""
    import threading

    import desktop.ui
    from desktop.services import session

    session.guard_gui_thread(threading.get_ident(), Path(desktop.ui.__file__).parent, strict=True)
    yield
    session.guard_gui_thread(None)
