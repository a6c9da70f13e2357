"""Interface language: English source strings, Dutch (the default) from a compiled Qt translation.

Every visible string is written in English with ``self.tr()`` or a literal
``QCoreApplication.translate("Context", "text")`` (never through a helper
function: pyside6-lupdate would file the string without its context).
``resources/translations/bruinpapier_nl.ts`` holds the Dutch and is compiled
to the ``.qm`` file loaded here. Model errors are translated in
``app.ui.error_texts``. Qt's own strings (dialog buttons, file dialogs)
come from Qt's shipped ``qtbase_nl.qm``.

After adding or changing strings::

    pyside6-lupdate $(find app/ui -name '*.py' | sort) -no-obsolete -locations none \
        -ts resources/translations/bruinpapier_nl.ts
    pyside6-linguist resources/translations/bruinpapier_nl.ts   # translate, mark finished
    cd resources/translations   # then compile beside the .qm and rename it over (never in
    pyside6-lrelease bruinpapier_nl.ts -qm .new.qm && mv .new.qm bruinpapier_nl.qm  # place: mapped)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
SOURCE_LANGUAGE = "en"

# Names translated from data at run time (app.ui.board.palette.kind_label), listed so
# pyside6-lupdate puts them in the .ts file.
RUNTIME_STRINGS = (
    QT_TRANSLATE_NOOP("NoteKind", "purpose"),
    QT_TRANSLATE_NOOP("NoteKind", "idea"),
    QT_TRANSLATE_NOOP("NoteKind", "workload"),
    QT_TRANSLATE_NOOP("NoteKind", "existing"),
    QT_TRANSLATE_NOOP("NoteKind", "action"),
    QT_TRANSLATE_NOOP("NoteKind", "note"),
)


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"bruinpapier_{language}.qm"


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own translations may be: Qt's configured folder, then PySide6's wheel."""
    import PySide6

    found = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    found.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    return found


def qt_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Qt's own strings (file dialog, buttons) in ``language``: ``qtbase_LANG.qm``, else None."""
    translator = QTranslator(app)
    for folder in qt_translation_dirs():
        for name in (f"qtbase_{language}.qm", f"qt_{language}.qm"):
            if (folder / name).is_file() and translator.load(str(folder / name)):
                return translator
    return None


class Translations:
    """The translators installed on the application for the chosen language."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def apply(self, language: str) -> None:
        """Switch the application to ``language``; widgets get a LanguageChange event."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before choosing a language")
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        if language != SOURCE_LANGUAGE:
            own = QTranslator(app)
            if not own.load(str(qm_path(language))):
                raise FileNotFoundError(f"translation missing: {qm_path(language)}")
            qt = qt_translator(app, language)
            if qt is not None:
                self._installed.append(qt)
            self._installed.append(own)
            for translator in self._installed:
                app.installTranslator(translator)
        QLocale.setDefault(QLocale(language))
        self.language = language
        # Qt posts LanguageChange to the windows; deliver it now, so every widget has
        # retranslated itself when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
