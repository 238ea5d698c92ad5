"""Parts every place uses.

Class colours and icons, wording, the application's look, fonts, settings,
background work and crash handling.
"""
