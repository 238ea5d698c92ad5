"""The Converter place (Ctrl+1): value and unit in, every unit and the class out; needs no database."""
