"""Échanger avec le bureau, on a laptop: directly when the office's database can be reached
(its address kept on this laptop; the person's own password at the office), or else by
file — the file for the office written to a USB key or an e-mail, the office's file
imported when it comes back. Either way, off the screen's thread and all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.db.address import is_server_url
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import Unexpected
from cjeapp.core.exchange import direct
from cjeapp.core.exchange import packages
from cjeapp.core.exchange.replicas import LaptopStatus
from cjeapp.core.locale_format import format_number
from cjeapp.core.staff import opening
from cjeapp.ui.background import while_shown
from cjeapp.ui.context import AppContext
from cjeapp.ui.context import local_settings
from cjeapp.ui.files import save_bytes
from cjeapp.ui.messages import report_refusal
from cjeapp.ui.operations import write
from cjeapp.ui.pages.exchange_page import chosen_exchange_file
from cjeapp.ui.widgets.job_panel import JobPanel
from cjeapp.ui.window_size import open_at

HUB_SETTING = "exchange/hub"


def _both_ways(laptop: AppContext, place: Path | str, password: str) -> direct.BothWays:
    hub, hub_actor = opening.open_place(place, laptop.actor.username, password)
    try:
        return direct.exchange_directly(laptop.db, laptop.actor, hub, hub_actor)
    finally:
        hub.close()


class ExchangeDialog(QDialog):
    def __init__(self, context: AppContext, status: LaptopStatus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.hub = status
        self.setWindowTitle(self.tr("Exchange with the office"))
        intro = QLabel(self.tr("%1 changes of this laptop wait for %2. When the office's "
                               "database can be reached (the office's network, or its "
                               "file), exchange now; otherwise exchange by file.")
                       .replace("%1", format_number(status.waiting))
                       .replace("%2", status.hub_name))
        intro.setWordWrap(True)
        stored = local_settings().value(HUB_SETTING, "")
        self.address = QLineEdit(str(stored) if stored else "")
        self.address.setPlaceholderText(self.tr("postgresql://…@server/cjeapp, or the "
                                                "office's file"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("The office's database"), self.address)
        form.addRow(self.tr("Your password at the office"), self.password)
        self.panel = JobPanel(self.tr("Exchange now"), cancel_when_idle=True)
        self.panel.idle_cancel.connect(self.accept)
        self.panel.cancel_button.setText(self.tr("Close"))
        direct = QGroupBox(self.tr("Directly"))
        direct_layout = QVBoxLayout(direct)
        direct_layout.addLayout(form)
        direct_layout.addWidget(self.panel)
        self.write_button = QPushButton(self.tr("Write the file for the office…"))
        self.import_button = QPushButton(self.tr("Import the office's file…"))
        self.file_status = QLabel()
        self.file_status.setWordWrap(True)
        by_file = QGroupBox(self.tr("By file (USB key, e-mail)"))
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.write_button)
        file_buttons.addWidget(self.import_button)
        file_buttons.addStretch(1)
        file_layout = QVBoxLayout(by_file)
        file_layout.addLayout(file_buttons)
        file_layout.addWidget(self.file_status)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(direct)
        layout.addWidget(by_file)
        self.panel.start_button.clicked.connect(self.exchange_now)
        self.write_button.clicked.connect(self.write_file)
        self.import_button.clicked.connect(lambda: self.import_file(None))
        open_at(self, 600, 380)

    def exchange_now(self) -> None:
        text = self.address.text().strip()
        if not text:
            self.panel.status.setText(self.tr("Give the office's database first, or "
                                              "exchange by file."))
            return
        place: Path | str = text if is_server_url(text) else Path(text)
        local_settings().setValue(HUB_SETTING, text)
        context, password = self.context, self.password.text()
        self.panel.run(lambda _job: _both_ways(context, place, password),
                       self.tr("Exchanging with the office…"), succeeded=self._exchanged,
                       stopped=lambda: None, refused=self._unreachable)

    @while_shown
    def _exchanged(self, done: direct.BothWays) -> None:
        self.password.clear()
        said = self.tr("Exchanged: %1 changes sent, %2 received, %3 new conflicts for the "
                       "coordinator.").replace(
            "%1", format_number(done.sent.applied)).replace(
            "%2", format_number(done.received.applied)).replace(
            "%3", format_number(done.sent.conflicts + done.received.conflicts))
        if done.sent.discarded:
            said += " " + self.tr("%1 of your changes were about files the office destroyed "
                                  "under Law 25: not kept, and gone from this laptop.").replace(
                "%1", format_number(done.sent.discarded))
        said += self.refused_said(done.received)
        self.panel.status.setText(said)

    @while_shown
    def _unreachable(self, error: CjeError) -> None:
        if isinstance(error, Unexpected):
            return  # shown by the job itself
        self.panel.status.setText(self.tr("The office could not be reached or refused: "
                                          "%1 Exchange by file instead.").replace(
            "%1", str(error)))

    def refused_said(self, done: packages.Imported) -> str:
        """What the office told this laptop it refused, and why (the first reasons)."""
        if not done.refused:
            return ""
        reasons = " ".join(str(reason) for reason in done.refusals[:3])
        return " " + self.tr("The office refused %n of this laptop's changes; the office's "
                             "version replaces them here.", "", done.refused) + " " + reasons

    def write_file(self) -> None:
        """The laptop's changes written on the writer (its stamps move on: a write); the
        file saved where the person chooses when they come back."""
        db, actor, hub_id = self.context.db, self.context.actor, self.hub.hub_id
        write(self, lambda: packages.export_changes(db, actor, hub_id), self._written,
              refused=lambda error: report_refusal(self, error, None))

    def _written(self, written: packages.Written) -> None:
        if save_bytes(self, written.data, "pour-le-bureau.cjex",
                      self.tr("Exchange file (*.cjex)")) is not None:
            self.file_status.setText(self.tr("File written for the office: %1 changes. "
                                             "Bring it there; its file comes back.")
                                     .replace("%1", format_number(written.rows)))

    def import_file(self, path: Path | None) -> None:
        """The file given (or chosen: None), imported on the writer; what came of it said
        below the buttons (a refusal in a dialog)."""
        chosen = path or chosen_exchange_file(self)
        if chosen is None:
            return
        db, actor = self.context.db, self.context.actor
        write(self, lambda: packages.import_file(db, actor, chosen), self._imported,
              refused=lambda error: report_refusal(self, error, None))

    def _imported(self, done: packages.Imported) -> None:
        self.file_status.setText(self.tr("Imported: %1 changes from the office; %2 records "
                                         "left this laptop.").replace(
            "%1", format_number(done.applied)).replace("%2", format_number(done.removed))
            + self.refused_said(done))
