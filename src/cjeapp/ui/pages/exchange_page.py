"""Échanges, at the office (coordination, direction): the laptops registered, their last
exchange and what waits for them; a laptop registered and its database written; exchange
files written for a laptop or imported from one; and the conflicts to decide — whose file,
which field, the office's value (shown meanwhile) and the laptop's, who and when."""

from __future__ import annotations

import json
from datetime import date
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.changes import Change
from cjeapp.core.exchange import packages
from cjeapp.core.exchange.conflicts import KEEP_OFFICE
from cjeapp.core.exchange.conflicts import REFUSED
from cjeapp.core.exchange.conflicts import TAKE_LAPTOP
from cjeapp.core.exchange.conflicts import ConflictRow
from cjeapp.core.exchange.conflicts import list_conflicts
from cjeapp.core.exchange.conflicts import resolve_conflict
from cjeapp.core.exchange.replicas import ReplicaRow
from cjeapp.core.exchange.replicas import Retired
from cjeapp.core.exchange.replicas import list_replicas
from cjeapp.core.exchange.replicas import retire_replica
from cjeapp.core.exchange.rows import EXCHANGED_KINDS
from cjeapp.core.findings.listing import list_findings
from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_moment
from cjeapp.core.locale_format import format_number
from cjeapp.core.people.same_person import reason_sentence
from cjeapp.core.privacy.field_words import caption as field_caption
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.findings_dialog import decision_dialog
from cjeapp.ui.dialogs.register_laptop_dialog import RegisterLaptopDialog
from cjeapp.ui.files import chosen_file
from cjeapp.ui.files import save_bytes
from cjeapp.ui.messages import report_refusal
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.flow_layout import FlowLayout
from cjeapp.ui.widgets.heading import page_heading
from cjeapp.ui.widgets.record_table import RecordTable


def shown_value(value: object) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _born(born: date | None) -> str:
    return format_date(born, style="medium") if born is not None else ""




class ExchangePage(QWidget):
    open_client = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        heading = page_heading(self.tr("Exchanges with the laptops"))
        self.replicas: RecordTable[ReplicaRow] = RecordTable([
            Column(self.tr("Laptop"), lambda r: r.name, width=220),
            Column(self.tr("Counsellor"), lambda r: ", ".join(r.counsellors), width=200),
            Column(self.tr("Numbers"), lambda r: r.number_prefix, width=80),
            Column(self.tr("Last exchange"), lambda r: format_moment(r.last_exchange_at)
                   if r.last_exchange_at else self.tr("never"), width=170),
            Column(self.tr("Changes waiting"), lambda r: format_number(r.waiting), width=180),
            Column(self.tr("Conflicts"), lambda r: format_number(r.open_conflicts)),
        ])
        self.register_button = QPushButton(self.tr("Register a laptop…"))
        self.write_button = QPushButton(self.tr("Write the file for this laptop…"))
        self.import_button = QPushButton(self.tr("Import an exchange file…"))
        self.retire_button = QPushButton(self.tr("Retire this laptop…"))
        self.retire_button.setToolTip(self.tr("A laptop lost, stolen or replaced: its files "
                                              "are refused from now on."))
        replica_buttons = FlowLayout()  # on two lines when the window is narrow
        replica_buttons.add_widgets(self.register_button, self.write_button, self.import_button)
        replica_buttons.add_stretch()
        replica_buttons.addWidget(self.retire_button)
        self.conflicts: RecordTable[ConflictRow] = RecordTable([
            Column(self.tr("Person"), self._person, width=170),
            Column(self.tr("Born"), lambda c: _born(c.born), lambda c: c.born, width=110),
            Column(self.tr("What"), self._what, width=150),
            Column(self.tr("At the office (shown)"), lambda c: self._value(c, office=True),
                   width=170),
            Column(self.tr("On the laptop (kept)"), lambda c: self._value(c, office=False),
                   width=170),
            Column(self.tr("Laptop"), lambda c: c.laptop, width=130, secondary=True),
            Column(self.tr("Changed"), self._who, width=300),
        ])
        self.conflicts.on_open(lambda _conflict: self.open_file())
        self.settle_button = QPushButton(self.tr("Decide…"))
        self.settle_button.setToolTip(self.tr(
            "A double booking or an activity past its capacity: choose which appointment "
            "moves or who goes on the waiting list."))
        self.keep_button = QPushButton(self.tr("Keep the office's value"))
        self.take_button = QPushButton(self.tr("Take the laptop's value"))
        self.open_button = QPushButton(self.tr("Open the person's file"))
        self.open_other_button = QPushButton(self.tr("Open the office's other file"))
        self.open_other_button.setToolTip(self.tr(
            "Perhaps one person with two files: the file the office already had, beside "
            "the one the laptop made."))
        conflict_buttons = FlowLayout()
        conflict_buttons.add_widgets(self.open_button, self.open_other_button)
        conflict_buttons.add_stretch()
        conflict_buttons.add_widgets(self.settle_button, self.keep_button, self.take_button)
        self.chosen = QLabel()  # the chosen conflict in full: nothing of it cut
        self.chosen.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.replicas, 2)
        layout.addLayout(replica_buttons)
        layout.addWidget(self.status)
        explained = QLabel(self.tr("Conflicts to decide: both sides changed the same thing. "
                                   "The office's value is shown until you decide; the "
                                   "laptop's is kept here."))
        explained.setWordWrap(True)
        layout.addWidget(explained)
        layout.addWidget(self.conflicts, 3)
        layout.addWidget(self.chosen)
        layout.addLayout(conflict_buttons)
        self.register_button.clicked.connect(self.register_laptop)
        self.write_button.clicked.connect(self.write_file)
        self.import_button.clicked.connect(lambda: self.import_file(None))
        self.retire_button.clicked.connect(self.retire_laptop)
        self.settle_button.clicked.connect(self.settle)
        self.open_button.clicked.connect(self.open_file)
        self.open_other_button.clicked.connect(lambda: self.open_file(other=True))
        self.conflicts.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self._show_chosen())
        self.keep_button.clicked.connect(lambda: self.decide(KEEP_OFFICE))
        self.take_button.clicked.connect(lambda: self.decide(TAKE_LAPTOP))
        # Read and saved off the screen's thread (ui.operations): a newer read replaces
        # the one still running.
        self._read: Query[tuple[list[ReplicaRow], list[ConflictRow]]] = Query(self, self._show)
        self._other_booking: Query[str | None] = Query(self, self._settle_booking)
        self._settling: ConflictRow | None = None  # a booking conflict, its other read
        context.events.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, change: Change) -> None:
        if change.kind in EXCHANGED_KINDS and change.origin is not self:
            self.refresh()

    def _person(self, conflict: ConflictRow) -> str:
        if conflict.person:
            return conflict.person
        return self.tr("(not a person's file)")

    def _what(self, conflict: ConflictRow) -> str:
        if conflict.kind == "deletion":
            return self.tr("Deleted on one side, changed on the other")
        if conflict.kind == "booking":
            return self.tr("The counsellor booked twice at that time")
        if conflict.kind == "capacity":
            return self.tr("Activity enrolled past its capacity")
        if conflict.kind == "same_person":
            return self.tr("Perhaps one person with two files")
        if conflict.kind == REFUSED:
            return self.tr("A change the office refused")
        return field_caption(conflict.field, table=conflict.table) or self.tr(
            "Another detail of the record")

    def _value(self, conflict: ConflictRow, *, office: bool) -> str:
        value = conflict.office_value if office else conflict.laptop_value
        if conflict.kind == "deletion":
            return self.tr("deleted") if value else self.tr("kept, and changed")
        if conflict.kind == "booking" and isinstance(value, str):
            return format_moment(datetime.fromisoformat(value))
        if conflict.kind == REFUSED:
            return "—" if office else conflict.reason
        if conflict.kind == "same_person":  # the office's other file, and why it may be one
            if office:  # the other file's person, and when she was born
                return self._someone(conflict.other_person, conflict.other_born)
            return str(reason_sentence(value if isinstance(value, str) else None).render())
        return shown_value(value)

    def _who(self, conflict: ConflictRow) -> str:
        def one(name: str, when: object) -> str:
            moment = format_moment(when) if when is not None else ""  # type: ignore[arg-type]
            return f"{name} {moment}".strip()

        if not (conflict.office_by or conflict.laptop_by):
            return ""  # a rule across both sides (a slot, a capacity): no one field's author
        return self.tr("office: %1 · laptop: %2").replace(
            "%1", one(conflict.office_by, conflict.office_at)).replace(
            "%2", one(conflict.laptop_by, conflict.laptop_at))

    def _someone(self, name: str, born: date | None) -> str:
        if born is None:
            return name
        return self.tr("%1, born %2").replace("%1", name).replace("%2", _born(born))

    def _show_chosen(self) -> None:
        """The chosen conflict in full sentences, and which files it opens."""
        conflict = self.conflicts.current()
        self.open_button.setEnabled(conflict is not None and bool(conflict.client_id))
        self.open_other_button.setEnabled(
            conflict is not None and bool(conflict.other_client_id))
        if conflict is None:
            self.chosen.clear()
            return
        said = [self._someone(self._person(conflict), conflict.born),
                self._what(conflict)]
        if conflict.kind == "same_person":
            said.append(self.tr("The office already had: %1").replace(
                "%1", self._someone(conflict.other_person, conflict.other_born)))
        else:
            said += [self.tr("At the office: %1").replace(
                         "%1", self._value(conflict, office=True)),
                     self.tr("On the laptop: %1").replace(
                         "%1", self._value(conflict, office=False))]
        if who := self._who(conflict):
            said.append(who)
        self.chosen.setText(" — ".join(part for part in said if part))

    def open_file(self, *, other: bool = False) -> None:
        """The chosen conflict's file (the office's other one with ``other``) opened in
        its window, to compare before deciding."""
        conflict = self.conflicts.current()
        ident = None if conflict is None else (
            conflict.other_client_id if other else conflict.client_id)
        if ident is None:
            self.status.setText(self.tr("Choose a conflict about a person's file first."))
            return
        self.open_client.emit(ClientId(ident))

    def refresh(self) -> None:
        db, actor = self.context.db, self.context.actor
        self._read.run(lambda: (list_replicas(db, actor), list_conflicts(db, actor)))

    def _show(self, read: tuple[list[ReplicaRow], list[ConflictRow]]) -> None:
        replicas, conflicts = read
        self.replicas.set_rows(replicas)
        self.conflicts.set_rows(conflicts)
        self._show_chosen()

    def register_laptop(self) -> RegisterLaptopDialog:
        dialog = RegisterLaptopDialog(self.context, self)
        dialog.registered.connect(self.refresh)
        dialog.open()
        return dialog

    @reports_refusals
    def write_file(self) -> None:
        laptop = self.replicas.current()
        if laptop is None:
            self.status.setText(self.tr("Choose the laptop in the list first."))
            return
        db, actor, laptop_id, name = self.context.db, self.context.actor, laptop.id, laptop.name
        # a write (the laptop's stamps move on, the file is audited): on the writer, and
        # never stopped once asked, so a file committed is always offered to be saved
        write(self, lambda: (name, packages.export_changes(db, actor, laptop_id)),
              self._save_written, refused=lambda error: report_refusal(self, error, None),
              busy=self.write_button)

    def _save_written(self, read: tuple[str, packages.Written]) -> None:
        name, written = read
        if save_bytes(self, written.data, f"{name}.cjex",
                      self.tr("Exchange file (*.cjex)")) is not None:
            self.status.setText(self.tr("File written for %1: %2 changes.").replace(
                "%1", name).replace("%2", format_number(written.rows)))

    @reports_refusals
    def retire_laptop(self) -> None:
        laptop = self.replicas.current()
        if laptop is None:
            self.status.setText(self.tr("Choose the laptop in the list first."))
            return
        last = format_moment(laptop.last_exchange_at) if laptop.last_exchange_at \
            else self.tr("never")
        answer = QMessageBox.question(
            self, self.tr("Retire a laptop"),
            self.tr("Retire %1? From now on the office refuses its files and writes none "
                    "for it. What was done on it since its last exchange (%2) will not "
                    "reach the office. Do this when the laptop is lost, stolen or "
                    "replaced.").replace("%1", laptop.name).replace("%2", last),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor, laptop_id = self.context.db, self.context.actor, laptop.id
        write(self, lambda: retire_replica(db, actor, laptop_id), self._retired)

    def _retired(self, done: Retired) -> None:
        said = self.tr("%1 is retired. If it was lost or stolen, have the password of %2 "
                       "changed: it opened the laptop.").replace("%1", done.name).replace(
            "%2", ", ".join(done.counsellors))
        if done.open_conflicts:
            said += " " + self.tr("Its %1 conflicts below are still to decide.").replace(
                "%1", format_number(done.open_conflicts))
        self.status.setText(said)
        self.refresh()

    def import_file(self, path: Path | None) -> None:
        """The file given (or chosen: None), imported on the writer; what came of it said
        below the buttons (a refusal in a dialog)."""
        path = path or chosen_exchange_file(self)
        if path is None:
            return
        db, actor, chosen = self.context.db, self.context.actor, path
        write(self, lambda: packages.import_file(db, actor, chosen), self._imported)

    def _imported(self, done: packages.Imported) -> None:
        said = self.tr("Imported from %1: %2 changes written, %3 new conflicts.").replace(
            "%1", done.sender).replace("%2", format_number(done.applied)).replace(
            "%3", format_number(done.conflicts))
        if done.discarded:
            said += " " + self.tr("%1 changes were about files destroyed under Law 25: "
                                  "not kept.").replace("%1", format_number(done.discarded))
        if done.refused:
            said += " " + self.tr("%n change(s) refused: the laptop may not make them "
                                  "(listed below with the reason).", "", done.refused)
        self.status.setText(said)
        self.refresh()

    def settle(self) -> QDialog | None:
        """A booking or capacity conflict decided for real: the appointment that does not
        stay moved or cancelled, or people put on the waiting list; the conflict then
        closes by itself."""
        conflict = self.conflicts.current()
        if conflict is None or conflict.kind not in ("booking", "capacity"):
            self.status.setText(self.tr("Choose a double booking or an activity past its "
                                        "capacity in the list first."))
            return None
        if conflict.kind == "booking":  # the other appointment read first, on a worker
            db, actor, row_id = self.context.db, self.context.actor, conflict.row_id
            self._settling = conflict
            self._other_booking.run(lambda: next((
                row.finding.other_id if row.finding.row_id == row_id else row.finding.row_id
                for row in list_findings(db, actor) if row.finding.kind == "double_booking"
                and row_id in (row.finding.row_id, row.finding.other_id)), None))
            return None
        return self._decision(conflict, None)

    def _settle_booking(self, other: str | None) -> None:
        conflict = self._settling
        if other is None or conflict is None:  # decided meanwhile, elsewhere: the list
            self.refresh()  # catches up
            return
        self._decision(conflict, other)

    def _decision(self, conflict: ConflictRow, other: str | None) -> QDialog | None:
        dialog = decision_dialog(self.context, conflict.kind, conflict.row_id, other, self)
        if dialog is None:
            return None
        dialog.accepted.connect(self._settled)
        dialog.open()
        return dialog

    def _settled(self) -> None:
        self.status.setText(self.tr("Decided; the conflict is closed and the laptop gets "
                                    "the change at its next exchange."))
        self.refresh()

    def decide(self, choice: str) -> None:
        conflict = self.conflicts.current()
        if conflict is None:
            self.status.setText(self.tr("Choose the conflict in the list first."))
            return
        db, actor, conflict_id = self.context.db, self.context.actor, conflict.id
        write(self, lambda: resolve_conflict(db, actor, conflict_id, choice),
              lambda _done: self._decided(), refused=lambda error: report_refusal(
                  self, error, None))

    def _decided(self) -> None:
        self.status.setText(self.tr("Decided; the laptop gets the value at its next "
                                    "exchange."))
        self.refresh()


def chosen_exchange_file(parent: QWidget) -> Path | None:
    return chosen_file(parent, QCoreApplication.translate("ExchangePage", "Exchange file"),
                       QCoreApplication.translate("ExchangePage",
                                                  "Exchange file (*.cjex);;All files (*)"))
