"""Attestations for a whole group: made off the UI thread with a progress bar; Cancel
stops it and nothing is registered or written. Files are written only when all are made."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.documents import batches
from cjeapp.core.documents.batches import Batch
from cjeapp.core.errors import CjeError
from cjeapp.core.writers.whole_file import write_whole
from cjeapp.ui.background import BackgroundJob
from cjeapp.ui.context import AppContext
from cjeapp.ui.operations import Query
from cjeapp.ui.widgets.job_panel import JobPanel
from cjeapp.ui.window_size import open_at


def safe_file_name(text: str) -> str:
    return re.sub(r"[^\w\- ]+", "", text, flags=re.UNICODE).strip() or "document"


def write_batch(batch: Batch, folder: Path, title: str) -> None:
    """The combined PDF and one file per person; on a failure (a full disk, a folder that
    cannot be written) the files already written are removed and the error goes on."""
    written: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for path, data in ((folder / f"{safe_file_name(title)}.pdf", batch.combined),
                           *((folder / f"{item.document.number}.pdf", item.pdf)
                             for item in batch.documents)):
            written.append(path)
            write_whole(path, data)
    except OSError:
        for path in written:
            path.unlink(missing_ok=True)
        raise


class BatchDialog(QDialog):
    def __init__(self, context: AppContext, activity_id: str, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.activity_id = activity_id
        self.title = title
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Attestations for the group"))
        self.total = 0  # how many completed the activity, read off the screen's thread
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.folder = QLineEdit(str(Path.home()))
        browse = QPushButton(self.tr("Choose…"))
        self.panel = JobPanel(self.tr("Make the attestations"), cancel_when_idle=True,
                              once=True)
        self.panel.idle_cancel.connect(self.reject)
        self.progress, self.status = self.panel.progress, self.panel.status
        self.start_button, self.cancel_button = self.panel.start_button, self.panel.cancel_button
        self.start_button.setEnabled(False)  # until the participants are counted
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Folder")))
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(folder_row)
        layout.addWidget(self.panel)
        browse.clicked.connect(self._browse)
        self.start_button.clicked.connect(self.start)
        open_at(self, 560, 220)
        self._count: Query[int] = Query(self, self._counted)
        db, actor = context.db, context.actor
        self._count.run(lambda: batches.batch_count(db, actor, activity_id))

    def _counted(self, count: int) -> None:
        self.total = count
        self.intro.setText(self.tr("%n participant(s) completed “%1”. Each gets an attestation "
                                   "in their language: one PDF to print, and one file per "
                                   "person.", "", count).replace("%1", self.title))
        self.progress.setRange(0, max(count, 1))
        self.start_button.setEnabled(count > 0)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    @property
    def worker(self) -> BackgroundJob | None:
        return self.panel.job

    @property
    def running(self) -> bool:
        return self.panel.running

    def start(self) -> None:
        db, actor, activity_id = self.context.db, self.context.actor, self.activity_id
        folder, title = Path(self.folder.text()), self.title
        self.panel.run(lambda job: batches.participation_batch(
            db, actor, activity_id, on_progress=job.report, cancelled=job.is_cancelled,
            deliver=lambda batch: write_batch(batch, folder, title)),
            self.tr("Making the attestations…"),
            succeeded=self._done, stopped=self._stopped, refused=self._failed)

    def cancel(self) -> None:
        self.panel.cancel()

    def _done(self, batch: Batch) -> None:
        folder = Path(self.folder.text())
        self.written = [folder / f"{safe_file_name(self.title)}.pdf",
                        *(folder / f"{item.document.number}.pdf" for item in batch.documents)]
        self.status.setText(self.tr("%1 attestations issued; files in %2.").replace(
            "%1", str(len(batch.documents))).replace("%2", str(folder)))
        self.cancel_button.setText(self.tr("Close"))

    def _stopped(self) -> None:
        self.status.setText(self.tr("Stopped: no attestation was issued."))
        self.progress.setValue(0)

    def _failed(self, error: CjeError) -> None:
        self.status.setText(str(error))
