"""A date that may be left out: a check box that switches a date field on (today by default)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QWidget


def optional_date(label: str, parent: QWidget) -> tuple[QCheckBox, QDateEdit]:
    """The check box (unticked) and the date field it enables, for one form row."""
    check = QCheckBox(label, parent)
    field = QDateEdit(QDate.currentDate(), parent)
    field.setCalendarPopup(True)
    field.setEnabled(False)
    check.toggled.connect(field.setEnabled)
    return check, field


def chosen_date(check: QCheckBox, field: QDateEdit) -> dt.date | None:
    """The date, if the box is ticked."""
    return field.date().toPython() if check.isChecked() else None
