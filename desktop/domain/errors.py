"""Errors raised by the domain and services; the UI and CLI translate them for the user.

Every error carries a stable `code` (what went wrong) and `params` (the values its sentence
names: a name, a year, a number). `message` is the Vietnamese sentence for the command line
and printed output; the UI words the code in its own language (desktop/ui/messages.py) and
falls back to the Vietnamese message for a code it has no wording for.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

_NO_PARAMS: Mapping[str, object] = MappingProxyType({})


class ThiDuaError(Exception):
    """Base of every error the program expects and can explain."""

    code: str = "error"
    params: Mapping[str, object] = _NO_PARAMS


class ValidationError(ThiDuaError):
    """A field of an input is wrong. `field` names the input field, `code` the rule broken."""

    def __init__(
        self, field: str, code: str, message: str, params: Mapping[str, object] | None = None
    ) -> None:
        super().__init__(message)
        self.field = field
        self.code = code
        self.message = message
        self.params = MappingProxyType(dict(params or {}))


class NotFoundError(ThiDuaError):
    """The record asked for does not exist."""

    def __init__(
        self, message: str = "", code: str = "not_found", params: Mapping[str, object] | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = MappingProxyType(dict(params or {}))


class ConflictError(ThiDuaError):
    """The change would break a rule of the stored data (e.g. delete a unit with people)."""

    def __init__(self, code: str, message: str, params: Mapping[str, object] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = MappingProxyType(dict(params or {}))


class DatabaseError(ThiDuaError):
    """A database file that cannot be used: not ours, damaged, newer, read-only, locked."""

    def __init__(
        self,
        code: str,
        message: str,
        path: str = "",
        params: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.path = path
        self.params = MappingProxyType({"path": path, **(params or {})})


class FileRejected(ThiDuaError):
    """An input file (spreadsheet, attachment) that is refused before it is read."""

    def __init__(
        self, message: str, code: str = "file_rejected", params: Mapping[str, object] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.params = MappingProxyType(dict(params or {}))
