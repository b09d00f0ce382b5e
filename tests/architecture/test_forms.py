"""One shape for forms (issue 16): every dialog in desktop/ui that is a form derives from
FormDialog, and no module of desktop/ui imports another's private name (a shared base is public).

A dialog is a form when the classes it is made of (itself and its bases inside desktop/) build
an OK or Save button (`StandardButton.Ok/Save`) and make input fields, and what is typed is saved
through the database worker (`on_worker`, `wait_for`): by the dialog itself, or by a module that
defines or imports it (a dialog that hands its values to the page that opened it). Dialogs that
match but are not forms are named in NOT_FORMS with the reason."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

import desktop.ui
from desktop.ui.dialogs.form_base import FormDialog

UI = Path(desktop.ui.__file__).parent

# Match the rule but are not forms: name → why.
NOT_FORMS = {
    "certificate_layout.CertificateLayoutDialog": (
        "an editor of many certificate layouts and printer calibrations: Save stores the layout "
        "shown and the window stays open for the next one"
    ),
}

_OK_BUTTONS = {"Ok", "Save"}
_WRITES = {"on_worker", "wait_for"}
_INPUTS = {
    "QLineEdit",
    "QPlainTextEdit",
    "QTextEdit",
    "QComboBox",
    "QSpinBox",
    "QDoubleSpinBox",
    "QDateEdit",
    "QDateTimeEdit",
    "QCheckBox",
    "QRadioButton",
    "UnitPicker",
    "date_edit",
    "day_edit",
}

_INPUT_ENDINGS = ("Edit", "Picker", "SpinBox", "ComboBox", "CheckBox")


def _called(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _traits(cls: type) -> set[str]:
    """ "ok", "writes", "inputs": what the class's own source does."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in _OK_BUTTONS:
            owner = node.value
            owner_name = (
                owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            )
            if owner_name in ("StandardButton", "Buttons"):
                found.add("ok")
        elif isinstance(node, ast.Call):
            name = _called(node)
            if name in _WRITES:
                found.add("writes")
            if name in _INPUTS or name.endswith(_INPUT_ENDINGS):
                found.add("inputs")
    return found


def _module_writes(module: str) -> bool:
    """Whether a module's own source saves through the database worker."""
    tree = ast.parse(inspect.getsource(sys.modules[module]))
    return any(
        isinstance(node, ast.Call) and _called(node) in _WRITES for node in ast.walk(tree)
    )


def _modules_naming(cls: type, modules: list[str]) -> list[str]:
    """The modules (of `modules`) that define the class or import it by name."""
    found = [cls.__module__]
    for name in modules:
        tree = ast.parse(inspect.getsource(importlib.import_module(name)))
        if any(
            isinstance(node, ast.ImportFrom)
            and node.module == cls.__module__
            and any(alias.name == cls.__name__ for alias in node.names)
            for node in ast.walk(tree)
        ):
            found.append(name)
    return found


def is_form(cls: type, inside: str = "desktop.", openers: list[str] | None = None) -> bool:
    """An OK/Save button and input fields in the class or in its bases from our own modules
    (`inside`), and a save through the worker there or in a module that defines or imports it
    (of `openers`)."""
    traits: set[str] = set()
    for klass in cls.__mro__:
        if klass.__module__.startswith(inside):
            traits |= _traits(klass)
    if "writes" not in traits and any(
        _module_writes(m) for m in _modules_naming(cls, openers or [])
    ):
        traits.add("writes")
    return traits >= {"ok", "writes", "inputs"}


def dialog_classes(modules: list[str]) -> dict[str, type]:
    """Every QDialog subclass defined in these modules, by "module.Class"."""
    found: dict[str, type] = {}
    for name in modules:
        module = importlib.import_module(name)
        for cls_name, obj in inspect.getmembers(module, inspect.isclass):
            if obj.__module__ == name and issubclass(obj, QDialog) and obj is not FormDialog:
                found[f"{name.rsplit('.', 1)[1]}.{cls_name}"] = obj
    return found


def forms_off_the_base(modules: list[str]) -> list[str]:
    """The forms in these modules that do not derive from FormDialog (NOT_FORMS aside)."""
    return sorted(
        name
        for name, cls in dialog_classes(modules).items()
        if is_form(cls, openers=modules)
        and not issubclass(cls, FormDialog)
        and name not in NOT_FORMS
    )


def _dialog_modules() -> list[str]:
    """Every module of desktop/ui (dialogs, pages, widgets and the rest)."""
    return [m.name for m in pkgutil.walk_packages([str(UI)], "desktop.ui.")]


def test_every_form_dialog_derives_from_the_form_base() -> None:
    assert forms_off_the_base(_dialog_modules()) == []


def test_each_exception_still_exists_and_still_matches_the_rule() -> None:
    classes = dialog_classes(_dialog_modules())
    for name in NOT_FORMS:
        assert name in classes, name
        cls = classes[name]
        assert is_form(cls, openers=_dialog_modules()) and not issubclass(cls, FormDialog), name


_UNCONVERTED = """
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout

from desktop.ui.tasks import on_worker


class LooseForm(QDialog):
    def __init__(self, ws):
        super().__init__()
        self.name = QLineEdit()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        QVBoxLayout(self).addWidget(buttons)

    def accept(self):
        on_worker(self, lambda: None)
        super().accept()


class AskedForm(QDialog):
    def __init__(self):
        super().__init__()
        self.title = QLineEdit()
        QDialogButtonBox(QDialogButtonBox.StandardButton.Save)


def add_asked(ws):
    dialog = AskedForm()
    if dialog.exec():
        on_worker(lambda: dialog.title.text())


class Preview(QDialog):
    def __init__(self):
        super().__init__()
        QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
"""


def test_a_form_written_beside_the_base_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the rule can fail: a form of the old kind (its own OK box and on_worker) is named, and so
    # is one whose values the module that opens it saves
    package = tmp_path / "desktop_forms_probe"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "loose.py").write_text(_UNCONVERTED)
    monkeypatch.syspath_prepend(str(tmp_path))
    module = "desktop_forms_probe.loose"
    try:
        classes = dialog_classes([module])
        loose, preview = classes["loose.LooseForm"], classes["loose.Preview"]
        assert is_form(loose, inside="desktop_forms_probe.") and not issubclass(loose, FormDialog)
        asked = classes["loose.AskedForm"]
        assert is_form(asked, inside="desktop_forms_probe.", openers=[module])
        assert not is_form(preview, inside="desktop_forms_probe.", openers=[module])
    finally:
        sys.modules.pop(module, None)
        sys.modules.pop("desktop_forms_probe", None)


def _private_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{path.name}: from {node.module} import {alias.name}"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("desktop.")
        for alias in node.names
        if alias.name.startswith("_") and not alias.name.startswith("__")
    ]


@pytest.mark.parametrize(
    "path", sorted(UI.rglob("*.py")), ids=lambda p: p.relative_to(UI).as_posix()
)
def test_no_ui_module_imports_a_private_name_of_another_module(path: Path) -> None:
    # a base shared by several modules is public, in a module of its own (pages/record_tab.py)
    assert _private_imports(path) == []


def test_a_private_name_imported_is_found(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text("from desktop.ui.pages.movement_tabs import _Tab, MovementTab\n")
    assert _private_imports(probe) == ["probe.py: from desktop.ui.pages.movement_tabs import _Tab"]
