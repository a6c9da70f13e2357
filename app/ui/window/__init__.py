"""The main window: its shell, menus, files, panels, search and help."""
