"""Formula neutralisation of CSV cells, and its exact inverse for our own files.

A spreadsheet runs a cell starting with ``=``, ``+``, ``-``, ``@``, tab or
carriage return as a formula (CSV injection).  On export such a cell gets a
leading apostrophe, which spreadsheets show as text and do not display.  So
that every exported value reads back unchanged, a cell that already starts
with an apostrophe is prefixed too; the importer removes one apostrophe only
when it is followed by one of those characters or by another apostrophe.  A
hand-made cell like ``'-`` therefore imports as ``-``, and ``'abc`` stays
``'abc``.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ESCAPED_STARTS = (*FORMULA_STARTS, "'")


def neutralise(cell: str) -> str:
    """The cell as written to a CSV file a spreadsheet may open."""
    return f"'{cell}" if cell.startswith(_ESCAPED_STARTS) else cell


def restore(cell: str) -> str:
    """Undo ``neutralise`` (applied to every cell read)."""
    if cell.startswith("'") and cell[1:].startswith(_ESCAPED_STARTS):
        return cell[1:]
    return cell
