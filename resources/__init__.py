"""Runtime resources bundled with mgdesk: the UI font, the icon, licence texts.

Installed as the package ``mgdesk.resources`` (see ``[tool.setuptools]`` in
pyproject.toml) and read with ``importlib.resources``, so the same code finds
them in a checkout, an installed wheel and the frozen bundle.
"""
