"""Enumerations whose members carry their Vietnamese name beside their stored value."""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class LabelledEnum(StrEnum):
    """A StrEnum whose members are written `NAME = "stored value", "Vietnamese name"`: the value
    is what the database and files keep, `label` what people read."""

    _value_: str
    label: str

    # `label` has a default for the type checker only: `Kind("stored value")` looks a member
    # up (the enum machinery does not call __new__ then); each member gives its label.
    def __new__(cls, value: str, label: str = "") -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member
