"""The open database a service works on."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.persistence import Database, open_database
from desktop.persistence.db import GuiThreadWrite, guard_gui_thread, gui_writes_seen

__all__ = ["GuiThreadWrite", "Workspace", "guard_gui_thread", "gui_writes_seen"]


class Workspace:
    """One office database opened for use by the services.

    The UI and the command line hold one Workspace; services take it as first argument.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def path(self) -> Path:
        """Path of the database file."""
        return self.db.path

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, create: bool = True, full_check: bool = True
    ) -> Workspace:
        """Open (creating or migrating as needed) the database at `path`; see `open_database`
        for `full_check`."""
        from desktop import outputs

        outputs.protect(path)  # no export or printout may be written over the open file
        return cls(open_database(path, create=create, full_check=full_check))

    def block_writes(self, reason: str) -> None:
        """The file failed a check: keep reading, refuse writing with this message."""
        self.db.block_writes(reason)

    def close(self) -> None:
        """Close the database connections."""
        self.db.close()
