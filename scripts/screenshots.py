"""Write screenshots of the main screens (offscreen, French, demo data) to docs/screenshots.

Usage: .venv/bin/python scripts/screenshots.py [OUTPUT_FOLDER]
       .venv/bin/python scripts/screenshots.py --at-150 [OUTPUT_FOLDER]   (those at 150 % only)

The screens at 150 % scaling (a 1366×768 laptop set to 150 %: 911×512) are taken by a
process of their own, since Qt reads QT_SCALE_FACTOR once, when the application is made.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtCore import QSize
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QWidget

from cjeapp.core import clock
from cjeapp.core.backups import automatic
from cjeapp.core.db.database import Database
from cjeapp.core.demo.generator import generate
from cjeapp.core.demo.laptop import make_demo_laptop
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.resources import resource_path
from cjeapp.core.staff import accounts
from cjeapp.core.staff import opening
from cjeapp.ui.dialogs.booking_dialog import BookingDialog
from cjeapp.ui.dialogs.intake_dialog import IntakeDialog
from cjeapp.ui.main_window import MainWindow
from cjeapp.ui.recovery_dialogs import RecoveryKeyDialog
from cjeapp.ui.sign_in_dialog import SignInDialog
from cjeapp.ui.translators import install_translators
from cjeapp.ui.window_size import OPEN_SIZE
from cjeapp.ui.window_size import SMALL_LAPTOP
from cjeapp.ui.window_size import free_area

ROOT = Path(__file__).resolve().parents[1]


def _settled() -> None:
    """Every read and write the screens asked of the runner answered (ui.operations)."""
    from cjeapp.ui import operations

    _wait_until(lambda: operations.runner().idle)


def _save(widget: QWidget, folder: Path, name: str) -> None:
    _settled()
    QApplication.processEvents()
    widget.grab().save(str(folder / f"{name}.png"))
    print(folder / f"{name}.png")


def _wait_until(ready: Callable[[], bool], seconds: float = 20) -> None:
    """Lets the event loop run until ``ready`` (a list read off the screen's thread)."""
    deadline = time.monotonic() + seconds
    while not ready() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    QApplication.processEvents()


def _on_small_laptop(window: QWidget) -> None:
    """The size the window takes on a 1366×768 laptop (the offscreen screen is smaller),
    at the scale this process runs at."""
    asked = window.property(OPEN_SIZE)
    size = asked if isinstance(asked, QSize) else window.sizeHint()
    screen = window.screen()
    area = free_area(screen.devicePixelRatio()) if screen is not None else SMALL_LAPTOP
    window.resize(min(size.width(), area.width()), min(size.height(), area.height()))


def _booked_and_its_slip(db: Database, window: MainWindow, folder: Path) -> None:
    """A booking's confirmation, and the slip of someone whose language has no slip of
    its own (French and English side by side)."""
    import pypdfium2
    from sqlalchemy import select

    from cjeapp.core.agenda.slip import appointment_slip
    from cjeapp.core.models import Client

    with db.read_session() as session:
        person = session.scalars(select(Client).where(
            Client.interpreter_needed.is_(True),
            Client.interpreter_language.not_in(("fr", "en", "es")))
            .order_by(Client.sort_key).limit(1)).one()
        name = f"{person.first_name} {person.last_name}"
    booking = BookingDialog(window.context, person.id, client_name=name)
    booking.show()
    _settled()
    booking.counsellor.set_value(window.context.actor.user_id)
    booking.refresh_slots()
    _settled()
    for _ in range(10):  # the first day with a free time
        if booking.slots.count():
            break
        booking.next_day()
        _settled()
    booking.slots.setCurrentRow(min(2, booking.slots.count() - 1))
    booking.submit()
    _settled()
    assert booking.result_row is not None
    _save(booking, folder, "35-rendez-vous-fixe")
    pdf = appointment_slip(db, window.context.actor, booking.result_row.id)
    document = pypdfium2.PdfDocument(pdf)
    try:
        document[0].render(scale=1.2).to_pil().save(folder / "36-fiche-rendez-vous.png")
    finally:
        document.close()
    print(folder / "36-fiche-rendez-vous.png")
    booking.close()


def _arabic_notice(db: Database, window: MainWindow, folder: Path) -> None:
    """The first page of the notice at collection in Arabic, as it prints: each line right
    to left, the person's name in Latin letters and the phone number left to right."""
    import pypdfium2
    from sqlalchemy import select

    from cjeapp.core.documents import issuing
    from cjeapp.core.models import Client

    with db.read_session() as session:
        person = session.scalars(select(Client).order_by(Client.sort_key).limit(1)).one()
    pdf = issuing.issue_collection_notice(db, window.context.actor, person.id, "ar").pdf
    document = pypdfium2.PdfDocument(pdf)
    try:
        document[0].render(scale=1.2).to_pil().save(folder / "38-avis-collecte-arabe.png")
    finally:
        document.close()
    print(folder / "38-avis-collecte-arabe.png")


def _person_copy(db: Database, director: Actor, folder: Path) -> None:
    """The first two pages of a person's copy of their file (Law 25), side by side: every
    part in labelled sentences, values in words."""
    import pypdfium2
    from PIL import Image
    from sqlalchemy import select

    from cjeapp.core.models import Client
    from cjeapp.core.models import ServiceRecord
    from cjeapp.core.privacy import person_export

    with db.read_session() as session:
        person = session.scalars(select(Client).join(
            ServiceRecord, ServiceRecord.client_id == Client.id)
            .where(Client.household_id.is_not(None)).order_by(Client.sort_key).limit(1)).one()
    pdf = person_export.make(db, director, person.id, language="fr").pdf
    document = pypdfium2.PdfDocument(pdf)
    try:
        pages = [document[index].render(scale=1.0).to_pil()
                 for index in range(min(2, len(document)))]
    finally:
        document.close()
    sheet = Image.new("RGB", (sum(page.width for page in pages) + 12 * (len(pages) + 1),
                              max(page.height for page in pages) + 24), "#d0d0d0")
    left = 12
    for page in pages:
        sheet.paste(page, (left, 12))
        left += page.width + 12
    sheet.save(folder / "44-copie-de-la-personne.png")
    print(folder / "44-copie-de-la-personne.png")


def _demo(temporary: str) -> tuple[Database, str]:
    # This PC's settings (remembered column widths…) are not the screenshots' business.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, temporary)
    db, recovery = Database.create(Path(temporary) / "demo.sqlite3")
    generate(db, clients=2000, seed=1)
    return db, recovery


def _at_150_percent(folder: Path) -> None:
    """The six screens that lost their right edge at 150 % (issue 37), as they are now."""
    app = QApplication.instance()
    assert app is not None
    with tempfile.TemporaryDirectory() as temporary:
        db, _recovery = _demo(temporary)
        automatic.make_backup(db, accounts.sign_in(db, "admin", "demo-admin"), "closing")
        admin = MainWindow(db, accounts.sign_in(db, "admin", "demo-admin"))
        admin.show()
        _on_small_laptop(admin)
        settings = admin.show_section("settings")
        organization = settings.organization  # type: ignore[attr-defined]
        _scrolled_to_the_end(organization)  # « Retirer le logo et la signature »
        _save(admin, folder, "38-a-150-parametres")
        admin.show_section("partners").list.select_where(  # type: ignore[attr-defined]
            lambda _row: True)
        _save(admin, folder, "39-a-150-partenaires")
        reports = admin.show_section("reports")
        reports.show_dashboard()  # type: ignore[attr-defined]
        while reports.busy:  # type: ignore[attr-defined]
            app.processEvents()
        _save(admin, folder, "42-a-150-rapports")
        admin.show_section("imports")
        _save(admin, folder, "43-a-150-importer")
        admin.close()
        counsellor = MainWindow(db, accounts.sign_in(db, "conseillere", "demo-conseil"))
        counsellor.show()
        _on_small_laptop(counsellor)
        counsellor.show_section("agenda")
        _save(counsellor, folder, "40-a-150-agenda")
        counsellor.close()
        director = MainWindow(db, accounts.sign_in(db, "direction", "demo-direction"))
        director.show()
        _on_small_laptop(director)
        privacy = director.show_section("privacy")
        privacy.tabs.setCurrentWidget(privacy.requests)  # type: ignore[attr-defined]
        privacy.requests.table.setCurrentIndex(  # type: ignore[attr-defined]
            privacy.requests.table.model().index(2, 0))  # type: ignore[attr-defined]
        _save(director, folder, "41-a-150-vie-privee")
        director.close()
        for thread in app.findChildren(QThread):  # the looks still running, before the file goes
            thread.wait()
        db.close()


def _scrolled_to_the_end(page: QWidget) -> None:
    from PySide6.QtWidgets import QScrollArea

    QApplication.processEvents()
    viewport = page.parentWidget()  # a scroll area holds its page in a viewport
    area = viewport.parentWidget() if viewport is not None else None
    if isinstance(area, QScrollArea):
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())


def _run_at_150_percent(folder: Path) -> None:
    screen = ROOT / "tests" / "ui" / "laptop_screen.json"
    environment = {**os.environ, "QT_SCALE_FACTOR": "1.5",
                   "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    subprocess.run([sys.executable, __file__, "--at-150", str(folder)], env=environment,
                   check=True)


def main() -> int:
    arguments = [argument for argument in sys.argv[1:] if argument != "--at-150"]
    folder = Path(arguments[0]) if arguments else ROOT / "docs" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    if "--at-150" in sys.argv and not os.environ.get("QT_SCALE_FACTOR"):
        _run_at_150_percent(folder)  # in a process made at that scale
        return 0
    app = QApplication([])
    install_translators(app, "fr")
    if "--at-150" in sys.argv:
        _at_150_percent(folder)
        return 0
    with tempfile.TemporaryDirectory() as temporary:
        db, recovery = _demo(temporary)
        admin_actor = accounts.sign_in(db, "admin", "demo-admin")
        for days_ago in (9, 8, 2, 1):  # backups made on earlier days, as the program does
            clock.freeze(datetime.now(UTC) - timedelta(days=days_ago))
            automatic.make_backup(db, admin_actor, "closing")
        clock.freeze(None)
        sign_in = SignInDialog(db.path)
        sign_in.username.setText("accueil")
        sign_in.show()
        _save(sign_in, folder, "01-connexion")
        sign_in.close()
        key_dialog = RecoveryKeyDialog(recovery)
        key_dialog.show()
        _save(key_dialog, folder, "16-cle-recuperation")
        key_dialog.noted.setChecked(True)
        key_dialog.close()

        window = MainWindow(db, accounts.sign_in(db, "conseillere", "demo-conseil"))
        window.show()
        _on_small_laptop(window)
        _save(window, folder, "23-aujourdhui")
        desk = window.show_section("desk")
        desk.search_box.setText("maria gom")
        desk.search_box.run_now()
        _save(window, folder, "02-accueil")
        clients_page = window.show_section("clients")
        _wait_until(lambda: clients_page.all_clients.rowCount() > 0)  # read off the thread
        _save(window, folder, "03-clients")
        window.show_section("agenda")
        _save(window, folder, "08-agenda")
        window.show_section("reminders")
        _save(window, folder, "34-rappels")
        window.show_section("followups")
        _save(window, folder, "09-suivis")
        window.show_section("activities")
        _save(window, folder, "12-activites")
        window.show_section("transport")
        _save(window, folder, "13-transport")
        client_id = desk.hits.client_id(0)
        assert client_id
        file_window = window.open_client(client_id)
        _on_small_laptop(file_window)
        _save(file_window, folder, "04-dossier-identite")
        file_window.tabs.setCurrentWidget(file_window.household)
        _save(file_window, folder, "05-dossier-menage")
        file_window.tabs.setCurrentWidget(file_window.timeline)
        _save(file_window, folder, "06-dossier-historique")
        assert file_window.assessment and file_window.plan
        file_window.tabs.setCurrentWidget(file_window.assessment)
        _save(file_window, folder, "10-evaluation-besoins")
        file_window.tabs.setCurrentWidget(file_window.plan)
        _save(file_window, folder, "11-plan-action")
        assert file_window.transport
        file_window.tabs.setCurrentWidget(file_window.transport)
        _save(file_window, folder, "14-dossier-transport")
        file_window.close()
        _booked_and_its_slip(db, window, folder)
        _arabic_notice(db, window, folder)
        window.close()

        admin = MainWindow(db, accounts.sign_in(db, "admin", "demo-admin"))
        admin.show()
        _on_small_laptop(admin)
        reports = admin.show_section("reports")
        reports.show_dashboard()  # type: ignore[attr-defined]
        reports.run_validation()  # type: ignore[attr-defined]
        while reports.busy:  # type: ignore[attr-defined]
            app.processEvents()
        _save(admin, folder, "15-rapports")
        intake = IntakeDialog(admin.context)
        intake.show()
        _on_small_laptop(intake)
        _save(intake, folder, "17-nouvelle-personne")
        intake.close()
        settings = admin.show_section("settings")
        settings.tabs.setCurrentWidget(settings.staff)  # type: ignore[attr-defined]
        _save(admin, folder, "07-parametres-comptes")
        # Someone of the sample list already has a file (no phone yet): a duplicate to
        # decide beside it.
        clients.create_client(db, admin.context.actor, ClientForm(
            first_name="Zahra", last_name="Karimi", birth_date=date(1995, 1, 2),
            municipality="Thetford Mines"))
        imports = admin.show_section("imports")
        wizard = imports.open_wizard()  # type: ignore[attr-defined]
        wizard.file_page.load(resource_path("samples", "liste-clients-2025.csv"))
        _save(wizard, folder, "24-import-fichier")
        wizard.next()
        for _name, value, combo in wizard.mapping_page.word_choices:
            combo.set_value({"Réfugié": "refugee_government", "Étudiant": "student"}[value])
        _save(wizard, folder, "25-import-correspondance")
        wizard.next()
        while wizard.checked is None or wizard.check_page.job is not None:
            app.processEvents()
        wizard.check_page.leave_out.setChecked(True)
        _save(wizard, folder, "26-import-verification")
        panel = wizard.check_page.duplicates
        panel.rows.select_where(lambda result: result.label == "Zahra Karimi")
        panel.choice.setCurrentIndex(panel.choice.findData("merge"))
        panel.choice.activated.emit(panel.choice.currentIndex())
        _save(wizard, folder, "27-import-doublon")
        wizard.close()
        clock.freeze(datetime.now(UTC) + timedelta(days=3))  # the warning once backups stop
        admin.banner.refresh()
        while not admin.banner.settled:  # the folder is looked at on a worker thread
            app.processEvents()
        settings.tabs.setCurrentWidget(settings.backups)  # type: ignore[attr-defined]
        _save(admin, folder, "22-parametres-sauvegardes")
        clock.freeze(None)
        admin.close()

        director = MainWindow(db, accounts.sign_in(db, "direction", "demo-direction"))
        director.show()
        _on_small_laptop(director)
        privacy = director.show_section("privacy")
        privacy.tabs.setCurrentWidget(privacy.incidents)  # type: ignore[attr-defined]
        _save(director, folder, "18-vie-privee-incidents")
        privacy.tabs.setCurrentWidget(privacy.audit)  # type: ignore[attr-defined]
        _save(director, folder, "19-vie-privee-journal")
        privacy.tabs.setCurrentWidget(privacy.requests)  # type: ignore[attr-defined]
        privacy.requests.table.setCurrentIndex(  # type: ignore[attr-defined]
            privacy.requests.table.model().index(2, 0))  # type: ignore[attr-defined]
        _save(director, folder, "20-vie-privee-demandes")
        privacy.tabs.setCurrentWidget(privacy.retention)  # type: ignore[attr-defined]
        while privacy.retention._loads:  # type: ignore[attr-defined]
            app.processEvents()  # the files past retention are found off the UI thread
        _save(director, folder, "21-vie-privee-conservation")
        _person_copy(db, director.context.actor, folder)
        board = director.show_section("board")
        board.compute()  # type: ignore[attr-defined]
        _wait_until(lambda: board.job is None and board.board is not None)  # type: ignore[attr-defined]
        _save(director, folder, "37-tableau-de-bord")
        shown = board.board  # type: ignore[attr-defined]
        desk = shown.section("desk")
        from cjeapp.ui.dialogs.board_records import Entry

        records = board.show_records(desk.title, [  # type: ignore[attr-defined]
            Entry(board._worded(f.label, f), board.shown_for, desk.key, f.key)  # type: ignore[attr-defined]
            for f in desk.figures], 0)
        _wait_until(lambda: records.settled and bool(records.list.rows))
        _save(records, folder, "37-b-dossiers-derriere-un-chiffre")
        records.close()
        director.close()

        # A counsellor's laptop after a day apart from the office and one exchange.
        made = make_demo_laptop(db, Path(temporary) / "portable.cjeapp")
        coordinator = MainWindow(db, accounts.sign_in(db, "coordination", "demo-coord"))
        coordinator.show()
        _on_small_laptop(coordinator)
        exchanges = coordinator.show_section("exchange")
        exchanges.conflicts.select_where(lambda _row: True)  # type: ignore[attr-defined]
        _save(coordinator, folder, "28-echanges-conflits")
        # The double booking the exchange found: a point to resolve, decided on screen.
        coordinator.findings.count()
        while not coordinator.findings.settled:
            app.processEvents()
        findings = coordinator.findings.show_list()
        while not findings.settled:
            app.processEvents()
        findings.list.select_where(lambda _row: True)
        _save(findings, folder, "31-points-a-regler")
        decision = findings.decide()
        assert isinstance(decision, QWidget)
        _save(decision, folder, "32-regler-rendez-vous-double")
        decision.close()
        findings.close()
        coordinator.close()
        laptop, counsellor = opening.open_database(made.path, "conseillere", "demo-conseil")
        on_laptop = MainWindow(laptop, counsellor)
        on_laptop.show()
        _on_small_laptop(on_laptop)
        _wait_until(lambda: on_laptop.laptop.status is not None)  # read off the thread
        exchange = on_laptop.laptop.open_dialog()
        assert isinstance(exchange, QWidget)
        exchange.address.setText(str(db.path))  # type: ignore[attr-defined]
        _save(exchange, folder, "29-portable-echanger")
        _save(on_laptop, folder, "30-portable-barre-etat")
        exchange.close()
        backups = on_laptop.laptop.open_backups()
        assert isinstance(backups, QWidget)
        backups.tab.folder.setText("/media/conseillere/CLE-USB/sauvegardes")  # type: ignore[attr-defined]
        while not backups.tab.settled:  # type: ignore[attr-defined]
            app.processEvents()
        _save(backups, folder, "33-portable-sauvegardes")
        backups.close()
        on_laptop.close()
        laptop.close()
        db.close()
    _run_at_150_percent(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
