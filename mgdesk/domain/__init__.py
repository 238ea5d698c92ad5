"""The magnesium domain: units, values as written, lab profiles and classes.

Pure Python plus pint and numpy; nothing here imports Qt, the store or any
interchange format, so every other layer can build on it.
"""
