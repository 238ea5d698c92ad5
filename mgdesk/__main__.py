"""Entry point for ``mgdesk`` and ``python -m mgdesk``.

Sub-commands (``mgdesk convert ...``) go to the Qt-free command line.  The
window arrives with the next issue; until then, no sub-command shows the
command line's help.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the command line; return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    from mgdesk import cli

    return cli.main(args or ["--help"])


if __name__ == "__main__":
    sys.exit(main())
