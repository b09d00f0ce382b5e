"""Make tests/data/office-rNN.db.gz: the saved office-v1.db (3 people, 2 units, schema 1) upgraded
by the migrations to each revision after it, one file per revision (stored gzipped; the upgrade
test takes each to head). Run once when a migration is added: `uv run python tests/data/make_saved.py`; files
that exist are left as they are (they stand for databases saved by earlier versions)."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

DATA = Path(__file__).resolve().parent
sys.path.insert(0, str(DATA.parent.parent))

from alembic.script import ScriptDirectory  # noqa: E402

from desktop.persistence.migrate import alembic_config, upgrade_to_head  # noqa: E402


def main() -> None:
    """Write the missing saved databases."""
    script = ScriptDirectory.from_config(alembic_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    for revision in revisions[1:]:
        number = int(revision.split("_")[0])
        saved = DATA / f"office-r{number:02d}.db.gz"
        if saved.exists():
            continue
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "office.db"
            shutil.copyfile(DATA / "office-v1.db", path)
            upgrade_to_head(path, revision)
            conn = sqlite3.connect(path)
            conn.execute("VACUUM")
            conn.close()
            with gzip.open(saved, "wb", compresslevel=9) as out:
                out.write(path.read_bytes())
        print(saved.name, saved.stat().st_size)


if __name__ == "__main__":
    main()
