"""mgdesk: serum magnesium conversion, classification and trends for clinics.

The package root owns only the version number, the one place every artefact
(wheel, About box, installers) reads it from.
"""

__version__ = "0.2.0"
