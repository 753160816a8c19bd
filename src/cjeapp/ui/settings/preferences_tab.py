"""Language of this computer, and the delay before an idle session locks."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from cjeapp.core.errors import CjeError, ValidationError
from cjeapp.core.services import settings
from cjeapp.ui.context import AppContext, local_settings
from cjeapp.ui.messages import show_error
from cjeapp.ui.widgets.code_combo import CodeCombo


class PreferencesTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.language = CodeCombo([("fr", "Français"), ("en", "English")], empty=False)
        self.language.set_value(str(local_settings().value("language", "fr")))
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(1, 240)
        self.lock_minutes.setSuffix(" min")
        self.lock_minutes.setValue(settings.lock_minutes(context.db))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        form = QFormLayout()
        form.addRow(self.tr("Language of this computer"), self.language)
        form.addRow(self.tr("Lock an idle session after"), self.lock_minutes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)

    def save(self) -> None:
        try:
            settings.set_lock_minutes(self.context.db, self.context.actor,
                                      self.lock_minutes.value())
        except (ValidationError, CjeError) as error:
            show_error(self, error)
            return
        previous = str(local_settings().value("language", "fr"))
        language = self.language.value() or "fr"
        local_settings().setValue("language", language)
        self.context.events.changed.emit("settings")
        self.status.setText(self.tr("Saved. The new language applies at the next start.")
                            if language != previous else self.tr("Saved."))
