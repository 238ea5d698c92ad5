"""One module per schema version; revision identifiers are zero-padded numbers."""
