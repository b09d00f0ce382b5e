"""Every number or date option of every verb is declared with a bounded reader of
desktop/cli/parsing.py where it is added (no plain int/float: `--year 10**30` must be a message
and exit 2, not a traceback)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from desktop.cli import build_parser, parsing

DATE_NAMES = {"since", "until", "date", "on", "issued_on", "decided_on", "from_date"}


def _options(
    parser: argparse.ArgumentParser, path: str = "thidua"
) -> Iterator[tuple[str, argparse.Action]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _options(sub, f"{path} {name}")
        else:
            yield path, action


def test_no_option_reads_a_plain_number_or_an_unchecked_date() -> None:
    plain = [
        f"{verb} {action.dest}"
        for verb, action in _options(build_parser())
        if action.type in (int, float)
        or (action.dest in DATE_NAMES and action.type is not parsing.iso_date)
    ]
    assert plain == []


def test_a_spreadsheet_kind_option_gets_a_bounded_reader() -> None:
    assert parsing.reader(int, "year") is parsing.year
    assert parsing.reader(int, "batch") is parsing.count
    assert parsing.reader(float, "share") is parsing.number
    assert parsing.reader(str, "bloc") is str
    readers = {a.dest: a.type for verb, a in _options(build_parser()) if verb == "thidua import"}
    assert readers["kind_year"] is parsing.year and readers["kind_batch"] is parsing.count
