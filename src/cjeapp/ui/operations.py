"""The screens' database work, off the screen's thread.

A screen never waits for the database: it hands core work to the runner, which runs it on
a worker and gives the answer back on the screen's thread.

- ``Query``: one answer a screen waits for (its search results, its week, a tab's rows).
  A new request replaces the one still running: that one's statement is interrupted
  (``core.db.interrupt``) and its answer dropped. Reads run on a few workers at once (on
  SQLite each on its own connection; WAL lets them read while one writes).
- ``write``: an action that saves. Writes run one after the other on one worker (SQLite
  has one writer); each answer is given back, in order.

A refusal (a ``CjeError``) is shown under the form that asked (its ``refusals`` label), or
given to the screen's own ``refused``, or else shown in a dialog; any other failure is
logged and shown as ``Unexpected``. An answer for a screen closed meanwhile is dropped.
The database tells every open screen what a write changed (``ui.context.DataEvents``)."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from concurrent import futures
from concurrent.futures import Future
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from typing import Generic
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QWidget

from cjeapp.core.db import interrupt
from cjeapp.core.errors import Cancelled
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import Unexpected
from cjeapp.ui import accessible_names
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import report_refusal
from cjeapp.ui.messages import show_error

log = logging.getLogger(__name__)

T = TypeVar("T")
E = TypeVar("E", bound=BaseException)
READERS = 2  # reads at once; more would only queue on two cores and one file


class _Job:
    def __init__(self, owner: QObject, work: Callable[[], Any], done: Callable[[Any], None],
                 refusals: QLabel | None, refused: Callable[[CjeError], None] | None) -> None:
        self.owner = owner
        self.work = work
        self.done = done
        self.refusals = refusals
        self.refused = refused
        self.stop = interrupt.Stop()
        self.dropped = False
        self.ended: Callable[[_Job], None] | None = None  # told first, whatever came of it
        self.reading: Future[None] | None = None  # a read's run on its worker



def _perform(work: Callable[[], Any], stop: interrupt.Stop) -> tuple[str, Any]:
    """On the worker: what came of the work, told back to the screen's thread. An error
    goes back without its tracebacks, its own nor those of the errors it was raised from:
    their frames hold the work's locals (screens among them), which must never be let go
    of on a worker thread."""
    try:
        with interrupt.stoppable(stop):
            return "done", work()
    except Cancelled:
        return "stopped", None
    except CjeError as error:
        return "refused", _bare(error)
    except Exception as error:  # any other failure must still end visibly
        if stop.stopped:
            return "stopped", None
        log.exception("the screen's database work failed")
        return "failed", Unexpected(_bare(error))


def _bare(error: E) -> E:
    """``error`` with no traceback, nor any in the chain it was raised from."""
    seen: set[int] = set()
    link: BaseException | None = error
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        following = link.__cause__ or link.__context__
        link.__traceback__ = None
        link.__cause__ = link.__context__ = None
        link = following
    return error


class Runner(QObject):
    """The application's workers; screens reach it through ``Query`` and ``write``."""

    _ended = Signal(object, str, object)  # the job's key, how, result or error

    def __init__(self) -> None:
        super().__init__()
        self._reads = ThreadPoolExecutor(READERS, thread_name_prefix="cjeapp-read")
        self._writes = ThreadPoolExecutor(1, thread_name_prefix="cjeapp-write")
        self._pending = 0
        self._jobs: dict[int, _Job] = {}
        self._keys = itertools.count()
        self._ended.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def idle(self) -> bool:
        """Nothing running and no answer waiting to be given back."""
        return self._pending == 0

    def submit(self, job: _Job, *, writes: bool) -> None:
        self._pending += 1
        key = next(self._keys)
        self._jobs[key] = job  # held here, and let go of here, on the screen's thread
        running = (self._writes if writes else self._reads).submit(self._run, key)
        if not writes:
            job.reading = running

    def _run(self, key: int) -> None:
        # The worker holds no reference to the job, nor to its work, once it tells its
        # answer: the last one must go on the screen's thread (a widget, or a closure
        # holding one, deleted on a worker thread takes the program down).
        job = self._jobs[key]
        work, stop = job.work, job.stop
        del job
        how, value = _perform(work, stop)
        del work
        answer = [value]  # emptied on the screen's thread: the worker never holds it last
        del value
        self._ended.emit(key, how, answer)

    def _deliver(self, key: int, how: str, answer: list[Any]) -> None:
        job = self._jobs.pop(key)
        value = answer.pop()
        try:
            if job.ended is not None:
                job.ended(job)
            if job.dropped or how == "stopped" or not shiboken6.isValid(job.owner):
                return
            if how == "done":
                job.done(value)
                if isinstance(job.owner, QWidget):  # names read from the text just shown
                    accessible_names.look_again(job.owner.window())
            else:
                _refuse(job, value)
        finally:  # after the answer, which may have asked for more work
            self._pending -= 1

    def wait_for_writes(self) -> None:
        """Wait until every write asked for so far is done (a window closing, before its
        database closes): the one writer runs them in order."""
        self._writes.submit(_nothing, None).result()

    def settle(self, windows: set[QWidget]) -> None:
        """Before ``windows`` close with their database: their reads still running are
        stopped and waited for (their answers dropped), and every write asked for is done;
        no work of theirs uses the database after it is closed."""
        reads: list[Future[None]] = []
        for job in list(self._jobs.values()):
            owner = job.owner
            mine = not shiboken6.isValid(owner) or (
                isinstance(owner, QWidget) and owner.window() in windows)
            if mine and job.reading is not None:
                job.dropped = True
                job.stop.stop()
                reads.append(job.reading)
        futures.wait(reads, timeout=10)
        self.wait_for_writes()


def _refuse(job: _Job, error: CjeError) -> None:
    if isinstance(error, Unexpected):
        show_error(_window(job.owner), error)
    elif job.refused is not None:
        job.refused(error)
    elif job.refusals is not None:
        job.refusals.setText(str(error))
        job.refusals.show()
    else:
        show_error(_window(job.owner), error)


def _window(owner: QObject) -> QWidget | None:
    return owner if isinstance(owner, QWidget) else None


_runner: Runner | None = None


def runner() -> Runner:
    """The application's runner (made with the first work asked of it)."""
    global _runner
    if _runner is None or not shiboken6.isValid(_runner):
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("a QApplication runs the program")
        _runner = Runner()
        _runner.setParent(app)
    return _runner


class Query(Generic[T]):
    """One answer ``owner`` waits for, given to ``done`` on its thread; a new ``run``
    replaces the one still running (interrupted, its answer dropped). With ``writes``, a
    read that writes too (its reading logged) runs on the one writer."""

    def __init__(self, owner: QObject, done: Callable[[T], None], *,
                 refusals: QLabel | None = None,
                 refused: Callable[[CjeError], None] | None = None,
                 writes: bool = False,
                 finished: Callable[[], None] | None = None) -> None:
        self.owner = owner
        self.writes = writes  # a read that is logged (confidential notes): on the writer
        self.done = done
        self.refusals = refusals
        self.refused = refused
        # told first, whatever came of the answer awaited (done, refused or failed): the
        # buttons that wait for it are usable again; not told for an answer replaced
        self.finished = finished
        self._job: _Job | None = None

    @property
    def running(self) -> bool:
        return self._job is not None

    def run(self, work: Callable[[], T]) -> None:
        self.cancel()
        job = _Job(self.owner, work, self.done, self.refusals, self.refused)
        job.ended = self._ended
        self._job = job
        runner().submit(job, writes=self.writes)

    def cancel(self) -> None:
        """The answer still awaited is no longer wanted: its statement is stopped."""
        if self._job is not None:
            self._job.dropped = True
            self._job.stop.stop()
            self._job = None

    def _ended(self, job: _Job) -> None:
        if self._job is job:
            self._job = None
            if self.finished is not None and not job.dropped and shiboken6.isValid(job.owner):
                self.finished()


def write(owner: QObject, work: Callable[[], T], done: Callable[[T], None] | None = None,
          *, refusals: QLabel | None = None,
          refused: Callable[[CjeError], None] | None = None,
          finished: Callable[[], None] | None = None,
          busy: QWidget | None = None) -> None:
    """Save on the one writer; ``done`` gets what ``work`` returned, on ``owner``'s thread.
    A refusal clears nothing the person typed: it is shown and the form stays as it was.
    ``finished`` is told first, whatever came of it (done, refused or failed), while
    ``owner`` is open: a form waiting for the answer is made usable again there.

    ``busy``, the button that asks: disabled until the answer, whatever it is; asked
    again meanwhile (a second click, Enter in a field), the save is not asked twice."""
    if busy is not None:
        if busy.property(_WAITING):
            return  # the same save asked again before its answer: once is enough
        busy.setProperty(_WAITING, True)
        busy.setEnabled(False)
        finished = _and_usable_again(busy, finished)
    if refusals is not None:
        refusals.clear()
    events = getattr(getattr(owner, "context", None), "events", None)
    if events is not None:  # its changes carry the screen that asked (DataEvents.acting)
        work = _acting_for(events, owner, work)
    job = _Job(owner, work, done or _nothing, refusals, refused)
    if finished is not None:
        told = finished
        job.ended = lambda ended: (told() if shiboken6.isValid(ended.owner)
                                   and not ended.dropped else None)
    runner().submit(job, writes=True)


_WAITING = "cjeapp_waiting_for_its_save"


def _and_usable_again(button: QWidget,
                      finished: Callable[[], None] | None) -> Callable[[], None]:
    def usable_again() -> None:
        if shiboken6.isValid(button):
            button.setProperty(_WAITING, False)
            button.setEnabled(True)
        if finished is not None:
            finished()
    return usable_again


def _acting_for(events: Any, owner: QObject, work: Callable[[], T]) -> Callable[[], T]:
    """The work, run on the worker as asked by ``owner``: the screen that asked shows its
    own result (``done``), so the changes it made do not refresh it a second time."""
    def acting() -> T:
        with events.acting(owner):
            return work()
    return acting


def _nothing(_value: object) -> None:
    return None


def under_fields(widget: QWidget) -> Callable[[CjeError], None]:
    """A write's refusal shown as ``messages.reports_refusals`` shows a slot's: under the
    fields of the widget's ``errors`` when it has them, else in a dialog."""
    def refuse(error: CjeError) -> None:
        errors = getattr(widget, "errors", None)
        report_refusal(widget, error, errors if isinstance(errors, FieldErrors) else None)
    return refuse
