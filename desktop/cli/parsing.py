"""The command line's argument parsing in Vietnamese, and numbers kept within sane bounds.

argparse writes its own messages in English through `gettext`; `install_vietnamese` gives it
Vietnamese ones. Every number or date option is declared with one of the bounded readers below
(`type=parsing.count`, `year`, `signed`, `number`, `iso_date`; `reader` for a spreadsheet kind's
option), so `--year 10**30` or `--limit 99999999999999999999` is a message and exit 2 instead of
a traceback further down; tests/cli/test_verb_help.py refuses a plain `int` or `float`.
"""

from __future__ import annotations

import argparse
import math
import re
from collections.abc import Callable

# argparse's message templates (Python 3.11–3.13), in Vietnamese.
_MESSAGES = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "optional arguments": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "không hiểu tham số: %s",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "not allowed with argument %s": "không dùng cùng tham số %s",
    "ignored explicit argument %r": "tham số %r không nhận giá trị",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tùy chọn %(option)s không rõ: có thể là %(matches)s"
    ),
    "unexpected option string: %s": "tùy chọn không mong đợi: %s",
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "không có lựa chọn %(value)r (chọn một trong: %(choices)s)"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "không có lệnh %(parser_name)r (các lệnh: %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
}


def _gettext(message: str) -> str:
    return _MESSAGES.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _MESSAGES.get(singular if n == 1 else plural, singular if n == 1 else plural)


def install_vietnamese() -> None:
    """Make argparse speak Vietnamese (its messages are looked up at call time)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]


MAX_DIGITS = 9  # ids, counts and limits: at most 999,999,999
YEAR_MIN, YEAR_MAX = 1900, 2100
_INT = re.compile(r"[+-]?[0-9]+")


def _integer(text: str) -> int:
    raw = text.strip().replace("_", "")
    if not _INT.fullmatch(raw):
        raise argparse.ArgumentTypeError(f"“{text}” không phải là một số nguyên")
    if len(raw.lstrip("+-")) > MAX_DIGITS:
        raise argparse.ArgumentTypeError(f"số {text[:20]}… quá lớn (tối đa {MAX_DIGITS} chữ số)")
    return int(raw)


def count(text: str) -> int:
    """A non-negative whole number of at most MAX_DIGITS digits (ids, counts, limits)."""
    value = _integer(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} là số âm; hãy cho một số không âm")
    return value


def signed(text: str) -> int:
    """A whole number of at most MAX_DIGITS digits, sign allowed (e.g. a random seed)."""
    return _integer(text)


def year(text: str) -> int:
    """A year between YEAR_MIN and YEAR_MAX."""
    value = _integer(text)
    if not YEAR_MIN <= value <= YEAR_MAX:
        raise argparse.ArgumentTypeError(f"năm {value} không hợp lệ (từ {YEAR_MIN} đến {YEAR_MAX})")
    return value


def number(text: str) -> float:
    """A finite, non-negative decimal number (a comma is accepted as the decimal mark)."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” không phải là một số") from None
    if not math.isfinite(value) or value < 0 or value > 1e9:
        raise argparse.ArgumentTypeError(f"số {text[:20]} không hợp lệ")
    return value


def iso_date(text: str) -> str:
    """A date written YYYY-MM-DD (or dd/mm/yyyy), returned as YYYY-MM-DD."""
    from datetime import date, datetime

    raw = text.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            value: date = datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
        if YEAR_MIN <= value.year <= YEAR_MAX:
            return value.isoformat()
    raise argparse.ArgumentTypeError(
        f"“{text}” không phải là ngày (YYYY-MM-DD hoặc ngày/tháng/năm)"
    )


count.__name__ = "số"
year.__name__ = "năm"
number.__name__ = "số"


def reader(kind: type, name: str) -> Callable[[str], object]:
    """The bounded reader of an option declared elsewhere with a plain type (a spreadsheet
    kind's `--year`, `--batch`): a year for a name ending in "year", else a count; a number
    for a float; any other type as it is."""
    if kind is int:
        return year if name == "year" or name.endswith("_year") else count
    if kind is float:
        return number
    return kind
