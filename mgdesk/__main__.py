"""Entry point for ``mgdesk`` and ``python -m mgdesk``.

Sub-commands (``mgdesk convert ...``) go to the Qt-free command line; no
sub-command opens the window.  The GUI is imported only when it is wanted, so
the command line never pays for Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the command line or the window; return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    # Sub-commands are words; the window takes only options.  Deciding on the
    # text alone keeps the command line's imports off the window's start-up.
    if args and (not args[0].startswith("-") or args[0] in ("-h", "--help")):
        from mgdesk import cli

        if args[0] in cli.RENDER_COMMANDS:
            # plot and report draw with Qt; the command line itself never imports it.
            from mgdesk.render_cli import render

            return cli.main(args, renderer=render)
        return cli.main(args)
    from mgdesk.app import main as run_window

    return run_window(args)


if __name__ == "__main__":
    sys.exit(main())
