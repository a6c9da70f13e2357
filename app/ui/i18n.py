"""Interface language: English source strings, Dutch (the default) from a compiled Qt translation.

Every visible string is written in English with ``tr()`` or
``QCoreApplication.translate``; ``resources/translations/bruinpapier_nl.ts``
holds the Dutch and is compiled to the ``.qm`` file loaded here. Qt's own
strings (dialog buttons, file dialogs) come from Qt's shipped ``qtbase_nl.qm``.

After adding or changing strings::

    pyside6-lupdate $(find app/ui -name '*.py' | sort) -no-obsolete -locations none \
        -ts resources/translations/bruinpapier_nl.ts
    pyside6-linguist resources/translations/bruinpapier_nl.ts   # translate, mark finished
    pyside6-lrelease resources/translations/bruinpapier_nl.ts \
        -qm resources/translations/bruinpapier_nl.qm
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


class _Translator(QTranslator):
    """A translator that falls back to the empty context.

    pyside6-lupdate files strings passed through a helper function
    (``def tr(text): return QCoreApplication.translate("Board", text)``)
    under the empty context, so their lookups under their real context would
    otherwise miss.
    """

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        return found or None  # None, not "": Qt then tries the next translator or the source


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"bruinpapier_{language}.qm"


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
            own = _Translator(app)
            if not own.load(str(qm_path(language))):
                raise FileNotFoundError(f"translation missing: {qm_path(language)}")
            qt = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(QLocale(language), "qtbase", "_", qt_dir):
                self._installed.append(qt)
            self._installed.append(own)
            for translator in self._installed:
                app.installTranslator(translator)
        QLocale.setDefault(QLocale(language))
        self.language = language
        # Qt posts LanguageChange to the windows; deliver it now, so every widget has
        # retranslated itself when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
