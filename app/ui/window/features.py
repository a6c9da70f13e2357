"""The feature menus that hang off the main window: school, trajectory, participants.

Installed after the window's own actions exist, in this order: the trajectory's
entries join the school's Trajectory menu.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.school.controls import SchoolControls
from app.ui.session.participants import ParticipantsControl
from app.ui.trajectory.menu import TrajectoryMenu
from app.ui.trajectory.menu import install as install_trajectory

if TYPE_CHECKING:
    from app.ui.window.main_window import MainWindow


def install_features(
    window: MainWindow,
) -> tuple[SchoolControls, ParticipantsControl, TrajectoryMenu]:
    school = SchoolControls(window)
    participants = ParticipantsControl(window)
    return school, participants, install_trajectory(window, school.menu)
