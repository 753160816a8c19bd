"""Rapports: the funder package. Choose the period (fiscal year April 1 – March 31 by
default) and the profile (the organization's active one), validate (problems grouped by
kind with how many people each concerns, and a walk through their files:
package_findings), export the signed package off the UI thread, and see the dashboard."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core import clock
from cjeapp.core.errors import Cancelled
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import ValidationError
from cjeapp.core.locale_format import format_number
from cjeapp.core.permissions import Permission
from cjeapp.core.reporting import package
from cjeapp.core.reporting import package_verify
from cjeapp.core.reporting.board import fiscal_year
from cjeapp.core.reporting.dashboard import Dashboard
from cjeapp.core.reporting.dashboard import dashboard
from cjeapp.core.reporting.funder_fields import active_profile
from cjeapp.core.reporting.keys import believed_public_pem
from cjeapp.core.reporting.keys import public_key_for
from cjeapp.core.reporting.operations import Operations
from cjeapp.core.reporting.package_words import rows_in_words
from cjeapp.core.reporting.profile import Profile
from cjeapp.core.reporting.profile import ProfileError
from cjeapp.core.reporting.profile import load
from cjeapp.core.reporting.validation import Problem
from cjeapp.core.reporting.validation import validate_period
from cjeapp.core.search.finder import client_names
from cjeapp.ui.background import BackgroundJob
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.pdf_preview import page_images
from cjeapp.ui.files import chosen_file
from cjeapp.ui.files import save_bytes
from cjeapp.ui.messages import show_error
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import write
from cjeapp.ui.pages.package_findings import PackageFindings
from cjeapp.ui.widgets.date_field import DateField
from cjeapp.ui.widgets.fitting_columns import FittingColumns
from cjeapp.ui.widgets.flow_layout import FlowLayout
from cjeapp.ui.widgets.flow_layout import stretching
from cjeapp.ui.widgets.flow_layout import together
from cjeapp.ui.widgets.heading import page_heading
from cjeapp.ui.widgets.record_table import RecordTable
from cjeapp.ui.widgets.verify_box import VerifyBox


class ReportsPage(QWidget):
    open_field = Signal(str, str)  # client id, field name
    left_file = Signal(str)  # the walk through the findings moved on from this file

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # The organization's profile and the public key this person believes are read off
        # the screen's thread: what needs them waits for them (their buttons, the drop box).
        self.profile: Profile | None = None
        self.believed_pem: bytes | None = None
        self.worker: BackgroundJob | None = None
        self.last_problems: list[Problem] = []
        heading = page_heading(self.tr("Reports"))
        self.year = QComboBox()
        current = fiscal_year(clock.today())[0].year
        for start in range(current, current - 4, -1):
            self.year.addItem(f"{start}-{start + 1}", start)
        self.first = DateField("first")
        self.last = DateField("last")
        self.profile_label = QLabel()
        self.load_profile_button = QPushButton(self.tr("Load a profile…"))
        self.validate_button = QPushButton(self.tr("Validate"))
        self.export_button = QPushButton(self.tr("Export the package…"))
        self.export_button.setEnabled(context.can(Permission.FUNDER_EXPORT))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.key_button = QPushButton(self.tr("Public key for the funder…"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.hide()  # shown while a long task runs: a row less on a small screen
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.findings = PackageFindings()
        self.problems = self.findings.tree
        self.findings.open_field.connect(self.open_field)
        self.findings.left_file.connect(self.left_file)
        FittingColumns(self.problems)  # no sideways scrolling on a narrow window
        self.figures: RecordTable[tuple[str, str]] = RecordTable([
            Column(self.tr("Figure"), lambda f: f[0], width=300),
            Column(self.tr("Value"), lambda f: f[1]),
        ], sortable=False)
        self.charts = QWidget()
        self.charts_layout = QVBoxLayout(self.charts)
        charts_scroll = QScrollArea()
        charts_scroll.setWidgetResizable(True)
        charts_scroll.setWidget(self.charts)
        self.dashboard_button = QPushButton(self.tr("Show the figures"))
        self.summary_button = QPushButton(self.tr("Dashboard as PDF…"))
        top = FlowLayout()  # rows on two lines when the window is narrow (150 %)
        top.add_widgets(together(QLabel(self.tr("Fiscal year")), self.year),
                        together(QLabel(self.tr("from")), self.first,
                                 QLabel(self.tr("to")), self.last))
        top.add_stretch()
        top.add_widgets(self.profile_label, self.load_profile_button)
        actions = FlowLayout()
        actions.add_widgets(self.validate_button, self.export_button, self.cancel_button,
                            self.key_button, stretching(self.progress))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        problems_title = QLabel(self.tr("Problems found (errors block the package)"))
        problems_title.setWordWrap(True)
        left_layout.addWidget(problems_title)
        left_layout.addWidget(self.findings, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        dash_buttons = FlowLayout()
        dash_buttons.add_widgets(self.dashboard_button, self.summary_button)
        right_layout.addLayout(dash_buttons)
        right_layout.addWidget(self.figures)
        right_layout.addWidget(charts_scroll, 1)
        self.verify_box = VerifyBox(
            self.tr("Check a funder package before sending it: drop the .zip here."),
            "Zip (*.zip)", self._verify_package)
        left_layout.addWidget(self.verify_box)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self.year.currentIndexChanged.connect(lambda _i: self._set_year())
        self.load_profile_button.clicked.connect(self.choose_profile)
        self.validate_button.clicked.connect(self.run_validation)
        self.export_button.clicked.connect(self.choose_and_export)
        self.cancel_button.clicked.connect(self.cancel)
        self.key_button.setEnabled(context.can(Permission.FUNDER_EXPORT))
        self.key_button.clicked.connect(self.save_public_key)
        self.dashboard_button.clicked.connect(self.show_dashboard)
        self.summary_button.clicked.connect(self.save_dashboard)
        self._set_year()
        for waiting in (self.validate_button, self.export_button, self.dashboard_button,
                        self.summary_button, self.verify_box):
            waiting.setEnabled(False)
        db, actor = context.db, context.actor
        self._read: Query[tuple[Profile, bytes | None]] = Query(self, self._read_done)
        self._read.run(lambda: (active_profile(db), believed_public_pem(db, actor)))
        self._names: Query[tuple[list[Problem], dict[str, str]]] = Query(
            self, lambda named: self.findings.set_problems(*named))
        self._dashboard: Query[Dashboard] = Query(self, self._dashboard_read,
                                                  refused=self._dashboard_refused,
                                                  finished=self._dashboard_answered)
        self._dashboard_saved = False  # what the dashboard read is for: shown, or saved

    def _read_done(self, read: tuple[Profile, bytes | None]) -> None:
        profile, self.believed_pem = read
        if self.profile is None:  # not one loaded by hand meanwhile
            self.profile = profile
        self._show_profile()
        for button in (self.dashboard_button, self.summary_button, self.verify_box):
            button.setEnabled(True)
        if not self.busy:
            self._finished()

    # -- period and profile ---------------------------------------------------------------
    def _set_year(self) -> None:
        start = int(self.year.currentData())
        self.first.set_value(date(start, 4, 1))
        self.last.set_value(date(start + 1, 3, 31))

    def period(self) -> tuple[date, date] | None:
        try:
            first, last = self.first.value(), self.last.value()
        except ValidationError:
            first = last = None
        if first is None or last is None or last < first:
            self.status.setText(self.tr("Type a period: the first and the last day."))
            return None
        return first, last

    def _show_profile(self) -> None:
        if self.profile is not None:
            self.profile_label.setText(self.tr("Profile %1 %2").replace(
                "%1", self.profile.name).replace("%2", self.profile.version))

    def choose_profile(self) -> None:
        path = chosen_file(self, self.tr("Reporting profile"), "TOML (*.toml)")
        if path is not None:
            self.use_profile(str(path))

    def use_profile(self, path: str) -> None:
        try:
            self.profile = load(path)
        except ProfileError as error:
            self.status.setText(str(error))
            return
        self._show_profile()
        self.status.setText(self.tr("Profile loaded."))

    # -- validation ----------------------------------------------------------------------
    def run_validation(self) -> None:
        """Check the period against the profile, off the UI thread (a year of a large
        organization takes seconds); the problems are listed when it is done."""
        period = self.period()
        if period is None or self.busy or self.profile is None:
            return
        db, actor, profile = self.context.db, self.context.actor, self.profile

        def validate(_job: BackgroundJob) -> tuple[list[Problem], dict[str, str]]:
            found = validate_period(db, actor, profile, *period)
            return found, client_names(db, actor, {p.client_id for p in found if p.client_id})

        self._run(BackgroundJob(validate), self.tr("Validating…"))
        if self.worker is not None:
            self.worker.succeeded.connect(lambda result: self.show_problems(*result))

    def list_problems(self, found: list[Problem]) -> None:
        """The problems an export found, listed once their people's names are read (off
        the screen's thread); the status says what came of the export."""
        self.last_problems = found
        db, actor = self.context.db, self.context.actor
        ids: set[str] = {p.client_id for p in found if p.client_id}
        self._names.run(lambda: (found, client_names(db, actor, ids)))

    def show_problems(self, found: list[Problem], names: dict[str, str]) -> None:
        self.last_problems = found
        self.findings.set_problems(found, names)
        errors = sum(1 for p in found if p.error)
        self.status.setText(self.tr("%n error(s)", "", errors) + ", "
                            + self.tr("%n warning(s).", "", len(found) - errors))

    def save_public_key(self) -> None:
        """The public keys to give the funder (the one this person believes), audited."""
        db, actor = self.context.db, self.context.actor
        write(self, lambda: public_key_for(db, actor),
              self._save_key, refused=lambda error: show_error(self, error))

    def _save_key(self, pem: bytes) -> None:
        save_bytes(self, pem, "cle-publique.pem", "PEM (*.pem)")

    def _verify_package(self, path: Path) -> tuple[bool, str]:
        # on the verify box's worker (plain attributes read, no widget): the key the person
        # signed in now trusts, as it is now (one handed over while the page is open, a
        # colleague who took the seat meanwhile)
        context = self.context
        verdict = package_verify.verify(path, believed_public_pem(context.db, context.actor))
        return verdict.intact and verdict.signer_verified, verdict.reason.render()

    # -- export --------------------------------------------------------------------------
    def choose_and_export(self) -> None:
        period = self.period()
        if period is None or self.profile is None:
            return
        name = f"{self.profile.name}-{period[0]:%Y%m%d}-{period[1]:%Y%m%d}.zip"
        target, _filter = QFileDialog.getSaveFileName(self, self.tr("Package"), name,
                                                      "Zip (*.zip)")
        if target:
            self.export_to(Path(target))

    def export_to(self, out: Path) -> None:
        period = self.period()
        if period is None or self.busy or self.profile is None:
            return
        db, actor, profile = self.context.db, self.context.actor, self.profile
        first, last = period
        self._run(BackgroundJob(lambda job: package.build(
            db, actor, profile, first, last, out,
            sequence=package.next_sequence(db, actor, profile, first, last),
            on_progress=job.step.emit, cancelled=job.is_cancelled)), self.tr("Exporting…"))
        if self.worker is not None:
            self.worker.step.connect(lambda table: self.status.setText(
                self.tr("Exporting %1…").replace("%1", table)))
            self.worker.succeeded.connect(self._exported)

    def _run(self, job: BackgroundJob, doing: str) -> None:
        """One long task at a time: its progress shown, cancellable, any ending reported."""
        self.worker = job
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.export_button.setEnabled(False)
        self.validate_button.setEnabled(False)
        self.status.setText(doing)
        job.refused.connect(self._refused)
        job.stopped.connect(lambda: self.status.setText(str(Cancelled())))
        job.finished.connect(self._finished)
        job.start(self)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _exported(self, result: package.PackageResult) -> None:
        rows = rows_in_words(result.row_counts)
        self.list_problems(result.warnings)
        self.status.setText(self.tr("Package written: %1 (%2).").replace(
            "%1", str(result.path)).replace("%2", rows))

    def _refused(self, error: CjeError) -> None:
        if not isinstance(error, package.PackageRefused):
            self.status.setText(str(error))
            return
        self.list_problems(error.problems)
        self.status.setText(self.tr("The package was not written: fix the errors listed."))

    def _finished(self) -> None:
        self.worker = None
        self.progress.setRange(0, 1)
        self.progress.hide()
        self.cancel_button.setEnabled(False)
        ready = self.profile is not None  # nothing to validate with until it is read
        self.validate_button.setEnabled(ready)
        self.export_button.setEnabled(ready and self.context.can(Permission.FUNDER_EXPORT))

    @property
    def busy(self) -> bool:
        """Validating or exporting."""
        return self.worker is not None and self.worker.running

    # -- dashboard -----------------------------------------------------------------------
    def read_dashboard(self, *, save: bool) -> None:
        """The dashboard of the period, made off the screen's thread; then shown, or its
        PDF saved."""
        period = self.period()
        if period is None or self.profile is None:
            return
        db, actor, profile = self.context.db, self.context.actor, self.profile
        self._dashboard_saved = save
        for button in (self.dashboard_button, self.summary_button):
            button.setEnabled(False)  # once at a time
        self._dashboard.run(lambda: dashboard(db, actor, profile, *period))

    def _dashboard_answered(self) -> None:
        """Whatever came of it (an unexpected failure included): asked again at will."""
        for button in (self.dashboard_button, self.summary_button):
            button.setEnabled(True)

    def _dashboard_refused(self, error: CjeError) -> None:
        show_error(self, error)

    def _dashboard_read(self, board: Dashboard) -> None:
        self._show_operations(board.operations, board.counts)
        if self._dashboard_saved:
            save_bytes(self, board.pdf, "tableau-de-bord.pdf", "PDF (*.pdf)")
        else:
            self._show_charts(board.pdf)

    def _show_operations(self, figures: Operations, counts: dict[str, int]) -> None:
        self.figures.set_rows([(self.tr("People served"), format_number(counts.get("persons", 0))),
                (self.tr("Services"), format_number(counts.get("services", 0))),
                (self.tr("Walk-ins"), format_number(figures.walk_ins)),
                (self.tr("Median wait at the desk (min)"),
                 format_number(figures.median_wait_minutes or 0)),
                (self.tr("Requests answered"), format_number(figures.requests)),
                (self.tr("Median time to answer (h)"),
                 format_number(figures.median_answer_hours or 0)),
                (self.tr("Answered within the deadline"), format_number(figures.answered_on_time)),
                (self.tr("Appointments kept or missed"), format_number(figures.appointments)),
                (self.tr("No-shows"), format_number(figures.no_shows))])

    def show_dashboard(self) -> None:
        self.read_dashboard(save=False)

    def _show_charts(self, pdf: bytes) -> None:
        while self.charts_layout.count():
            item = self.charts_layout.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        for image in page_images(pdf, 70):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            self.charts_layout.addWidget(label)

    def save_dashboard(self) -> None:
        self.read_dashboard(save=True)
