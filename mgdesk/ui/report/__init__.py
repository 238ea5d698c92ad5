"""The one-page patient report (PDF and print), drawn with the window's own plot."""
