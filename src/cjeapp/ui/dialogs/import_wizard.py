"""Importer: the assistant that takes a spreadsheet from the file to the batch — what the
rows are (people, services given, activity attendance, partners), the file and its first
rows (a CSV's encoding and delimiter shown and changeable), which column is which field,
the file's words translated into the program's, the check row by row (with its report to
download, and each likely duplicate decided beside the existing file), then the import as
one batch.

The check and the import run off the screen's thread with a progress bar; the import can
be stopped and then leaves nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget
from PySide6.QtWidgets import QWizard
from PySide6.QtWidgets import QWizardPage

from cjeapp.core.i18n import msg
from cjeapp.core.imports import runners
from cjeapp.core.imports import words
from cjeapp.core.imports.kind_fields import KINDS
from cjeapp.core.imports.mappings import Mapping
from cjeapp.core.imports.mappings import proposed_mapping
from cjeapp.core.imports.mappings import save_mapping
from cjeapp.core.imports.mappings import saved_mappings
from cjeapp.core.imports.reading import Sheet
from cjeapp.core.imports.report import STATUS
from cjeapp.core.imports.report import report_bytes
from cjeapp.core.imports.rows import DryRun
from cjeapp.core.imports.rows import Imported
from cjeapp.core.imports.rows import RowResult
from cjeapp.core.locale_format import format_number
from cjeapp.core.writers.whole_file import write_whole
from cjeapp.ui.background import BackgroundJob
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.import_duplicates import DuplicateChoices
from cjeapp.ui.dialogs.import_file_page import FilePage
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import report_refusal
from cjeapp.ui.messages import show_error
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.models.tones import Tone
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.record_table import RecordTable
from cjeapp.ui.window_size import open_at

RESULT_TONES = {"ready": Tone.GOOD, "duplicate": Tone.WARN, "error": Tone.BAD}
# the file's words no code matches, each with its field, its value and the codes offered
_Words = list[tuple[str, str, list[tuple[str, str]]]]
def _said(result: RowResult) -> str:
    """The row's errors or what it may be a copy of, then what was read (a serial date)."""
    said = result.error_text() if result.status == "error" else result.duplicates_text()
    return " — ".join(text for text in (said, result.notes_text()) if text)


def _show_progress(bar: QProgressBar, done: int, total: int) -> None:
    bar.setMaximum(total)
    bar.setValue(done)


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Which column is which"))
        self.setSubTitle(self.tr("Proposed from the column titles; change what is wrong. "
                                 "Then translate the file's words the program does not know."))
        self.saved = QComboBox()
        self.columns: dict[str, QComboBox] = {}
        self.built_for = ""
        self.form = QFormLayout()
        self.form.addRow(self.tr("Saved mapping"), self.saved)
        inner = QWidget()
        inner.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.words = QLabel(self.tr("Words of the file to translate"))
        self.words.setWordWrap(True)
        self.words.setStyleSheet("font-weight: 600;")
        self.translations = QWidget()
        self.translations_form = QFormLayout(self.translations)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Liste de Julie"))
        self.save_button = QPushButton(self.tr("Save this mapping"))
        self.errors = FieldErrors.for_fields(["mapping_name", "mapping"])
        saving = QHBoxLayout()  # its caption above: the right column stays narrow
        saving.addWidget(self.name, 1)
        saving.addWidget(self.save_button)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(scroll, 1)
        right = QVBoxLayout()
        right.addWidget(self.words)
        right.addWidget(self.translations)
        right.addStretch(1)
        right.addWidget(QLabel(self.tr("Keep it as")))
        right.addLayout(saving)
        right.addWidget(self.errors.labels["mapping_name"])
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.saved.activated.connect(lambda _row: self.use_saved())
        self.save_button.clicked.connect(self.save)
        self.word_choices: list[tuple[str, str, CodeCombo]] = []
        self.known: dict[str, Mapping] = {}
        # Read off the screen's thread (ui.operations): a newer read replaces one running.
        self._known_read: Query[dict[str, Mapping]] = Query(self, self._show_known)
        self._words_read: Query[tuple[int, _Words]] = Query(self, self._show_words)

    def _build_fields(self, kind: str) -> None:
        """One row per field of the kind of rows imported."""
        if self.built_for == kind:
            return
        while self.form.rowCount() > 1:
            self.form.removeRow(1)
        self.columns = {}
        for spec in KINDS[kind].fields:
            combo = QComboBox()
            combo.setMinimumWidth(190)
            self.columns[spec.name] = combo
            self.form.addRow(msg(spec.caption).render(), combo)
            combo.activated.connect(lambda _row: self.show_words())
        self.built_for = kind

    def initializePage(self) -> None:
        sheet = self.owner.sheet
        if sheet is None:
            return
        kind = self.owner.kind
        self._build_fields(kind)
        self._read_known()
        self.show_mapping(proposed_mapping(sheet.headers, kind))

    def _read_known(self) -> None:
        """The mappings kept for this kind of rows, offered once read."""
        db, actor, kind = self.owner.context.db, self.owner.context.actor, self.owner.kind
        self._known_read.run(lambda: saved_mappings(db, actor, kind))

    def _show_known(self, known: dict[str, Mapping]) -> None:
        self.known = known
        self.saved.clear()
        self.saved.addItem(self.tr("Proposed from the titles"), "")
        for name in sorted(self.known):
            self.saved.addItem(name, name)

    def use_saved(self) -> None:
        sheet = self.owner.sheet
        name = self.saved.currentData()
        if sheet is None or (name and name not in self.known):
            return
        self.show_mapping(self.known[name] if name
                          else proposed_mapping(sheet.headers, self.owner.kind))
        if name:
            self.name.setText(name)

    def show_mapping(self, mapping: Mapping) -> None:
        sheet = self.owner.sheet
        if sheet is None:
            return
        self.owner.mapping = mapping
        for name, combo in self.columns.items():
            combo.clear()
            combo.addItem(self.tr("— not in the file —"), None)
            for index, header in enumerate(sheet.headers):
                if header:
                    combo.addItem(header, index)
            chosen = mapping.column_of(sheet.headers, name)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        self.show_words()

    def mapping(self) -> Mapping:
        sheet = self.owner.sheet
        previous = self.owner.mapping or Mapping()
        columns = {name: sheet.headers[combo.currentData()]
                   for name, combo in self.columns.items()
                   if sheet is not None and combo.currentData() is not None}
        mapping = Mapping(columns, {name: dict(values)
                                    for name, values in previous.translations.items()},
                          self.owner.kind)
        for name, value, combo in self.word_choices:
            code = combo.value()
            if code:
                mapping.translate(name, value, code)
        return mapping

    def show_words(self) -> None:
        """The file's words no code matches, each with the program's choices (read on a
        worker; shown when they come)."""
        mapping = self.mapping()
        self.owner.mapping = mapping
        sheet, context = self.owner.sheet, self.owner.context
        if sheet is None:
            return
        db, actor, kind = context.db, context.actor, mapping.kind

        def read() -> tuple[int, _Words]:
            found = words.untranslated(db, actor, sheet, mapping)
            return len(found), [(name, value, words.choices(db, actor, name, kind))
                                for name, value in found[:40]]

        self._words_read.run(read)

    def _show_words(self, read: tuple[int, _Words]) -> None:
        total, found = read
        while self.translations_form.rowCount():
            self.translations_form.removeRow(0)
        self.word_choices = []
        captions = {spec.name: msg(spec.caption).render()
                    for spec in KINDS[self.owner.kind].fields}
        for name, value, choices in found:
            combo = CodeCombo(choices)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            self.word_choices.append((name, value, combo))
            self.translations_form.addRow(f"« {value} » ({captions[name]})", combo)
        self.words.setText(
            self.tr("Words of the file to translate: %1").replace(
                "%1", format_number(total)) if total
            else self.tr("Every word of the file is known."))

    def save(self) -> None:
        self.errors.clear()
        db, actor = self.owner.context.db, self.owner.context.actor
        name, mapping = self.name.text(), self.mapping()
        write(self, lambda: save_mapping(db, actor, name, mapping), lambda _saved: self._saved(),
              refused=lambda error: report_refusal(self, error, self.errors))

    def _saved(self) -> None:
        self._read_known()  # offered from now on
        self.errors.labels["mapping_name"].setText(self.tr("Saved."))
        self.errors.labels["mapping_name"].setStyleSheet("")
        self.errors.labels["mapping_name"].show()

    def validatePage(self) -> bool:
        self.owner.mapping = self.mapping()
        return True


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("The check, row by row"))
        # Past this page the import is made: no way back to run it twice.
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.setSubTitle(self.tr("Nothing is imported yet. Fix the file for the rows in "
                                 "error (the report lists them), or leave them out."))
        self.progress = QProgressBar()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.results: RecordTable[RowResult] = RecordTable([
            Column(self.tr("Row"), lambda r: str(r.row), lambda r: r.row, width=60),
            Column(self.tr("Result"), lambda r: msg(STATUS[r.status]).render(), width=130,
                   tone=lambda r: RESULT_TONES[r.status]),
            Column(self.tr("Row is about"), lambda r: r.label, width=220),
            Column(self.tr("What to fix, or what it may be a copy of"), _said),
        ], alert=lambda r: r.status == "error")
        self.duplicates = DuplicateChoices(wizard.context)
        self.duplicates.hide()
        self.leave_out = QCheckBox(self.tr("Import the good rows and leave out those in error"))
        self.report_button = QPushButton(self.tr("Save the report…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.leave_out, 1)
        buttons.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 3)
        layout.addWidget(self.duplicates, 2)
        layout.addLayout(buttons)
        self.report_button.clicked.connect(self.save_report)
        self.leave_out.toggled.connect(lambda _on: self.completeChanged.emit())
        self.duplicates.changed.connect(self.completeChanged.emit)
        self.job: BackgroundJob | None = None

    def initializePage(self) -> None:
        self.owner.checked = None
        self.results.set_rows([])
        self.duplicates.hide()
        sheet, mapping, context = self.owner.sheet, self.owner.mapping, self.owner.context
        if sheet is None or mapping is None:
            return
        db, actor = context.db, context.actor
        job = BackgroundJob(lambda running: runners.dry_run(
            db, actor, sheet, mapping, report=running.report, cancelled=running.is_cancelled))
        job.progress.connect(lambda done, total: _show_progress(self.progress, done, total))
        job.succeeded.connect(self.show_results)
        job.refused.connect(lambda error: show_error(self, error))
        job.finished.connect(self._ended)
        self.job = job
        self.summary.setText(self.tr("Checking…"))
        job.start(self)

    def _ended(self) -> None:
        self.job = None
        self.completeChanged.emit()

    def show_results(self, checked: DryRun) -> None:
        self.owner.checked = checked
        self.results.set_rows(checked.results)
        self.summary.setText(self.tr("Rows: %1 — ready: %2, likely duplicates: %3, in error: %4.")
                             .replace("%1", format_number(len(checked.results)))
                             .replace("%2", format_number(checked.count("ready")))
                             .replace("%3", format_number(checked.count("duplicate")))
                             .replace("%4", format_number(checked.count("error"))))
        self.duplicates.set_results(checked)
        self.leave_out.setVisible(checked.count("error") > 0)
        self.completeChanged.emit()

    def save_report(self) -> None:
        checked = self.owner.checked
        if checked is None:
            return
        name = Path(checked.sheet.name).stem + "-verification.xlsx"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                                    str(Path.home() / name), "Excel (*.xlsx)")
        if path:
            self.write_report(Path(path))

    def write_report(self, path: Path) -> None:
        if self.owner.checked is not None:
            write_whole(path, report_bytes(self.owner.checked))

    def isComplete(self) -> bool:
        checked = self.owner.checked
        if checked is None or self.job is not None:
            return False
        ready = checked.count("ready") + len(self.duplicates.choices())
        return ready > 0 and (checked.count("error") == 0 or self.leave_out.isChecked())


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("The import"))
        self.progress = QProgressBar()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.stop_button = QPushButton(self.tr("Stop (nothing will be imported)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.stop_button)
        layout.addStretch(1)
        self.job: BackgroundJob | None = None
        self.stop_button.clicked.connect(self.stop)

    def initializePage(self) -> None:
        sheet, mapping, context = self.owner.sheet, self.owner.mapping, self.owner.context
        if sheet is None or mapping is None:
            return
        check = self.owner.check_page
        choices, leave_out = check.duplicates.choices(), check.leave_out.isChecked()
        kept = check.duplicates.kept()
        db, actor = context.db, context.actor
        job = BackgroundJob(lambda running: runners.run_import(
            db, actor, sheet, mapping, choices=choices, leave_out_errors=leave_out,
            report=running.report, cancelled=running.is_cancelled, kept=kept))
        job.progress.connect(lambda done, total: _show_progress(self.progress, done, total))
        job.succeeded.connect(self.done_importing)
        job.stopped.connect(lambda: self.summary.setText(
            self.tr("Stopped: nothing was imported.")))
        job.refused.connect(lambda error: self.summary.setText(str(error)))
        job.finished.connect(self._ended)
        self.job = job
        self.summary.setText(self.tr("Importing…"))
        self.stop_button.setEnabled(True)
        job.start(self)

    def stop(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _ended(self) -> None:
        self.job = None
        self.stop_button.setEnabled(False)
        self.completeChanged.emit()

    def done_importing(self, done: Imported) -> None:
        self.owner.imported = done
        self.summary.setText(self.tr(
            "Rows imported: %1 (existing files completed: %3, linked: %4); rows left out: "
            "%2. The batch can be undone for 30 days in Import, as long as nobody has worked "
            "on what it brought.")
            .replace("%1", format_number(done.imported))
            .replace("%2", format_number(done.left_out))
            .replace("%3", format_number(done.merged))
            .replace("%4", format_number(done.linked)))
        self.owner.batch_imported.emit(done.batch_id)

    def isComplete(self) -> bool:
        return self.job is None


class ImportWizard(QWizard):
    batch_imported = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: Path | None = None
        self.sheet: Sheet | None = None
        self.mapping: Mapping | None = None
        self.checked: DryRun | None = None
        self.imported: Imported | None = None
        self.kind = "people"
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.import_page):
            self.addPage(page)
        open_at(self, 1000, 620)  # shrunk to the screen (a laptop at 150 %: 911×512)
