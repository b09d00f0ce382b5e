"""Errors raised by the domain and services; the UI and CLI translate them for the user."""

from __future__ import annotations


class ThiDuaError(Exception):
    """Base of every error the program expects and can explain."""


class ValidationError(ThiDuaError):
    """A field of an input is wrong. `field` names the input field, `code` the rule broken.

    `message` is a Vietnamese sentence for the command line and printed output; the UI shows
    its own translated text for the code.
    """

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.code = code
        self.message = message


class NotFoundError(ThiDuaError):
    """The record asked for does not exist."""


class ConflictError(ThiDuaError):
    """The change would break a rule of the stored data (e.g. delete a unit with people)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class DatabaseError(ThiDuaError):
    """A database file that cannot be used: not ours, damaged, newer, read-only, locked."""

    def __init__(self, code: str, message: str, path: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.path = path


class FileRejected(ThiDuaError):
    """An input file (spreadsheet, attachment) that is refused before it is read."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
