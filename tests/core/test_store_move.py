"""Moving an office from its file to the server: every record as it was (the demo's 300
people with their history, the audit chain still intact), each table counted and
checksummed on both sides; refused into a server that already holds an office; stopped
midway, the server keeps nothing; the file is left as it was."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlalchemy import select

from cjeapp.cli import main
from cjeapp.core.db.database import Database
from cjeapp.core.db.server import open_server
from cjeapp.core.db.store_move import move_store
from cjeapp.core.errors import Cancelled
from cjeapp.core.errors import CjeError
from cjeapp.core.models import AuditEntry
from cjeapp.core.models import Client
from cjeapp.core.models import ServiceRecord
from cjeapp.core.privacy.audit_viewer import INTACT
from cjeapp.core.privacy.audit_viewer import chain_verdict
from cjeapp.core.search.finder import search_clients
from cjeapp.core.staff import accounts
from tests import databases
from tests.pg_cluster import Cluster


def _count(db: Database, model: type) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def server(pg_cluster: Cluster) -> Iterator[Database]:
    db = open_server(pg_cluster.create_database(f"move_{uuid.uuid4().hex[:12]}"))
    yield db
    db.close()


def test_the_office_moves_whole_and_verified(demo_db: Database, server: Database) -> None:
    admin = accounts.sign_in(demo_db, "admin", "demo-admin")
    before = {model: _count(demo_db, model) for model in (Client, ServiceRecord, AuditEntry)}
    someone = search_clients(demo_db, admin, "a")[0]
    moved = move_store(demo_db, admin, server)
    by_name = {table.name: table for table in moved}
    assert by_name["clients"].rows == before[Client] >= 300
    assert by_name["service_records"].rows == before[ServiceRecord] > 0
    assert by_name["audit_log"].rows == before[AuditEntry]
    there = accounts.sign_in(server, "admin", "demo-admin")  # the same accounts and passwords
    assert someone.id in {hit.id for hit in search_clients(
        server, there, f"{someone.first_name} {someone.last_name}")}
    assert chain_verdict(server, there).msgid == INTACT
    assert _count(demo_db, Client) == before[Client]  # the file as it was
    with pytest.raises(CjeError) as refused:  # an office is there now
        move_store(demo_db, admin, server)
    assert "vide" in refused.value.message.render("fr")


def test_a_stopped_move_leaves_the_server_empty(demo_db: Database, server: Database) -> None:
    admin = accounts.sign_in(demo_db, "admin", "demo-admin")
    seen: list[str] = []
    with pytest.raises(Cancelled):
        move_store(demo_db, admin, server, report=lambda table, _done, _all: seen.append(table),
                   cancelled=lambda: len(seen) >= 12)
    assert len(seen) == 12
    assert _count(server, Client) == 0 and _count(server, AuditEntry) == 0


def test_the_command_moves_the_file_and_only_an_administrator_may(
        demo_template: Path, tmp_path: Path, pg_cluster: Cluster,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bureau.sqlite3"
    databases.copy(demo_template, path)
    url = pg_cluster.create_database(f"move_{uuid.uuid4().hex[:12]}").replace(
        "postgresql+psycopg://", "postgresql://")
    monkeypatch.setenv("CJEAPP_PASSWORD", "demo-conseil")
    assert main(["--lang", "fr", "migrate-store", "--from", str(path), "--user",
                 "conseillere", "--to", url]) == 1
    assert capsys.readouterr().err.strip()  # said why, in a sentence
    server = open_server(url)
    try:
        assert _count(server, Client) == 0  # a counsellor moved nothing
    finally:
        server.close()
    monkeypatch.setenv("CJEAPP_PASSWORD", "demo-admin")
    assert main(["--lang", "fr", "migrate-store", "--from", str(path), "--user", "admin",
                 "--to", url]) == 0
    out = capsys.readouterr().out
    assert "\nclients\t" in out and "comptée et vérifiée" in out
