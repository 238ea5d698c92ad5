"""The Qt user interface: the only package that imports PySide6 or pyqtgraph.

Widgets show state and forward what the user asks for to the domain and the
store; no unit maths, classification rules or SQL live here.
"""
