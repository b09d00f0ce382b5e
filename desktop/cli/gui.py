"""The GUI verb: the only place the command line touches the UI package."""

from __future__ import annotations

import argparse


def run_gui(args: argparse.Namespace) -> int:
    """Start the desktop program."""
    from desktop.ui.app import run

    return run(db=args.db, demo=args.demo, lang=args.lang)
