"""The open database a service works on."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.persistence import Database, open_database


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
    def open(cls, path: str | os.PathLike[str], *, create: bool = True) -> Workspace:
        """Open (creating or migrating as needed) the database at `path`."""
        return cls(open_database(path, create=create))

    def close(self) -> None:
        """Close the database connections."""
        self.db.close()
