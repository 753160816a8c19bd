"""Shared fixtures: a migrated template database copied for each test, frozen-time helpers."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from cjeapp.core import clock
from cjeapp.core.custody import taking_up
from cjeapp.core.custody.held import HeldKeys
from cjeapp.core.db.database import Database
from cjeapp.core.demo.generator import generate
from cjeapp.core.i18n import set_language
from cjeapp.core.permissions import Actor
from cjeapp.core.staff import accounts
from tests import databases
from tests import pg_cluster as pg

ADMIN_PASSWORD = "admin-secret"


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with an organization and its administrator."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db, _recovery = databases.create(path)
    accounts.initialize(db, organization_name="Carrefour jeunesse-emploi de Frontenac",
                        office_name="Thetford Mines", username="admin",
                        full_name="Andréane Morin", password=ADMIN_PASSWORD)
    _first_key_pair(db, "admin", ADMIN_PASSWORD)
    db.close()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo database (300 clients), built once."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db, _recovery = databases.create(path)
    generate(db, clients=300, seed=11)
    db.close()
    return path


def _copy(template: Path, target: Path) -> Database:
    return databases.open_copy(template, target)


ROLES = ("reception", "counsellor", "coordinator", "director")


def _vouch_for_everyone(db: Database) -> None:
    """The counsellor (who made the organization's keys at her first sign-in) vouches for
    each colleague's key pair, as « Remettre les clés » does; the director then makes the
    pseudonyms' key."""
    from cjeapp.core.custody import keeping

    counsellor = accounts.sign_in(db, "counsellor", "counsellor-password")
    for waiting in keeping.waiting_for_keys(db, counsellor):
        keeping.vouch_for(db, counsellor, waiting.holder_id)
    accounts.sign_in(db, "director", "director-password")


def _first_key_pair(db: Database, username: str, password: str) -> None:
    """The key pair a first sign-in makes (here without the sign-in's audit entry, which
    tests count)."""
    from sqlalchemy import select

    from cjeapp.core.models import User

    with db.read_session() as session:
        user = session.scalar(select(User).where(User.username == username))
    assert user is not None
    taking_up.take_up(db, accounts.actor_for(user), password)


@pytest.fixture(scope="session")
def staffed_template(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template with one account per role, each having chosen their own password
    (made once: every password costs an Argon2id derivation, twice with the key file)."""
    path = tmp_path_factory.mktemp("staffed") / "staffed.sqlite3"
    db = _copy(template_db, path)
    admin = accounts.sign_in(db, "admin", ADMIN_PASSWORD)
    for role in ROLES:
        accounts.create_staff(db, admin, username=role, full_name=f"Test {role}", role=role,
                              password=f"{role}-temporary")
        first = accounts.sign_in(db, role, f"{role}-temporary")  # must choose their own
        accounts.change_own_password(db, first, f"{role}-temporary", f"{role}-password")
    # The first who reads notes signs in again: each colleague gets the secrets they are
    # for (as a day at the office would do).
    _vouch_for_everyone(db)
    db.close()
    return path


ENGINE = os.environ.get("CJEAPP_TEST_ENGINE", "sqlite")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On the server, the tests about the PC's file itself are left out, each saying why."""
    if ENGINE != "postgresql":
        return
    for item in items:
        marker = item.get_closest_marker("sqlite_file")
        if marker is not None:
            item.add_marker(pytest.mark.skip(reason=f"the PC's file: {marker.args[0]}"))


@pytest.fixture(scope="session")
def server_templates(pg_cluster: pg.Cluster) -> dict[str, str]:
    """On the server: the template database and the staffed one (as on SQLite)."""
    from cjeapp.core.db.server import open_server

    names = {"plain": "template_plain", "staffed": "template_staffed"}
    for kind, name in names.items():
        db = open_server(pg_cluster.create_database(name))
        try:
            admin = accounts.initialize(
                db, organization_name="Carrefour jeunesse-emploi de Frontenac",
                office_name="Thetford Mines", username="admin", full_name="Andréane Morin",
                password=ADMIN_PASSWORD)
            if kind == "staffed":
                for role in ROLES:
                    accounts.create_staff(db, admin, username=role, full_name=f"Test {role}",
                                          role=role, password=f"{role}-temporary")
                    first = accounts.sign_in(db, role, f"{role}-temporary")
                    accounts.change_own_password(db, first, f"{role}-temporary",
                                                 f"{role}-password")
                _vouch_for_everyone(db)
            else:
                _first_key_pair(db, "admin", ADMIN_PASSWORD)
        finally:
            db.close()
    return names


@pytest.fixture
def db(request: pytest.FixtureRequest, template_db: Path,
       tmp_path: Path) -> Iterator[Database]:
    """A copy of the template; with the staff accounts when the test asks for ``staff``.
    With CJEAPP_TEST_ENGINE=postgresql, a copy of the same template on a throwaway server."""
    if ENGINE == "postgresql":
        import uuid

        from cjeapp.core.db.server import open_server

        templates = request.getfixturevalue("server_templates")
        cluster = request.getfixturevalue("pg_cluster")
        kind = "staffed" if "staff" in request.fixturenames else "plain"
        url = cluster.create_database(f"test_{uuid.uuid4().hex[:16]}", templates[kind])
        database = open_server(url)
        yield database
        database.close()
        return
    source = (request.getfixturevalue("staffed_template") if "staff" in request.fixturenames
              else template_db)
    database = _copy(source, tmp_path / "test.sqlite3")
    yield database
    database.close()


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    database = _copy(demo_template, tmp_path / "demo.sqlite3")
    yield database
    database.close()


@pytest.fixture
def admin(db: Database) -> Actor:
    return accounts.sign_in(db, "admin", ADMIN_PASSWORD)


@pytest.fixture
def staff(db: Database, admin: Actor) -> dict[str, Actor]:
    """One actor per role (the administrator included), as signing in gives them; their
    passwords are ROLE-password."""
    from sqlalchemy import select

    from cjeapp.core.models import User

    actors = {"administrator": admin}
    with db.read_session() as session:
        for role in ROLES:
            user = session.scalar(select(User).where(User.username == role))
            assert user is not None
            actors[role] = replace(accounts.actor_for(user), keys=_held(db, user, role))
    return actors


_HELD: dict[tuple[str, str], HeldKeys] = {}


def _held(db: Database, user: object, role: str) -> HeldKeys:
    """What ROLE-password opens, as signing in gives it; taken up once per run (every
    test's database is a copy of the same template: same key pairs, same grants)."""
    found = _HELD.get((ENGINE, role))
    if found is None:
        actor = accounts.actor_for(user)  # type: ignore[arg-type]
        found = taking_up.take_up(db, actor, f"{role}-password").keys
        assert found is not None
        _HELD[(ENGINE, role)] = found
    return HeldKeys(holders=dict(found.holders),
                    keys={secret: dict(held) for secret, held in found.keys.items()},
                    pinned=found.pinned)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[pg.Cluster]:
    """A throwaway PostgreSQL server for the run (started only if a test asks for it)."""
    with pg.running_cluster() as cluster:
        yield cluster


@pytest.fixture(autouse=True)
def _reset_language_and_clock() -> Iterator[None]:
    set_language("en")
    yield
    set_language("en")
    clock.freeze(None)
