"""The window's command-line options, defined once for the window and for ``mgdesk --help``.

``mgdesk`` with no sub-command opens the window; ``add_window_options`` gives
its parser the options (``--db``, ``--demo``, ``--profile``, ...), and
``window_help`` the same options as text, which the command line's
``--help`` prints after its sub-commands.  No Qt here, and outside the
``mgdesk.cli`` package: the window's start parses these options without
importing the command line (README, "Measured").
"""

from __future__ import annotations

import argparse
from pathlib import Path

WINDOW_USAGE = "mgdesk [--db PATH|URL] [--demo] [--profile FILE] [--smoke-test]"


def database_target(text: str) -> Path | str:
    """A ``--db`` value: a clinic server URL stays text, anything else is a file path."""
    return text if text.strip().lower().startswith(("postgresql://", "postgres://")) else Path(text)


def add_window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", type=Path, help="use this lab profile TOML file for this session")
    parser.add_argument(
        "--db",
        type=database_target,
        metavar="PATH|URL",
        help="open this patient database: a file, or a clinic server postgresql://user@host[:port]/database "
        "(default: the file in your data folder)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the synthetic demo clinic (never touches your own database)"
    )
    parser.add_argument("--smoke-test", action="store_true", help="start, convert one value, print JSON, exit")


def window_help() -> str:
    """The window's options as the help text of a parser that has only them."""
    parser = argparse.ArgumentParser(prog="mgdesk", usage=WINDOW_USAGE, add_help=False)
    add_window_options(parser)
    options = parser.format_help().split("\n", 2)[-1].strip("\n")
    return f"without a command, {WINDOW_USAGE} opens the window:\n{options}"
