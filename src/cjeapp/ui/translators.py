"""Qt's own strings and ours in the chosen language, and QLocale set to match."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo
from PySide6.QtCore import QLocale
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from cjeapp.core.i18n import set_language
from cjeapp.core.resources import translation_path

_installed: list[QTranslator] = []


def install_translators(app: QApplication, language: str) -> None:
    """Switch the interface to ``language`` ("fr" or "en")."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    set_language(language)
    locale = QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English,
                     QLocale.Country.Canada)
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = []
    for name, folder in ((f"qtbase_{language}", qt_dir),
                         (f"cjeapp_{language}", str(translation_path()))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    # Whoever helps an office reads here whether the catalogues were found.
    logging.getLogger("cjeapp.ui").info("Interface language %s, catalogues: %s", language,
                                        ", ".join(loaded) or "none")
