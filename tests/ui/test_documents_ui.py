"""Documents from the screens: preview then issue, reprint and revoke, and the batch dialog
with its progress bar and cancel."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func
from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.documents import issuing
from cjeapp.core.groups import activities
from cjeapp.core.models import IssuedDocument
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.ui.client_file.documents_tab import DocumentsTab
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.batch_dialog import BatchDialog
from cjeapp.ui.dialogs.pdf_preview import PdfPreviewDialog
from tests.ui.tables import choose
from tests.ui.tables import texts
from tests.ui.waiting import wait_until_idle


def _registered(db: Database) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(IssuedDocument)) or 0)


def test_preview_then_save_issues_the_document(qtbot: QtBot, db: Database,
                                               staff: dict[str, Actor], helene: str,
                                               monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    wait_until_idle()
    tab = DocumentsTab(AppContext(db, staff["counsellor"]), helene)
    qtbot.addWidget(tab)
    wait_until_idle()
    shown: list[PdfPreviewDialog] = []

    def fake_exec(dialog: PdfPreviewDialog) -> int:  # opened with the preview's answer
        shown.append(dialog)
        dialog.choice = "save"
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(PdfPreviewDialog, "exec", fake_exec)
    wait_until_idle()
    monkeypatch.setattr("cjeapp.ui.files.QFileDialog.getSaveFileName",
                        lambda *args: (str(tmp_path / "avis.pdf"), "PDF (*.pdf)"))
    tab.kind.set_value("attestation_participation")
    wait_until_idle()
    tab.preview()
    wait_until_idle()
    assert "activity" in tab.errors.labels["activity_id"].text().lower()
    tab.kind.set_value("collection_notice")
    wait_until_idle()
    tab.preview()
    wait_until_idle()
    assert shown and shown[0].page_labels  # the pages were drawn for the preview
    assert _registered(db) == 1
    assert (tmp_path / "avis.pdf").read_bytes().startswith(b"%PDF")
    assert len(texts(tab.register)) == 1
    choose(tab.register, 0)
    wait_until_idle()
    tab.revoke()
    wait_until_idle()
    assert "revoked" in tab.errors.labels["revoke_reason"].text()
    tab.revoke_reason.setText("Mauvaise personne")
    wait_until_idle()
    tab.revoke()
    wait_until_idle()
    assert texts(tab.register)[0][3] == "Revoked"


def _oi_group(db: Database, actor: Actor, size: int) -> str:
    clock.freeze(datetime(2026, 11, 2, 14, 0, tzinfo=UTC))
    wait_until_idle()
    activity = activities.create_activity(db, actor, kind="objectif_integration",
                                          title="Objectif Intégration — groupe 12",
                                          parts_required=1)
    sitting = activities.add_session(db, actor, activity.id, hours=Decimal(8), part_number=1,
                                     starts_at=datetime(2026, 11, 9, 9, 0, tzinfo=LOCAL_ZONE))
    people = [clients.create_client(db, actor, ClientForm(
        first_name=f"Personne {i}", last_name="Test")).id for i in range(size)]
    for person in people:
        activities.enrol(db, actor, activity.id, person)
        wait_until_idle()
    clock.freeze(datetime(2026, 11, 10, 14, 0, tzinfo=UTC))  # the session was held
    wait_until_idle()
    activities.record_attendance(db, actor, sitting.id, dict.fromkeys(people, True))
    wait_until_idle()
    return activity.id


def test_batch_dialog_makes_every_attestation(qtbot: QtBot, db: Database,
                                              staff: dict[str, Actor], tmp_path: Path) -> None:
    activity_id = _oi_group(db, staff["counsellor"], 6)
    dialog = BatchDialog(AppContext(db, staff["counsellor"]), activity_id, "Groupe 12")
    qtbot.addWidget(dialog)
    wait_until_idle()
    dialog.folder.setText(str(tmp_path))
    wait_until_idle()
    dialog.start()
    wait_until_idle()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    assert dialog.progress.value() == 6
    assert _registered(db) == 6
    assert len(dialog.written) == 7 and all(p.exists() for p in dialog.written)
    assert all(issuing.verify(db, p.read_bytes()).genuine for p in dialog.written[1:])


def test_cancelled_batch_registers_and_writes_nothing(qtbot: QtBot, db: Database,
                                                      staff: dict[str, Actor],
                                                      tmp_path: Path) -> None:
    activity_id = _oi_group(db, staff["counsellor"], 40)
    dialog = BatchDialog(AppContext(db, staff["counsellor"]), activity_id, "Groupe 12")
    qtbot.addWidget(dialog)
    wait_until_idle()
    dialog.folder.setText(str(tmp_path / "out"))
    wait_until_idle()
    dialog.start()
    wait_until_idle()
    assert dialog.worker is not None
    job = dialog.worker
    # Stopped on the worker's own thread after the third, as a click would between steps
    # (a queued click could arrive after the last one on a fast machine).
    job.progress.connect(lambda done, _total: job.cancel() if done >= 3 else None,
                         Qt.ConnectionType.DirectConnection)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    assert "no attestation" in dialog.status.text()
    assert _registered(db) == 0
    assert not (tmp_path / "out").exists()


def test_batch_to_a_folder_that_cannot_be_written_registers_nothing(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], tmp_path: Path,
        warnings_shown: list[str]) -> None:
    activity_id = _oi_group(db, staff["counsellor"], 3)
    dialog = BatchDialog(AppContext(db, staff["counsellor"]), activity_id, "Groupe 12")
    qtbot.addWidget(dialog)
    wait_until_idle()
    (tmp_path / "a file").write_text("not a folder")
    dialog.folder.setText(str(tmp_path / "a file" / "out"))
    wait_until_idle()
    dialog.start()
    wait_until_idle()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    assert any("could not be written" in text for text in warnings_shown)  # in a dialog
    assert "could not be written" in dialog.status.text()
    assert _registered(db) == 0  # the register is not left claiming files nobody has
    assert dialog.start_button.isEnabled()  # the screen is usable again


def test_any_error_in_long_work_ends_it_visibly(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    from cjeapp.core.errors import Unexpected
    from cjeapp.ui.background import BackgroundJob

    owner = QWidget()
    qtbot.addWidget(owner)
    wait_until_idle()
    outcome: list[object] = []

    def fail(_job: BackgroundJob) -> None:
        raise RuntimeError("a bug")

    job = BackgroundJob(fail)
    job.refused.connect(outcome.append)
    wait_until_idle()
    job.succeeded.connect(outcome.append)
    wait_until_idle()
    job.finished.connect(lambda: outcome.append("finished"))
    wait_until_idle()
    job.start(owner)
    wait_until_idle()
    qtbot.waitUntil(lambda: "finished" in outcome, timeout=5000)
    assert isinstance(outcome[0], Unexpected) and "RuntimeError: a bug" in str(outcome[0])


def test_logo_and_signature_go_on_the_letterhead(qtbot: QtBot, db: Database,
                                                 staff: dict[str, Actor], helene: str) -> None:
    from PySide6.QtCore import QBuffer
    from PySide6.QtCore import QByteArray
    from PySide6.QtCore import QIODevice
    from PySide6.QtGui import QColor
    from PySide6.QtGui import QImage

    from cjeapp.core.org import settings
    from cjeapp.ui.settings.organization_tab import OrganizationTab

    def png(colour: str) -> bytes:
        image = QImage(120, 60, QImage.Format.Format_RGB32)
        image.fill(QColor(colour))
        wait_until_idle()
        raw = QByteArray()
        buffer = QBuffer(raw)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        wait_until_idle()
        image.save(buffer, "PNG")
        wait_until_idle()
        return bytes(raw.data())

    tab = OrganizationTab(AppContext(db, staff["administrator"]))
    qtbot.addWidget(tab)
    wait_until_idle()
    tab.set_image("logo_png", b"not an image")
    wait_until_idle()
    assert "PNG or JPEG" in tab.status.text()
    tab.set_image("logo_png", png("#0b5394"))
    wait_until_idle()
    tab.set_image("signature_png", png("#222222"))
    wait_until_idle()
    tab.edits["signer_name"].setText("Andréane Morin")
    wait_until_idle()
    tab.save()
    wait_until_idle()
    plain = issuing.issue_collection_notice(db, staff["reception"], helene).pdf
    assert plain.count(b"/Subtype /Image") == 2
    tab.clear_images()
    wait_until_idle()
    assert issuing.issue_collection_notice(db, staff["reception"], helene).pdf.count(
        b"/Subtype /Image") == 0
    tab.verify_url.setText("www.cje.example/verifier")
    wait_until_idle()
    tab.edits["signer_name"].setText("Autre personne")
    wait_until_idle()
    tab.save()
    wait_until_idle()
    assert "https://" in tab.errors.labels["verify_url"].text()
    assert settings.verify_url(db) == ""
    tab.verify_url.setText("https://www.cje.example/verifier?d=")
    wait_until_idle()
    tab.save()
    wait_until_idle()
    assert settings.verify_url(db) == "https://www.cje.example/verifier?d="


def test_documents_and_packages_are_verified_by_dropping_the_file(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str,
        tmp_path: Path) -> None:
    from cjeapp.ui.client_file.documents_tab import DocumentsTab
    from cjeapp.ui.pages.reports_page import ReportsPage

    tab = DocumentsTab(AppContext(db, staff["counsellor"]), helene)
    qtbot.addWidget(tab)
    wait_until_idle()
    notice = issuing.issue_collection_notice(db, staff["counsellor"], helene)
    genuine, altered = tmp_path / "avis.pdf", tmp_path / "avis-modifie.pdf"
    genuine.write_bytes(notice.pdf)
    wait_until_idle()
    altered.write_bytes(notice.pdf.replace(b"/Producer", b"/Produced", 1))
    wait_until_idle()
    box = tab.verify_box

    def verified(path: Path) -> bool:
        box.verify(path)  # checked on a worker: the box says so meanwhile
        assert box.genuine is None and box.result.text() == "Checking…"
        wait_until_idle()
        assert box.genuine is not None
        return box.genuine

    assert verified(genuine) and "genuine" in box.result.text()
    assert not verified(altered)
    assert "altered" in box.result.text()
    assert not verified(tmp_path / "missing.pdf")  # a sentence, no traceback
    assert "cannot be read" in box.result.text()
    issuing.revoke(db, staff["counsellor"], notice.document.id, "Erreur de nom")
    wait_until_idle()
    assert not verified(genuine) and "revoked" in box.result.text()
    page = ReportsPage(AppContext(db, staff["director"]))
    qtbot.addWidget(page)
    wait_until_idle()
    not_a_package = tmp_path / "paquet.zip"
    not_a_package.write_bytes(b"PK\x03\x04 not really")
    wait_until_idle()
    box = page.verify_box
    assert not verified(not_a_package)
    assert box.result.text()


def test_the_notice_is_offered_in_every_language_it_is_written_in(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str) -> None:
    tab = DocumentsTab(AppContext(db, staff["reception"]), helene)
    qtbot.addWidget(tab)
    wait_until_idle()
    tab.kind.set_value("collection_notice")
    wait_until_idle()
    offered = [tab.language.itemData(i) for i in range(1, tab.language.count())]
    assert offered == ["fr", "en", "ar", "es"]
    tab.language.set_value("es")
    wait_until_idle()
    assert tab.drafting()().title == "Aviso sobre la recopilación de datos personales"
    counsellor_tab = DocumentsTab(AppContext(db, staff["counsellor"]), helene)
    qtbot.addWidget(counsellor_tab)
    wait_until_idle()
    counsellor_tab.kind.set_value("attestation_services")
    wait_until_idle()
    assert [counsellor_tab.language.itemData(i)
            for i in range(1, counsellor_tab.language.count())] == ["fr", "en"]
