"""The pages of the side bar, in order. Each entry names the module and class that builds it;
a page is a QWidget constructed as `PageClass(workspace, parent)`. Modules are imported when the
page is first shown, so the first screen loads only what it needs."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PageSpec:
    """One entry of the side bar."""

    key: str
    title: str  # English source text; translated with the "Navigation" context
    module: str  # desktop.ui.pages.<module>
    cls: str
    icon: str = ""


PAGES: tuple[PageSpec, ...] = (
    PageSpec("units", "Units", "units", "UnitsPage", "units"),
    PageSpec("people", "People", "people", "PeoplePage", "people"),
    PageSpec("households", "Households", "households", "HouseholdsPage", "households"),
    PageSpec("movements", "Emulation movements", "movements", "MovementsPage", "movements"),
    PageSpec("blocs", "Emulation blocs", "blocs", "BlocsPage", "blocs"),
    PageSpec("covenants", "Emulation covenants", "covenants", "CovenantsPage", "covenants"),
    PageSpec("initiatives", "Initiatives", "initiatives", "InitiativesPage", "initiatives"),
    PageSpec("proposals", "Award proposals", "proposals", "ProposalsPage", "proposals"),
    PageSpec("documents", "Dossiers and reports", "documents", "DocumentsPage", "documents"),
    PageSpec("backups", "Backups", "backups", "BackupsPage", "backups"),
    PageSpec("recycle_bin", "Recycle bin", "recycle_bin", "RecycleBinPage", "recycle_bin"),
    PageSpec("settings", "Office and settings", "settings", "SettingsPage", "settings"),
)
