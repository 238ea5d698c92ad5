"""The main window, split by job: navigation between places, menus, and database actions."""

from mgdesk.ui.window.main_window import MainWindow

__all__ = ["MainWindow"]
