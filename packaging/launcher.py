"""The frozen program's entry script: the same ``main`` as the ``mgdesk`` console script."""

import sys

from mgdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
