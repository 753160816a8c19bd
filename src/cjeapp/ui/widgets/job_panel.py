"""The lower half of a screen that starts one long piece of work at a time: its progress
bar, the sentence saying where it stands, and Cancel beside the button that starts it.

The panel owns the running ``BackgroundJob``: ``run`` starts one (refused while one runs),
moves the bar, turns the buttons and, once the job has ended, gives the start button back
(unless ``once``: work that must not be done twice, such as issuing a batch). The screen
gives ``run`` what to do on each of the job's endings (``succeeded``, ``stopped``,
``refused``) to say what came of it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.errors import CjeError
from cjeapp.ui.background import BackgroundJob


class JobPanel(QWidget):
    # Cancel clicked while nothing runs (with ``cancel_when_idle``): the dialog closes. A
    # signal, not a stored method of the dialog: a panel holding its dialog would make a
    # cycle for Python's collector, which may run on a worker's thread and destroy widgets
    # there (Qt then crashes later, anywhere).
    idle_cancel = Signal()

    def __init__(self, start_text: str, parent: QWidget | None = None, *,
                 cancel_when_idle: bool = False, once: bool = False) -> None:
        """``cancel_when_idle``: Cancel stays enabled when nothing runs and then sends
        ``idle_cancel``; without it Cancel is enabled only while the work runs."""
        super().__init__(parent)
        self.job: BackgroundJob | None = None
        self.cancel_when_idle = cancel_when_idle
        self.once = once
        self.succeeded_once = False
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.start_button = QPushButton(start_text)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(cancel_when_idle)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self.job is not None and self.job.running

    def run(self, work: Callable[[BackgroundJob], Any], busy_text: str, *,
            succeeded: Callable[[Any], None], stopped: Callable[[], None],
            refused: Callable[[CjeError], None]) -> BackgroundJob | None:
        """Start ``work`` off the screen's thread, its three endings connected before it
        starts; None while an earlier job still runs."""
        if self.running:
            return None
        job = BackgroundJob(work)
        job.succeeded.connect(succeeded)
        job.stopped.connect(stopped)
        job.refused.connect(refused)
        job.progress.connect(self._progress)
        job.succeeded.connect(self._succeeded)
        job.finished.connect(self._ended)
        self.job = job
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(busy_text)
        job.start(self)
        return job

    def cancel(self) -> None:
        if self.job is not None and self.running:
            self.job.cancel()
            self.status.setText(self.tr("Stopping…"))
        elif self.cancel_when_idle:
            self.idle_cancel.emit()

    def stop_and_wait(self) -> None:
        if self.job is not None:
            self.job.stop_and_wait()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _succeeded(self, _result: object) -> None:
        self.succeeded_once = True

    def _ended(self) -> None:
        self.start_button.setEnabled(not (self.once and self.succeeded_once))
        self.cancel_button.setEnabled(self.cancel_when_idle)
