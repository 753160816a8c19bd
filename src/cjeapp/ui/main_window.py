"""The main window: navigation on the left (what the role may use), the screen on the right.

Ctrl+F (or F3) puts the cursor in the search box from anywhere; Esc goes back to the
previous screen; Ctrl+L locks the session (idle sessions lock by themselves); Ctrl+Shift+L
lets a colleague sign in at the same desk, this session kept for its owner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtGui import QCloseEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QStackedWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.backups.automatic import make_backup
from cjeapp.core.backups.folder import BackupFile
from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.codelists import codelist
from cjeapp.core.custody import keeping
from cjeapp.core.custody.held import Secret
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import Inconsistent
from cjeapp.core.ids import ClientId
from cjeapp.core.org import organization
from cjeapp.core.org import settings
from cjeapp.core.permissions import Actor
from cjeapp.ui import operations
from cjeapp.ui.background import BackgroundJob
from cjeapp.ui.backups import DailyBackups
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.keys_dialog import KeysDialog
from cjeapp.ui.findings_status import FindingsStatus
from cjeapp.ui.laptop_exchange import LaptopExchange
from cjeapp.ui.lock import IdleWatcher
from cjeapp.ui.lock import LockDialog
from cjeapp.ui.messages import show_error
from cjeapp.ui.navigation import Section
from cjeapp.ui.navigation import sections_for
from cjeapp.ui.operations import Query
from cjeapp.ui.pages.placeholder import PlaceholderPage
from cjeapp.ui.pages.today_page import TodayPage
from cjeapp.ui.widgets.backup_banner import BackupBanner
from cjeapp.ui.widgets.drawn_icons import section_icon
from cjeapp.ui.window_size import open_at

if TYPE_CHECKING:
    from cjeapp.ui.client_file.window import ClientFileWindow

NAVIGATION_WIDTH = 212  # « Transport et logement » and its icon, at 11 pt


class MainWindow(QMainWindow):
    # A colleague signs in at this desk (from Session or the lock screen): see DeskSessions.
    change_person_requested = Signal()

    def __init__(self, db: Database, actor: Actor) -> None:
        super().__init__()
        # Asked before the window closes; False keeps it open (DeskSessions: the other
        # people's sessions kept at this desk).
        self.before_close: Callable[[], bool] | None = None
        self.parked = False  # locked and put aside while a colleague uses the desk
        self.context = AppContext(db, actor)
        self.client_windows: dict[str, ClientFileWindow] = {}
        self._history: list[int] = []
        self.lock_dialog: LockDialog | None = None
        self._integrity_job: BackgroundJob | None = None
        self._hidden_for_lock: list[QWidget] = []
        self.restore_from: BackupFile | None = None  # asked in Settings: done once closed
        self.backups = DailyBackups(self.context, self)
        self._banner_job: BackgroundJob | None = None
        self._damage_said = False
        # The organization's name and the delay before locking are read off the screen's
        # thread: the window paints first (named by the program until the answer).
        self.setWindowTitle("cjeapp")
        self._settings: Query[tuple[str, int]] = Query(self, self._settings_read)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setFixedWidth(NAVIGATION_WIDTH)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setSpacing(3)
        self.navigation.setStyleSheet("QListWidget { font-size: 11pt; }")
        self.pages = QStackedWidget()
        self.sections = sections_for(actor)
        # Screens are built the first time they are shown, so signing in stays quick.
        self._built: set[int] = set()
        for section in self.sections:
            item = QListWidgetItem(section_icon(section.key), section.translated_title())
            item.setToolTip(section.translated_title())  # shortened at 150 % scaling
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.navigation.addItem(item)
            self.pages.addWidget(QWidget())
        self.navigation.currentRowChanged.connect(self._on_section)
        self.banner = BackupBanner(self.context)
        self.banner.backup_now.connect(self.backup_now)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.banner)
        right.addWidget(self.pages, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        role = codelist("roles").label(actor.role.value)
        self.statusBar().addPermanentWidget(QLabel(f"{actor.full_name} · {role}"))
        self.findings = FindingsStatus(self.context, self)
        self.findings.open_client.connect(self.open_client)
        self.statusBar().addPermanentWidget(self.findings.button)
        self.keys_button = QPushButton()  # colleagues waiting for the keys, when any
        self.keys_button.setFlat(True)
        self.keys_button.setStyleSheet("QPushButton { color: #7a4d00; font-weight: bold; }")
        self.keys_button.setAccessibleName(self.tr("Colleagues waiting for the keys"))
        self.keys_button.hide()
        self.keys_button.clicked.connect(self.show_keys)
        self.statusBar().addPermanentWidget(self.keys_button)
        self.backups.damaged.connect(self._file_damaged)
        self.laptop = LaptopExchange(self.context, self)
        self.laptop.found.connect(self._add_laptop_actions)
        self._build_menu()
        self.lock_minutes = settings.DEFAULT_LOCK_MINUTES  # until the file's is read
        self.idle = IdleWatcher(self.lock_minutes, self)
        self.idle.idle.connect(self.lock)
        self.read_settings()
        self.context.events.changed.connect(self._on_changed)
        if self.sections:
            self.navigation.setCurrentRow(0)
        open_at(self, 1280, 690)

    def read_settings(self) -> None:
        """The organization's name (the window's title) and the delay before locking."""
        db = self.context.db
        self._settings.run(lambda: (organization.organization_name(db),
                                    settings.lock_minutes(db)))

    def _settings_read(self, read: tuple[str, int]) -> None:
        name, minutes = read
        self.setWindowTitle(self.tr("cjeapp — %1").replace("%1", name))
        if minutes == self.lock_minutes:
            return
        self.lock_minutes = minutes
        if self.parked:  # its timer waits for the session to be back (resume)
            self.idle.timer.setInterval(minutes * 60_000)
        else:
            self.idle.set_minutes(minutes)

    def check_file_in_background(self, whole_file: bool = True) -> BackgroundJob | None:
        """SQLite's integrity check of the open file, after sign-in and off the screen's
        thread (it grows with the file): a damaged file is said in a dialog and stays said
        in the status bar. The points left to resolve are counted then too. With
        ``whole_file`` False, only those (a colleague's session on a file already checked)."""
        db = self.context.db
        self.findings.count()
        self.count_waiting_for_keys()
        if db.on_server or not whole_file:
            return None  # the server checks itself (pg_amcheck): not a seat's work
        job = BackgroundJob(lambda running: db.check_integrity(running.is_cancelled))
        job.refused.connect(self._file_damaged)
        job.succeeded.connect(lambda _result: self.statusBar().showMessage(
            self.tr("Integrity check of the database: no problem found."), 8000))
        self._integrity_job = job
        job.start(self)
        return job

    def count_waiting_for_keys(self) -> BackgroundJob | None:
        """How many colleagues wait for the keys this person could hand them (off the
        screen's thread; nothing for whom holds no keys)."""
        keys = self.context.actor.keys
        if keys is None or keys.newest(Secret.SIGNING) is None:
            return None
        db, actor = self.context.db, self.context.actor
        job = BackgroundJob(lambda _running: len(keeping.waiting_for_keys(db, actor)))
        job.succeeded.connect(self._waiting_counted)
        self._keys_job = job
        job.start_looking()
        return job

    def _waiting_counted(self, waiting: int) -> None:
        self.keys_button.setVisible(waiting > 0)
        self.keys_button.setText(self.tr("%n colleague(s) waiting for the keys", "", waiting))

    def show_keys(self) -> None:
        dialog = KeysDialog(self.context, self)
        dialog.exec()
        self.count_waiting_for_keys()

    def _file_damaged(self, error: CjeError) -> None:
        """Said once, whoever found it first (the integrity check, or a backup refused
        because the file is damaged)."""
        if self._damage_said:
            return
        self._damage_said = True
        warning = QLabel(self.tr("Damaged database: make no changes and call for help."))
        warning.setStyleSheet("color: white; background: #b00020; padding: 2px 6px;")
        self.statusBar().addWidget(warning)
        show_error(self, error)

    # -- pages ---------------------------------------------------------------------------
    def _build_page(self, section: Section) -> QWidget:
        # Each page's module is imported here, not with this one: signing in waits for
        # Today's only (the others load on the warm-up thread after it, see ui.warm_up).
        if section.key == "today":
            today_page = TodayPage(self.context)
            today_page.open_client.connect(self.open_client)
            today_page.go_to.connect(self.show_section)
            return today_page
        if section.key == "desk":
            from cjeapp.ui.pages.desk_page import DeskPage

            desk = DeskPage(self.context)
            desk.open_client.connect(self.open_client)
            desk.open_field.connect(self.open_client_at)
            return desk
        if section.key == "clients":
            from cjeapp.ui.pages.clients_page import ClientsPage

            clients_page = ClientsPage(self.context)
            clients_page.open_client.connect(self.open_client)
            return clients_page
        if section.key == "agenda":
            from cjeapp.ui.pages.agenda_page import AgendaPage

            return AgendaPage(self.context)
        if section.key == "reminders":
            from cjeapp.ui.pages.reminders_page import RemindersPage

            return RemindersPage(self.context)
        if section.key == "followups":
            from cjeapp.ui.pages.followups_page import FollowUpsPage

            followups_page = FollowUpsPage(self.context)
            followups_page.open_client.connect(self.open_client)
            return followups_page
        if section.key == "transport":
            from cjeapp.ui.pages.transport_page import TransportPage

            return TransportPage(self.context)
        if section.key == "activities":
            from cjeapp.ui.pages.activities_page import ActivitiesPage

            return ActivitiesPage(self.context)
        if section.key == "reports":
            from cjeapp.ui.pages.reports_page import ReportsPage

            reports = ReportsPage(self.context)
            reports.open_field.connect(self.open_client_at)
            reports.left_file.connect(self.let_go_of_client)
            return reports
        if section.key == "board":
            from cjeapp.ui.pages.board_page import BoardPage  # only for who reads reports

            board_page = BoardPage(self.context)
            board_page.open_client.connect(self.open_client)
            return board_page
        if section.key == "exchange":
            from cjeapp.ui.pages.exchange_page import ExchangePage  # only for coordination

            exchange_page = ExchangePage(self.context)
            exchange_page.open_client.connect(self.open_client)
            return exchange_page
        if section.key == "imports":
            from cjeapp.ui.pages.imports_page import ImportsPage  # only for who imports

            return ImportsPage(self.context)
        if section.key == "partners":
            from cjeapp.ui.pages.partners_page import PartnersPage

            return PartnersPage(self.context)
        if section.key == "settings":
            from cjeapp.ui.pages.settings_page import SettingsPage

            settings_page = SettingsPage(self.context)
            if settings_page.backups is not None:
                settings_page.backups.restore_requested.connect(self.restore_after_closing)
            return settings_page
        if section.key == "privacy":
            from cjeapp.ui.pages.privacy_page import PrivacyPage

            privacy = PrivacyPage(self.context)
            privacy.open_client.connect(self.open_client)
            return privacy
        return PlaceholderPage(section.translated_title())

    def _page(self, index: int) -> QWidget:
        if index not in self._built:
            placeholder = self.pages.widget(index)
            self.pages.insertWidget(index, self._build_page(self.sections[index]))
            if placeholder is not None:
                self.pages.removeWidget(placeholder)
                placeholder.deleteLater()
            self._built.add(index)
        built = self.pages.widget(index)
        if not (built is not None):
            raise Inconsistent("built is not None")
        return built

    def _on_section(self, row: int) -> None:
        previous = self.pages.currentIndex()
        if previous != row and previous >= 0:
            self._history.append(previous)
        self._page(row)
        self.pages.setCurrentIndex(row)

    def section_keys(self) -> list[str]:
        return [section.key for section in self.sections]

    def show_section(self, key: str) -> QWidget:
        index = self.section_keys().index(key)
        self.navigation.setCurrentRow(index)
        return self._page(index)

    def focus_search(self) -> None:
        page: QWidget | None = self.pages.currentWidget()
        if not hasattr(page, "focus_search"):
            for key in ("desk", "clients"):
                if key in self.section_keys():
                    page = self.show_section(key)
                    break
        focus = getattr(page, "focus_search", None)
        if callable(focus):
            focus()

    def go_back(self) -> None:
        if self._history:
            row = self._history.pop()
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(row)
            self.navigation.blockSignals(False)
            self.pages.setCurrentIndex(row)

    def open_client(self, client_id: ClientId) -> ClientFileWindow:
        window = self.client_windows.get(client_id)
        if window is None:
            from cjeapp.ui.client_file.window import ClientFileWindow

            window = ClientFileWindow(self.context, client_id)
            window.closed.connect(lambda ident: self.client_windows.pop(ident, None))
            self.client_windows[client_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def let_go_of_client(self, client_id: str) -> None:
        """Close a file a walk through findings left, unless changes are still unsaved
        (then it stays open and says so)."""
        window = self.client_windows.get(client_id)
        if window is not None and not window.is_dirty():
            window.close()

    def open_client_at(self, client_id: ClientId, field: str) -> ClientFileWindow:
        window = self.open_client(client_id)
        window.focus_field(field)
        return window

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Session"))
        search = self.search_action = QAction(self.tr("&Find a person"), self)
        search.setShortcuts([QKeySequence(QKeySequence.StandardKey.Find),
                             QKeySequence(Qt.Key.Key_F3)])
        search.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        search.triggered.connect(self.focus_search)
        lock = QAction(self.tr("&Lock"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        change = QAction(self.tr("&Change person…"), self)
        change.setShortcut(QKeySequence("Ctrl+Shift+L"))
        change.triggered.connect(self.change_person)
        keys_action = QAction(self.tr("Hand the &keys to colleagues…"), self)
        keys_action.triggered.connect(self.show_keys)
        held = self.context.actor.keys
        keys_action.setVisible(held is not None and held.newest(Secret.SIGNING) is not None)
        for action in (search, lock, change, self.findings.action, keys_action):
            menu.addAction(action)
        self.session_menu, self.quit_action = menu, quit_action
        self._add_laptop_actions()  # once the file is known to be a laptop's, if it is
        menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About cjeapp"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.go_back)

    def _add_laptop_actions(self) -> None:
        """« Échanger avec le bureau… » and « Sauvegardes du portable… », before Quit."""
        for action in (self.laptop.action, self.laptop.backups_action):
            if action is not None and action not in self.session_menu.actions():
                self.session_menu.insertAction(self.quit_action, action)

    def show_about(self) -> QWidget:
        from cjeapp.ui.about_dialog import AboutDialog  # read from metadata when asked

        dialog = AboutDialog(self.context.db.where, self)
        dialog.show()
        return dialog

    # -- locking -------------------------------------------------------------------------
    def lock(self) -> None:
        if self.lock_dialog is not None:
            return
        # Every window shown is this session's (another person's session is parked, its
        # windows hidden): dialogs, the findings list and the import assistant included,
        # so nobody works in them while the session is locked. A dialog waiting for an
        # answer stays waiting, hidden, as it was.
        self._hidden_for_lock = [w for w in QApplication.topLevelWidgets()
                                 if w.isVisible() and not isinstance(w, LockDialog)]
        for window in self._hidden_for_lock:
            window.hide()
        self.lock_dialog = LockDialog(self.context.db, self.context.actor)
        self.lock_dialog.unlocked.connect(self._unlocked)
        self.lock_dialog.change_person.connect(self.change_person_requested)
        self.lock_dialog.show()

    def change_person(self) -> None:
        """Lock, then let a colleague sign in at this desk (this session kept for its
        owner, open files and unsaved input included)."""
        self.lock()
        self.change_person_requested.emit()

    def park(self) -> None:
        """Put this locked session aside while a colleague uses the desk: its windows stay
        hidden as they are, its lock screen too, its timers stop."""
        self.lock()
        self.parked = True
        if self.lock_dialog is not None:
            self.lock_dialog.hide()
        self.idle.stop()  # the colleague's keys and clicks no longer keep it awake
        self.backups.stop()

    def resume(self, actor: Actor) -> None:
        """Back to its owner, who has just signed in again (``actor``, as signed in now:
        the same role, keys handed on since): everything as they left it, each screen
        read again for what colleagues did meanwhile."""
        self.parked = False
        self.context.actor = actor
        if self.lock_dialog is not None:
            self.lock_dialog.hide()
            self.lock_dialog.deleteLater()
        self._unlocked()
        self.idle.resume(self.lock_minutes)
        self.read_settings()  # changed meanwhile, perhaps
        self.backups.start()
        for kind in ChangeKind:
            self.context.events.changed.emit(Change(kind))

    def discard_and_close(self) -> None:
        """Close this session without asking (the program is quitting from a colleague's
        session, who was told that what was not saved here is lost)."""
        self.before_close = None
        for window in list(self.client_windows.values()):
            if shiboken6.isValid(window):
                window.discard_and_close()
        for shown in self._hidden_for_lock:  # its dialogs, the one waiting for an answer too
            if shown is self or not shiboken6.isValid(shown) or not shown.isWindow():
                continue
            if isinstance(shown, QDialog):
                shown.reject()
            else:
                shown.close()
        self._hidden_for_lock = []
        if self.lock_dialog is not None:
            self.lock_dialog.hide()
            self.lock_dialog.deleteLater()
            self.lock_dialog = None
        self.close()

    def _unlocked(self) -> None:
        for window in self._hidden_for_lock:
            if shiboken6.isValid(window):
                window.show()
        self._hidden_for_lock = []
        self.lock_dialog = None
        self.idle.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.lock_dialog is not None

    def _on_changed(self, change: Change) -> None:
        if change.kind is ChangeKind.SETTINGS:
            self.read_settings()
        if change.kind is ChangeKind.BACKUPS:
            self.banner.refresh()

    # -- backups -------------------------------------------------------------------------
    def backup_now(self) -> BackgroundJob | None:
        """The banner's button: a backup on a worker thread, whoever is signed in."""
        if self._banner_job is not None:
            return None
        db, actor = self.context.db, self.context.actor
        job = BackgroundJob(lambda _running: make_backup(db, actor, "asked"))
        job.refused.connect(lambda error: show_error(self, error))
        job.succeeded.connect(lambda _made: self.statusBar().showMessage(
            self.tr("Backup made and verified."), 8000))
        job.finished.connect(self._banner_backup_ended)
        self._banner_job = job
        self.banner.set_busy(True)
        job.start(self)
        return job

    def _banner_backup_ended(self) -> None:
        self._banner_job = None
        self.banner.set_busy(False)
        self.context.announce(ChangeKind.BACKUPS, origin=self)

    def restore_after_closing(self, backup: BackupFile) -> None:
        """Close every window (each asks about unsaved input); the restore itself runs
        once the database is no longer in use, then the program asks to sign in again."""
        self.restore_from = backup
        if not self.close():
            self.restore_from = None
            QMessageBox.information(self, self.tr("Restore a backup"), self.tr(
                "Nothing was restored: finish or close the open windows, then restore "
                "again."))

    def closeEvent(self, event: QCloseEvent) -> None:
        for window in list(self.client_windows.values()):
            if not shiboken6.isValid(window):  # already destroyed (closed with the program)
                continue
            if not window.close():
                window.show()
                window.raise_()
                event.ignore()
                return
        # Only once this session's own files are closed: the others' sessions at this desk.
        if self.before_close is not None and not self.before_close():
            event.ignore()
            return
        self.idle.stop()
        self.backups.stop()
        for job in (self._integrity_job, self._banner_job):
            if job is not None:
                job.stop_and_wait()  # a check stops within a fraction of a second
        self.banner.wait()
        self.findings.wait()
        for index in self._built:
            wait = getattr(self.pages.widget(index), "wait_for_jobs", None)
            if callable(wait):
                wait()  # a backup being made ends before the one at closing starts
        # what was saved is saved, and no read of this session's runs on, before closing
        operations.runner().settle({self, *(window for window in self.client_windows.values()
                                            if shiboken6.isValid(window))})
        if self.lock_dialog is not None:  # a session closed while locked: its lock goes too
            self.lock_dialog.hide()
            self.lock_dialog.deleteLater()
            self.lock_dialog = None
        super().closeEvent(event)
