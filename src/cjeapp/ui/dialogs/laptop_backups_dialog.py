"""Session › Sauvegardes du portable…: on a counsellor's laptop, where its backups go (a
USB key, another disk), how many are kept, the backups there, and a backup now — the same
tab as the office's Paramètres › Sauvegardes, set by the laptop's own counsellor. Restoring
stays the administrator's, at the office."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.permissions import Permission
from cjeapp.ui.context import AppContext
from cjeapp.ui.settings.backups_tab import BackupsTab
from cjeapp.ui.window_size import open_at


class LaptopBackupsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups of this laptop"))
        self.tab = BackupsTab(context)
        restores = context.can(Permission.SETTINGS_ADMIN)
        self.tab.restore_button.setVisible(restores)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tab, 1)
        layout.addWidget(buttons)
        self.finished.connect(lambda _result: self.tab.wait_for_jobs())
        open_at(self, 860, 600)
