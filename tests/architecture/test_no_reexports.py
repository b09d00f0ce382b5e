"""The UI and the command line get their row types from services or domain, never persistence's.

import-linter sees module imports only: `from desktop.services.proposals import Batch` passes its
"ui and cli go through services" contract even when `Batch` is persistence's class re-exported by
the service. This test resolves every name ui/ and cli/ take from a service and fails when the
object is defined in desktop.persistence (issue 16).
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path
from types import GenericAlias, ModuleType, UnionType
from typing import TypeAliasType

ROOT = Path(__file__).resolve().parents[2]


def _persistence_aliases() -> set[int]:
    """id() of every type alias (`X = tuple[...]`, `type X = ...`) made in desktop.persistence."""
    import pkgutil

    import desktop.persistence as pkg

    found: set[int] = set()
    for info in pkgutil.walk_packages(pkg.__path__, "desktop.persistence."):
        if ".migrations" in info.name:
            continue
        for value in vars(importlib.import_module(info.name)).values():
            if isinstance(value, GenericAlias | TypeAliasType | UnionType):
                found.add(id(value))
    return found


def _is_persistence_type(value: object, aliases: set[int]) -> bool:
    if isinstance(value, type):
        return value.__module__.startswith("desktop.persistence")
    return id(value) in aliases


def _service_names(tree: ast.Module) -> set[tuple[str, str]]:
    """(service module, name) pairs a ui/cli module reads: `from service import Name` and
    `service.Name` through a `from desktop.services import service` alias."""
    used: set[tuple[str, str]] = set()
    modules: dict[str, ModuleType] = {}
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.ImportFrom) and (node.module or "").startswith("desktop.services")
        ):
            continue
        assert node.module is not None
        for alias in node.names:
            try:
                modules[alias.asname or alias.name] = importlib.import_module(
                    f"{node.module}.{alias.name}"
                )
            except ModuleNotFoundError:
                used.add((node.module, alias.name))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in modules
        ):
            used.add((modules[node.value.id].__name__, node.attr))
    return used


def test_ui_and_cli_take_no_persistence_type_through_a_service() -> None:
    # GIVEN every name ui/ and cli/ take from a service module
    aliases = _persistence_aliases()
    reached: set[tuple[str, str]] = set()
    for path in sorted((ROOT / "desktop").glob("ui/**/*.py")) + sorted(
        (ROOT / "desktop").glob("cli/**/*.py")
    ):
        for module, name in _service_names(ast.parse(path.read_text(encoding="utf-8"))):
            value = getattr(importlib.import_module(module), name, None)
            if _is_persistence_type(value, aliases):
                reached.add((module, name))
    # THEN none is a persistence type
    assert reached == set(), "re-exported persistence types: " + repr(sorted(reached))


def test_services_do_not_export_persistence_rows_of_proposals() -> None:
    # GIVEN the proposals service WHEN its public rows are read THEN they are domain's frozen rows
    from dataclasses import fields

    from desktop.services import proposals

    for name in ("Batch", "BatchSummary", "Nominee"):
        row = getattr(proposals, name)
        assert row.__module__ == "desktop.domain.proposals"
        assert row.__dataclass_params__.frozen, name
        dated = {f.name: f.type for f in fields(row) if "date" in f.name or f.name.endswith("_on")}
        assert all("str" not in str(kind) for kind in dated.values()), (name, dated)
