"""Starting the app: the platform-plugin guard, run_app, the demo, and the Dutch translation."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from app.ui import app as app_module
from app.ui.app import DEBIAN_PACKAGES, XCB_LIBRARIES, open_main_window, platform_problem, run_app
from app.ui.i18n import Translations
from app.ui.window.main_window import MainWindow
from app.ui.window.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

X11 = {"DISPLAY": ":0"}
TS_FILE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "bruinpapier_nl.ts"


def libraries(*missing: str):
    return lambda name: None if name in missing else f"lib{name}.so.0"


def test_guard_names_the_packages_to_install_when_xcb_libraries_are_missing():
    hint = platform_problem(X11, "linux", libraries("xcb-cursor", "xcb-keysyms"))
    assert hint is not None
    assert "\n" not in hint
    assert "xcb-cursor, xcb-keysyms are missing" in hint
    assert f"sudo apt-get install {DEBIAN_PACKAGES}" in hint
    assert "on other systems install your distribution's packages for" in hint


def test_guard_checks_each_library_qt_needs():
    asked: list[str] = []

    def find(name: str) -> str:
        asked.append(name)
        return f"lib{name}.so"

    assert platform_problem(X11, "linux", find) is None
    assert asked == list(XCB_LIBRARIES)


@pytest.mark.parametrize(
    ("environ", "platform"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),  # the user chose a plugin
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "linux"),  # Wayland needs no xcb
        ({}, "win32"),
        ({}, "darwin"),
    ],
)
def test_guard_stays_quiet_where_the_xcb_plugin_is_not_used(environ, platform):
    assert platform_problem(environ, platform, libraries(*XCB_LIBRARIES)) is None


def test_guard_says_when_there_is_no_display_at_all():
    hint = platform_problem({}, "linux", libraries())
    assert hint is not None
    assert "no graphical display" in hint
    assert "\n" not in hint


def test_run_app_prints_one_line_and_returns_1_instead_of_aborting(monkeypatch, capsys):
    monkeypatch.setattr(
        app_module,
        "platform_problem",
        lambda: platform_problem(X11, "linux", libraries("xcb-icccm")),
    )
    assert run_app(None, demo=False) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert "xcb-icccm are missing" in err and DEBIAN_PACKAGES in err


def test_run_app_opens_a_file_and_returns_when_the_window_closes(qtbot, demo_file, monkeypatch):
    monkeypatch.setattr(app_module, "platform_problem", lambda: None)
    shown: list[tuple[MainWindow, Path | None, str]] = []

    def close_it() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        for w in windows:
            path = w.document.store.path if w.document is not None else None
            shown.append((w, path, w.action_set.menus["file"].title()))
        for window in windows:
            window.close()  # ends app.exec() even when the checks below fail

    QTimer.singleShot(0, close_it)
    assert run_app(demo_file, demo=False) == 0
    ((window, path, file_menu),) = shown
    assert (path, file_menu) == (demo_file.resolve(), "&Bestand")
    assert window.document is None  # closing released the file
    assert Settings().recent_files() == [demo_file.resolve()]
    window.translations.apply("en")  # the application lives on for other tests


def test_demo_is_built_in_a_fresh_file_and_opened(qtbot, tmp_path, monkeypatch):
    target = tmp_path / "demo" / "SWS Balans (demo).bruinpapier"
    target.parent.mkdir()
    monkeypatch.setattr(app_module, "demo_path", lambda: target)
    window = open_main_window(None, demo=True)
    qtbot.addWidget(window)
    try:
        assert window.document.store.path == target.resolve()
        # the demo's two board sessions and the supportgroep's three meetings
        assert window.tree.topLevelItem(0).childCount() == 5
        assert window.board.board_scene.notes  # the first round's board shows
    finally:
        window.close()
        window.translations.apply("en")


# -- the Dutch translation ---------------------------------------------------------------


def ts_messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS_FILE).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_source_string_has_a_finished_dutch_translation():
    messages = ts_messages()
    assert len(messages) > 150
    for context, message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") is None, (
            f"{context}: {source!r} is {translation.get('type')}"
        )
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        assert all(f and f.strip() for f in forms), f"{context}: {source!r} has no Dutch"


def test_the_shipped_qm_holds_the_ts_translations(qapp):
    translations = Translations()
    translations.apply("nl")
    try:
        for context, message in ts_messages():
            if message.get("numerus") == "yes":
                continue
            source = message.findtext("source")
            expected = message.findtext("translation")
            assert QCoreApplication.translate(context, source) == expected
    finally:
        translations.apply("en")


def test_one_version_from_pyproject_in_title_about_and_command_line(window, interaction, capsys):
    import tomllib

    from app.__main__ import main

    with (Path(__file__).resolve().parents[2] / "pyproject.toml").open("rb") as file:
        version = tomllib.load(file)["project"]["version"]
    app = app_module.application()
    assert app.applicationVersion() == version
    assert app.applicationDisplayName() == f"Bruinpapier {version}"
    assert not app.windowIcon().isNull()
    about = next(a for a in window.findChildren(QAction) if a.objectName() == "about")
    about.trigger()
    ((_, message),) = interaction.shown
    assert f"Bruinpapier {version}" in message
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"bruinpapier {version}"
