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
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.changes import ChangeKind
from cjeapp.core.documents import batches
from cjeapp.core.documents.batches import Batch
from cjeapp.core.errors import CjeError
from cjeapp.core.writers.whole_file import write_whole
from cjeapp.ui.background import BackgroundJob
from cjeapp.ui.context import AppContext
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
        self.worker: BackgroundJob | None = None
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Attestations for the group"))
        count = batches.batch_count(context.db, context.actor, activity_id)
        self.total = count
        intro = QLabel(self.tr("%1 participant(s) completed “%2”. Each gets an attestation "
                               "in their language: one PDF to print, and one file per "
                               "person.").replace("%1", str(count)).replace("%2", title))
        intro.setWordWrap(True)
        self.folder = QLineEdit(str(Path.home()))
        browse = QPushButton(self.tr("Choose…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, max(count, 1))
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Make the attestations"))
        self.start_button.setEnabled(count > 0)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Folder")))
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(folder_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        browse.clicked.connect(self._browse)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        open_at(self, 560, 220)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    @property
    def running(self) -> bool:
        return self.worker is not None and self.worker.running

    def start(self) -> None:
        if self.running:
            return
        self.start_button.setEnabled(False)
        self.status.setText(self.tr("Making the attestations…"))
        db, actor, activity_id = self.context.db, self.context.actor, self.activity_id
        folder, title = Path(self.folder.text()), self.title
        self.worker = BackgroundJob(lambda job: batches.participation_batch(
            db, actor, activity_id, on_progress=job.report, cancelled=job.is_cancelled,
            deliver=lambda batch: write_batch(batch, folder, title)))
        self.worker.progress.connect(self._progress)
        self.worker.succeeded.connect(self._done)
        self.worker.stopped.connect(self._stopped)
        self.worker.refused.connect(self._failed)
        self.worker.start(self)

    def cancel(self) -> None:
        if self.worker is not None and self.running:
            self.worker.cancel()
            self.status.setText(self.tr("Stopping…"))
        else:
            self.reject()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _done(self, batch: Batch) -> None:
        folder = Path(self.folder.text())
        self.written = [folder / f"{safe_file_name(self.title)}.pdf",
                        *(folder / f"{item.document.number}.pdf" for item in batch.documents)]
        self.status.setText(self.tr("%1 attestations issued; files in %2.").replace(
            "%1", str(len(batch.documents))).replace("%2", str(folder)))
        self.cancel_button.setText(self.tr("Close"))
        self.context.announce(ChangeKind.DOCUMENTS, origin=self)

    def _stopped(self) -> None:
        self.status.setText(self.tr("Stopped: no attestation was issued."))
        self.progress.setValue(0)
        self.start_button.setEnabled(True)

    def _failed(self, error: CjeError) -> None:
        self.status.setText(str(error))
        self.start_button.setEnabled(True)
