"""What a service hands back is domain's: no persistence row crosses to ui/ and cli/ (issue 16).

The re-export test only sees names ui/ and cli/ import; a service that returns a persistence row
without the caller naming it slips past it. This test reads the return annotation of every public
function of `desktop.services` with `typing.get_type_hints`, looks inside containers, unions,
iterators, tuples, type aliases and the fields of the dataclasses and named tuples it reaches, and
fails on any type or type alias defined in `desktop.persistence`, on a function with no return
annotation and on an `Any` standing for a whole result or a row of one.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import typing
from collections.abc import Iterator
from types import GenericAlias, UnionType
from typing import Any, TypeAliasType

import desktop.persistence
import desktop.services

# Sequences whose argument is a row: `list[Any]` hands the caller rows of unknown shape.
_ROW_CONTAINERS = {list, set, frozenset}
_ROW_ABCS = {"Sequence", "Iterator", "Iterable", "Generator", "Collection", "Set"}


def _modules(package: Any) -> Iterator[Any]:
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if ".migrations" not in info.name:
            yield importlib.import_module(info.name)


def _persistence_aliases() -> dict[int, str]:
    """id() -> name of every type alias (`X = tuple[...]`, `type X = ...`) made in persistence."""
    found: dict[int, str] = {}
    for module in _modules(desktop.persistence):
        for name, value in vars(module).items():
            if isinstance(value, GenericAlias | TypeAliasType | UnionType):
                found.setdefault(id(value), f"{module.__name__}.{name}")
    return found


def _hints(owner: Any) -> dict[str, Any]:
    """get_type_hints with the owner's PEP 695 type parameters in scope."""
    params = {p.__name__: p for p in getattr(owner, "__type_params__", ())}
    return typing.get_type_hints(owner, localns=params)


def _row_any(tp: Any) -> bool:
    """`Any` as the rows of a result: `list[Any]`, `tuple[Any, ...]`, `Iterator[Any]`."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is tuple:
        return args[:1] == (Any,) and args[1:] == (...,)
    if origin in _ROW_CONTAINERS or getattr(origin, "__name__", "") in _ROW_ABCS:
        return Any in args
    return False


class _Walk:
    def __init__(self) -> None:
        self.aliases = _persistence_aliases()
        self.found: dict[str, set[str]] = {}
        self.seen: set[int] = set()

    def add(self, what: str, where: str) -> None:
        self.found.setdefault(what, set()).add(where)

    def walk(self, tp: Any, where: str) -> None:
        if id(tp) in self.aliases:
            self.add(self.aliases[id(tp)], where)
            return
        if isinstance(tp, TypeAliasType):
            self.walk(tp.__value__, where)
            return
        if typing.get_origin(tp) is not None:
            for arg in typing.get_args(tp):
                self.walk(arg, where)
            return
        if not isinstance(tp, type):
            return
        if tp.__module__.startswith("desktop.persistence"):
            self.add(f"{tp.__module__}.{tp.__qualname__}", where)
            return
        if id(tp) in self.seen:
            return
        self.seen.add(id(tp))
        if tp.__module__.startswith("desktop.") and (
            dataclasses.is_dataclass(tp) or (issubclass(tp, tuple) and hasattr(tp, "_fields"))
        ):
            for name, hint in _hints(tp).items():
                self.walk(hint, f"{where} .{tp.__name__}.{name}")


def _public_functions() -> Iterator[tuple[str, Any]]:
    for module in _modules(desktop.services):
        for name, value in vars(module).items():
            if (
                not name.startswith("_")
                and inspect.isfunction(value)
                and value.__module__ == module.__name__
            ):
                yield f"{module.__name__}.{name}", value


def test_no_service_returns_a_persistence_row() -> None:
    # GIVEN every public function of the services and the return annotation it declares
    walk = _Walk()
    for where, function in _public_functions():
        hints = _hints(function)
        # WHEN its return type is followed into containers, aliases and row fields
        if "return" not in hints:
            walk.add("no return annotation", where)
        elif hints["return"] is Any or _row_any(hints["return"]):
            walk.add(f"untyped rows {hints['return']}", where)
        else:
            walk.walk(hints["return"], where)
    # THEN no persistence type, alias or untyped row reaches the caller
    report = "\n".join(f"{what} <- {sorted(where)}" for what, where in sorted(walk.found.items()))
    assert walk.found == {}, report


def test_the_walk_finds_a_persistence_row_behind_an_alias_and_a_field() -> None:
    # GIVEN a tuple alias made in persistence, a persistence class inside a dataclass of
    # domain's shape, and a persistence module's alias seen through a union
    from desktop.persistence.repositories import documents

    row_alias = tuple[int, str]
    holder = dataclasses.make_dataclass(
        "Holder", [("rows", list[documents.IssuedDocument])], frozen=True, module="desktop.fake"
    )
    walk = _Walk()
    walk.aliases[id(row_alias)] = "desktop.persistence.fake.Row"
    # WHEN they are walked THEN each is found, and rows of Any are told apart from a pair
    walk.walk(dict[int, row_alias] | None, "alias")
    walk.walk(holder | None, "field")
    assert walk.found == {
        "desktop.persistence.fake.Row": {"alias"},
        "desktop.persistence.repositories.documents.IssuedDocument": {"field .Holder.rows"},
    }
    assert _row_any(list[Any]) and _row_any(tuple[Any, ...]) and not _row_any(tuple[int, Any])


def test_a_received_nominee_carries_its_subject_and_verdict_as_enums() -> None:
    # GIVEN the row the inbox hands the UI WHEN its fields are read THEN kinds are enums
    from desktop.domain.eligibility import Result
    from desktop.domain.packages import ReceivedNominee
    from desktop.domain.proposals import SubjectType

    hints = typing.get_type_hints(ReceivedNominee)
    assert hints["subject_kind"] is SubjectType
    assert hints["eligibility"] == Result | None
