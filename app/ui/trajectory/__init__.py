"""The trajectory around the boards: meetings, Voortgang, measurements, save as template.

Each window pushes model operations through ``Document.push`` and redraws
from ``Document.changed``; :func:`install` hooks them into the main window.
"""
