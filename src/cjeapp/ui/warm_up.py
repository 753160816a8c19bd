"""What signing in and the main window need, made ready on a worker thread while the
sign-in window waits for the person to type: the database engine, the models and the
main window's screens imported, SQLAlchemy's mappers configured (else the first query
does it, on the screen's thread), Canada's holidays loaded (the Today page's deadlines),
Babel's data for the language read. The other screens load after the main window is
painted (``load_the_rest``): two threads importing at once share one interpreter lock.

When « Se connecter » is clicked before that is done, the screen's thread waits for it
in its event loop (``wait_for_warm_up``): it keeps painting, and never blocks on the
import lock the worker holds (measured on a loaded machine: 4.0 s of 7.1 s)."""

from __future__ import annotations

import importlib
import logging
import threading

from PySide6.QtCore import QEventLoop
from PySide6.QtCore import QTimer

# Opening the file first (signing in can start: the key's derivation then runs on the
# screen's thread while this one goes on with the main window), then the main window.
# (the schema's check too: opening imports it late).
OPENING = ("cjeapp.core.staff.opening", "cjeapp.core.db.schema")
MAIN_WINDOW = "cjeapp.ui.main_window"
WARM_UP = (*OPENING, MAIN_WINDOW)
# The other screens, loaded after: sign-in does not wait for them (main_window imports
# each when its section is first shown).
LATER = ("cjeapp.ui.client_file.window", "cjeapp.ui.pages.desk_page",
         "cjeapp.ui.pages.clients_page", "cjeapp.ui.pages.agenda_page",
         "cjeapp.ui.pages.followups_page", "cjeapp.ui.pages.reminders_page",
         "cjeapp.ui.pages.transport_page", "cjeapp.ui.pages.activities_page",
         "cjeapp.ui.pages.reports_page", "cjeapp.ui.pages.partners_page",
         "cjeapp.ui.pages.privacy_page", "cjeapp.ui.pages.settings_page")
_POLL_MS = 10

log = logging.getLogger(__name__)
_warming: threading.Thread | None = None
_can_open = threading.Event()
_ready = threading.Event()
_rest = threading.Event()


def _prepare() -> None:
    try:
        _prepare_opening()
    finally:
        _can_open.set()
    try:
        _prepare_sign_in()
    finally:
        _ready.set()
    _rest.wait()
    try:
        for name in LATER:
            importlib.import_module(name)
    except Exception:  # imported again when its screen is shown, and said then
        log.exception("loading the screens ahead failed")


def _prepare_opening() -> None:
    try:
        for name in OPENING:
            importlib.import_module(name)
        from cjeapp.core.models import prepare_mappers

        prepare_mappers()
    except Exception:  # the screen's thread does it again, and says what went wrong
        log.exception("warming up failed")


def _prepare_sign_in() -> None:
    try:
        _prepare_opening()  # at once when done (tests call this alone)
        importlib.import_module(MAIN_WINDOW)
        from cjeapp.core.calendar.canada_holidays import canada_class

        canada_class()
        from cjeapp.core import clock
        from cjeapp.core.locale_format import format_datetime
        from cjeapp.core.locale_format import format_number

        format_datetime(clock.now())  # Babel's data for the chosen language, read once
        format_number(1)
    except Exception:  # the screen's thread does it again, and says what went wrong
        log.exception("warming up failed")


def warm_up() -> threading.Thread:
    """Start the preparation (once: a second call returns the running or done thread)."""
    global _warming
    if _warming is None:
        _warming = threading.Thread(target=_prepare, name="cjeapp-warm-up", daemon=True)
        _warming.start()
    return _warming


def load_the_rest() -> None:
    """Let the warm-up thread load the other screens (once the main window is painted)."""
    _rest.set()


def wait_for_warm_up(*, main_window: bool = True) -> None:
    """Return once what signing in needs is ready (with ``main_window`` False, what
    opening the file needs), the window painting meanwhile; at once when the preparation
    never started (tests) or is that far."""
    done = _ready if main_window else _can_open
    if _warming is None or done.is_set():
        return
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if done.is_set() else None)
    timer.start(_POLL_MS)
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    timer.stop()
