"""Naming a unit in a spreadsheet cell so that it can be found again.

Many outside units share a name ("Khóm 1", "Ấp Phước Hòa" in several xã), so a cell names a unit
by its name when that is unique, else as `Name (Parent)` when that is unique, else by its code.
Reading accepts a code, a name, or `Name (Parent)` (parent by name or code), ignoring case and
diacritics.
"""

from __future__ import annotations

import re
from collections import defaultdict

from desktop.domain.text import clean, fold
from desktop.domain.units import Unit

_QUALIFIED = re.compile(r"(.+?)\s*\(([^()]+)\)")


def split_qualified(text: str) -> tuple[str, str] | None:
    """`Khóm 1 (Phường 2)` → ("Khóm 1", "Phường 2"); None when the text has no bracket."""
    m = _QUALIFIED.fullmatch(clean(text))
    return (m[1], m[2]) if m else None


class UnitRefs:
    """The units of a database, indexed to write and to read unit references."""

    def __init__(self, units: list[Unit]) -> None:
        self.by_id = {u.id: u for u in units}
        self.by_code: dict[str, list[Unit]] = defaultdict(list)
        self.by_name: dict[str, list[Unit]] = defaultdict(list)
        self._placed: dict[tuple[str, str], int] = defaultdict(int)
        for u in units:
            if u.code:
                self.by_code[fold(u.code)].append(u)
            self.by_name[fold(u.name)].append(u)
            self._placed[(fold(u.name), fold(self._parent_name(u)))] += 1

    def _parent_name(self, unit: Unit) -> str:
        parent = self.by_id.get(unit.parent_id) if unit.parent_id is not None else None
        return parent.name if parent else ""

    def label(self, unit_id: int) -> str:
        """The text that names this unit unambiguously (as far as the data allows)."""
        u = self.by_id[unit_id]
        if len(self.by_name[fold(u.name)]) == 1:
            return u.name
        parent = self._parent_name(u)
        if parent and self._placed[(fold(u.name), fold(parent))] == 1:
            return f"{u.name} ({parent})"
        if u.code and len(self.by_code[fold(u.code)]) == 1:
            return u.code
        return u.name

    def parent_matches(self, unit: Unit, parent_text: str) -> bool:
        """True when `parent_text` names the unit's parent."""
        return unit.parent_id is not None and any(
            p.id == unit.parent_id for p in self.find(parent_text)
        )

    def find(self, text: str) -> list[Unit]:
        """The units a cell names: by code, by name, or as `Name (Parent)`; active ones first."""
        key = fold(text)
        found = self.by_code.get(key) or self.by_name.get(key) or []
        if len(found) != 1 and (parts := split_qualified(text)):
            name, parent_text = parts
            parents = {p.id for p in (self.by_code.get(fold(parent_text)) or [])}
            parents |= {p.id for p in self.by_name.get(fold(parent_text), [])}
            narrowed = [u for u in self.by_name.get(fold(name), []) if u.parent_id in parents]
            found = narrowed or found
        if len(found) > 1:
            found = [u for u in found if u.active] or found
        return list(found)
