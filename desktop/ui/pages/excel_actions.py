"""The "Import from Excel" / "Export to Excel" buttons shared by the units and people pages."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from importlib import import_module

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QWidget

from desktop.services.session import Workspace


def _module() -> object | None:
    try:
        return import_module("desktop.ui.dialogs.import_dialog")
    except ImportError:
        return None


def _missing(parent: QWidget) -> None:
    QMessageBox.information(
        parent,
        QCoreApplication.translate("ExcelActions", "Excel"),
        QCoreApplication.translate(
            "ExcelActions", "Excel import and export are not available in this version."
        ),
    )


def import_excel(
    parent: QWidget, ws: Workspace, kind: str, options: Mapping[str, object] | None = None
) -> bool:
    """Run the import dialog for `kind` (with the options it declares); True when rows were
    written."""
    module = _module()
    if module is None or not hasattr(module, "run_import"):
        _missing(parent)
        return False
    return bool(module.run_import(parent, ws, kind, options))


def export_excel(
    parent: QWidget, ws: Workspace, kind: str, options: Mapping[str, object] | None = None
) -> None:
    """Run the export dialog for `kind` (with the options it declares)."""
    module = _module()
    if module is None or not hasattr(module, "run_export"):
        _missing(parent)
        return
    module.run_export(parent, ws, kind, options)


def save_template(parent: QWidget, kind: str) -> None:
    """Ask where, then write the empty Excel template of `kind`."""
    module = _module()
    if module is None or not hasattr(module, "save_template"):
        _missing(parent)
        return
    module.save_template(parent, kind)


def template_button(parent: QWidget, *kinds: str) -> QPushButton:
    """A "Download Excel template…" button; with several kinds it opens a menu of them."""
    button = QPushButton(QCoreApplication.translate("ExcelActions", "Excel template…"))
    button.setObjectName("template_button")
    button.setToolTip(
        QCoreApplication.translate(
            "ExcelActions", "Save an empty workbook with the columns the import reads"
        )
    )
    if len(kinds) == 1:
        button.clicked.connect(lambda: save_template(parent, kinds[0]))
        return button
    from desktop.ui.dialogs.import_dialog import kind_title

    menu = QMenu(button)
    for kind in kinds:
        title = kind_title(kind)
        menu.addAction(title[:1].upper() + title[1:], partial(save_template, parent, kind))
    button.setMenu(menu)
    return button
