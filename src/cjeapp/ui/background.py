"""Long work (a batch of documents, the funder package) off the UI thread.

A ``BackgroundJob`` runs one function on its own thread. The function receives the job's
``report`` (to move the progress bar and say what it does) and ``is_cancelled`` (checked
by core between steps; core then raises ``Cancelled`` and keeps nothing). The screen
listens to ``succeeded``, ``stopped`` and ``refused``, always exactly one of them, then
``finished``. Any other error (a full disk, a bug) is logged, reaches ``refused`` as an
``Unexpected`` refusal, and is shown in a dialog: the screen is never left waiting."""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QObject
from PySide6.QtCore import QThread
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from cjeapp.core.errors import Cancelled
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import Unexpected
from cjeapp.ui.messages import show_error

log = logging.getLogger(__name__)




def while_shown(slot: Callable[..., None]) -> Callable[..., None]:
    """A screen's slot for a job's answer that does nothing once the screen is gone (a
    look started with ``start_looking`` may answer after its screen was closed)."""
    @functools.wraps(slot)
    def run(screen: QObject, *args: Any) -> None:
        if shiboken6.isValid(screen):
            slot(screen, *args)
    return run


class BackgroundJob(QObject):
    progress = Signal(int, int)  # done, total
    step = Signal(str)  # what is being done now
    succeeded = Signal(object)  # what the function returned
    stopped = Signal()  # cancelled: nothing was kept
    refused = Signal(object)  # the CjeError that stopped it
    finished = Signal()  # after any of the three above, once the thread has ended

    def __init__(self, work: Callable[[BackgroundJob], Any]) -> None:
        super().__init__()
        self.work = work
        self._cancel = threading.Event()
        self._thread: _Thread | None = None

    # -- for the work function, on the worker thread ----------------------------------------
    def report(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    # -- for the screen, on the UI thread ---------------------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, parent: QObject) -> None:
        """Run the work; the job itself stays on the UI thread, so its signals reach the
        screen queued, in order."""
        self._thread = _Thread(self, parent)
        self._thread.finished.connect(self._ended)
        if isinstance(parent, QWidget):
            self.refused.connect(lambda error: show_error(parent, error)
                                 if isinstance(error, Unexpected) else None)
        self._thread.start()

    def start_looking(self) -> None:
        """Run a short look (a folder, a count) whose answer a screen may no longer want:
        the thread belongs to the application, not to the screen, so a screen closed
        meanwhile never takes a running thread down with it; connect its signals to the
        screen's own methods (Qt drops them with the screen) and refusals are not shown."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("a QApplication runs the program")
        self.start(app)

    def cancel(self) -> None:
        self._cancel.set()

    def stop_and_wait(self) -> None:
        """Ask the work to stop and wait until its thread has ended (before closing)."""
        self._cancel.set()
        if self._thread is not None:
            self._thread.wait()

    def _run(self) -> None:
        try:
            result = self.work(self)
        except Cancelled:
            self.stopped.emit()
        except CjeError as error:
            self.refused.emit(error)
        except Exception as error:  # any other failure must still end the work visibly
            log.exception("background work failed")
            self.refused.emit(Unexpected(error))
        else:
            self.succeeded.emit(result)

    def _ended(self) -> None:
        self._thread = None
        self.finished.emit()


class _Thread(QThread):
    def __init__(self, job: BackgroundJob, parent: QObject) -> None:
        super().__init__(parent)
        self.job = job

    def run(self) -> None:
        self.job._run()
