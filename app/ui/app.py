"""Starting the desktop app: check that a window can open, set up Qt, open the main window."""

from __future__ import annotations

import ctypes.util
import os
import signal
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app import __version__
from app.model.round_names import RoundNameError, round_in
from app.ui.crash_guard import ExceptionGuard
from app.ui.i18n import Translations
from app.ui.icons import icon
from app.ui.interaction import Interaction
from app.ui.window.main_window import MainWindow
from app.ui.window.settings import APPLICATION, ORGANISATION, Settings
from app.ui.window.workshop_files import demo_path

DEBIAN_PACKAGES = "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0"
XCB_LIBRARIES = ("xcb-cursor", "xcb-icccm", "xcb-keysyms", "xkbcommon-x11")


def platform_problem(
    environ: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    find_library: Callable[[str], str | None] = ctypes.util.find_library,
) -> str | None:
    """One line telling what to install when Qt's window plugin cannot load here, else None.

    Qt 6.5+ aborts with a long message when the xcb plugin's libraries are
    missing; checking them before creating the QApplication lets a new user
    read what to do instead.
    """
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("WAYLAND_DISPLAY"):
        return None
    if not environ.get("DISPLAY"):
        return (
            "bruinpapier: no graphical display found (neither DISPLAY nor WAYLAND_DISPLAY is set); "
            "start it from a desktop session"
        )
    missing = [name for name in XCB_LIBRARIES if find_library(name) is None]
    if not missing:
        return None
    return (
        f"bruinpapier: cannot open a window, the X11 libraries {', '.join(missing)} are missing; "
        f"on Debian/Ubuntu run: sudo apt-get install {DEBIAN_PACKAGES} "
        "(on other systems install your distribution's packages for "
        "xcb-cursor, xcb-icccm, xcb-keysyms and xkbcommon-x11)"
    )


def application() -> QApplication:
    """The running QApplication, created with the names QSettings files are kept under."""
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(f"Bruinpapier {__version__}")
    app.setWindowIcon(icon("bruinpapier"))
    app.setDesktopFileName("nl.bruinpapier.Bruinpapier")  # Wayland/X11 match the menu entry
    return app  # type: ignore[return-value]


def open_main_window(
    path: Path | None,
    demo: bool,
    settings: Settings | None = None,
    interaction: Interaction | None = None,
    round_name: str | None = None,
) -> MainWindow:
    """The shown main window in the remembered language, on ``path`` or a new demo workshop.

    ``round_name`` (full title or unique prefix) chooses the round shown; a name
    that fits no round or several closes the window and raises RoundNameError.
    """
    settings = settings or Settings()
    translations = Translations()
    translations.apply(settings.language())
    window = MainWindow(settings, translations, interaction)
    window.restore_window_state()
    window.show()
    if demo:
        window.open_demo(demo_path())
    elif path is not None:
        window.open_file(path)
    if round_name is not None and window.document is not None:
        try:
            round_id = round_in(window.document.store, round_name)
        except RoundNameError:
            window.close()
            raise
        window.show_round(round_id)
    return window


SIGNAL_POLL_MS = 250


def quit_on_signals(app: QApplication) -> QTimer:
    """SIGTERM and SIGINT close every window, so each workshop closes whole, then quit.

    Python runs a signal handler only between bytecodes, so the returned timer (kept
    alive by the app) wakes the interpreter regularly while Qt's loop waits.
    """

    def stop(_signum: int, _frame: object) -> None:
        app.closeAllWindows()  # closing a window closes its workshop: checkpointed, unlocked
        app.quit()

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, stop)
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(SIGNAL_POLL_MS)
    return timer


def run_app(path: Path | None, demo: bool, round_name: str | None = None) -> int:
    """Open the main window and run until it closes; 1 with a hint when no window can open."""
    problem = platform_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    app = application()
    quit_on_signals(app)
    guard = ExceptionGuard()
    guard.install()  # before the window: an error while opening the file is shown too
    try:
        # held here: the window lives until exec returns
        window = open_main_window(path, demo, round_name=round_name)
    except BaseException:
        guard.uninstall()
        raise
    guard.watch_actions(window)
    code = app.exec()
    guard.uninstall()
    window.deleteLater()
    return code
