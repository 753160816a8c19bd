"""The panel under every long piece of work: one job at a time, the bar moving, Cancel that
stops it, and the start button given back only once the work's thread has ended."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from cjeapp.core.errors import Cancelled
from cjeapp.core.errors import CjeError
from cjeapp.ui.background import BackgroundJob
from cjeapp.ui.widgets.job_panel import JobPanel


class Endings:
    def __init__(self) -> None:
        self.seen: list[object] = []

    def succeeded(self, result: object) -> None:
        self.seen.append(("succeeded", result))

    def stopped(self) -> None:
        self.seen.append("stopped")

    def refused(self, error: CjeError) -> None:
        self.seen.append(("refused", str(error)))


def test_work_moves_the_bar_and_gives_the_button_back_after_its_thread(qtbot: QtBot) -> None:
    panel = JobPanel("Start")
    qtbot.addWidget(panel)
    endings = Endings()
    release = threading.Event()

    def work(job: BackgroundJob) -> str:
        for done in range(1, 5):
            job.report(done, 4)
        release.wait(10)
        return "made"

    job = panel.run(work, "Working…", succeeded=endings.succeeded, stopped=endings.stopped,
                    refused=endings.refused)
    assert job is not None and panel.running and panel.status.text() == "Working…"
    assert not panel.start_button.isEnabled() and panel.cancel_button.isEnabled()
    assert panel.run(work, "Again", succeeded=endings.succeeded, stopped=endings.stopped,
                     refused=endings.refused) is None  # one at a time
    qtbot.waitUntil(lambda: panel.progress.value() == 4, timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: not panel.running, timeout=5000)
    assert endings.seen == [("succeeded", "made")]
    assert panel.progress.maximum() == 4
    assert panel.start_button.isEnabled() and not panel.cancel_button.isEnabled()


def test_cancel_stops_the_work_and_once_keeps_a_done_job_from_running_twice(
        qtbot: QtBot) -> None:
    closed: list[bool] = []
    panel = JobPanel("Issue", cancel_when_idle=True, once=True)
    panel.idle_cancel.connect(lambda: closed.append(True))
    qtbot.addWidget(panel)
    endings = Endings()
    started = threading.Event()

    def until_cancelled(job: BackgroundJob) -> None:
        started.set()
        while not job.is_cancelled():
            started.wait(0.01)
        raise Cancelled()

    panel.run(until_cancelled, "Issuing…", succeeded=endings.succeeded,
              stopped=endings.stopped, refused=endings.refused)
    assert started.wait(5)
    panel.cancel_button.click()
    assert panel.status.text() == "Stopping…" and closed == []  # stops, does not close
    qtbot.waitUntil(lambda: not panel.running, timeout=5000)
    assert endings.seen == ["stopped"] and panel.start_button.isEnabled()

    panel.run(lambda job: 3, "Issuing…", succeeded=endings.succeeded,
              stopped=endings.stopped, refused=endings.refused)
    qtbot.waitUntil(lambda: not panel.running, timeout=5000)
    assert endings.seen[-1] == ("succeeded", 3)
    assert not panel.start_button.isEnabled()  # issued once: not a second time
    panel.cancel_button.click()
    assert closed == [True]  # idle, Cancel does what the screen asked (closes it)


def test_a_refusal_gives_the_button_back(qtbot: QtBot) -> None:
    from cjeapp.core.i18n import N_
    from cjeapp.core.i18n import msg

    panel = JobPanel("Copy", once=True)
    qtbot.addWidget(panel)
    endings = Endings()

    def refuse(_job: BackgroundJob) -> None:
        raise CjeError(msg(N_("Unknown user name or wrong password.")))

    panel.run(refuse, "Copying…", succeeded=endings.succeeded, stopped=endings.stopped,
              refused=endings.refused)
    qtbot.waitUntil(lambda: not panel.running, timeout=5000)
    assert endings.seen == [("refused", "Unknown user name or wrong password.")]
    assert panel.start_button.isEnabled() and not panel.cancel_button.isEnabled()
