"""Where the bundled resources and the user's data live (checkout, wheel or frozen build)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ThiDua"
APP_AUTHOR = "ThiDua"


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a checkout, inside it in a wheel,
    next to the executable in a frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here.parent / "resources", here / "_resources"]
    for c in candidates:
        if c.is_dir():
            return c
    raise FileNotFoundError("resources/ not found")


def data_dir() -> Path:
    """The folder of the user's database and backups (THIDUA_DATA_DIR overrides it)."""
    override = os.environ.get("THIDUA_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    """The office database used when no --db is given."""
    return data_dir() / "thidua.db"


def demo_database() -> Path:
    """The demo database opened by `thidua --demo`."""
    return data_dir() / "demo.db"


def log_dir() -> Path:
    """Where the program writes its log."""
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
