# Names vulture (.ci/dead_code.py) finds unused but that are used where it cannot see: reviewed
# one by one. Add a name only with its reason; dead code is deleted instead.
# ruff: noqa
# type: ignore
_ = object()

# Alembic reads these from every migration file by name.
_.downgrade
_.down_revision
_.branch_labels
_.depends_on
# migrations/env.py: the signature Alembic calls include_object with.
_.reflected
_.compare_to

# Qt calls these overrides of its virtual methods.
_.createEditor
_.setEditorData
_.setModelData
_.filterAcceptsRow
_.initializePage
_.mimeTypes
_.supportedDragActions
_.supportedDropActions
_.paintEvent
_.validatePage
_.nextId
_.isFinalPage
_.canFetchMore
_.fetchMore
_.mimeData
_.dropMimeData

# ui/pages/__init__.py: PAGES names each page's class as a string, imported when first shown.
_.UnitsPage
_.PeoplePage
_.HouseholdsPage
_.MovementsPage
_.BlocsPage
_.CovenantsPage
_.InitiativesPage
_.ProposalsPage
_.DocumentsPage
_.BackupsPage
_.RecycleBinPage
_.SettingsPage

# Seams the tests genuinely need (the program has no use for them).
_.uninstall  # ui/i18n.py: a test that switched to Vietnamese puts the English source back
_.fetched_blocks  # ui/models/lazy_table.py: how a test sees that scrolled-past blocks are dropped

# services/process_history.py: called as getattr(self, f"_on_{table}") for each table's events.
_._on_award_record
_._on_batch_event
_._on_issued_document
_._on_nominee
_._on_nominee_initiative
_._on_proposal_batch

# Attributes set for a library to read: reportlab (charts, tables, page templates), openpyxl
# (cells, sheets), argparse (its message functions), and openpyxl's string reader replaced.
_.angle
_.barSpacing
_.boxAnchor
_.categoryNames
_.colorNamePairs
_.columnMaximum
_.deltax
_.fillColor
_.groupSpacing
_.repeatRows
_.strokeColor
_.strokeWidth
_.valueMax
_.valueMin
_.invariant
_._firstPageTemplateIndex
_.alignment
_.freeze_panes
_._
_.ngettext
_.read_string_table

# documents/styles.py: paragraph styles looked up by name (cell(text, "cell_group")).
_.cell_group
_.cell_justify

# Stored values of enums and fields of frozen records: they mirror the database and the legal
# forms, and are filled from it even where no screen shows them yet.
_.FOREIGN
_.SENIORITY
_.RESISTANCE
_.added_at
_.annual
_.characteristics
_.decision_issuer
_.password_changed_at
_.printed_at
_.updated_at
# ui/models/proposal_tables.py: the column numbers, named together in one unpacking.
_.B_YEAR
_.B_STATE
_.B_COUNT
_.B_NUMBER

# installer/thidua.spec: PyInstaller's COLLECT result, named by convention.
_.coll

# Services and hooks a screen is being wired to by the helpers of this session (remove the line
# once a screen or test calls them).
