"""client search: French sort key and an FTS5 index kept in step by triggers

On PostgreSQL only the sort key: the server's search index is its own migration
(0018_server_search), made for the server from the start.

Revision ID: 0002_client_search
Revises: 0001_initial
Create Date: 2026-11-22
"""

import re
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_client_search"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _ligatures(expression: str) -> str:
    for source, target in (("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("Æ", "AE")):
        expression = f"replace({expression}, '{source}', '{target}')"
    return expression


def _compact(expression: str) -> str:
    for mark in ("-", "''", "’"):
        expression = f"replace({expression}, '{mark}', '')"
    return expression


def _names(row: str) -> str:
    full = f"{row}.first_name || ' ' || {row}.last_name"
    return _ligatures(f"{full} || ' ' || coalesce({row}.other_names, '') || ' ' || "
                      f"{_compact(full)}")


def _contact(row: str) -> str:
    return (f"coalesce({row}.phone_digits, '') || ' ' || substr(coalesce({row}.phone_digits, "
            f"''), 4) || ' ' || coalesce({row}.email, '') || ' ' || "
            f"coalesce({row}.mifi_client_number, '') || ' ' || "
            f"replace(coalesce({row}.birth_date, ''), '-', '')")


def _insert(row: str) -> str:
    return (f"INSERT INTO client_search (rowid, names, contact) "
            f"SELECT {row}.rowid, {_names(row)}, {_contact(row)} "
            f"WHERE {row}.deleted_at IS NULL;")


# The French sort key as this migration computed it, frozen here: a migration must give the
# same result whatever later versions of the program do to their own folding.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})
_PUNCTUATION = re.compile(r"[-'’ʼ`.]")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def sort_key(first_name: str, last_name: str) -> str:
    last = _PUNCTUATION.sub("", _fold(last_name)).strip()
    first = _PUNCTUATION.sub("", _fold(first_name)).strip()
    return f"{last}\x1f{first}"


def upgrade() -> None:
    with op.batch_alter_table("clients") as batch:
        batch.add_column(sa.Column("sort_key", sa.String(length=420), nullable=False,
                                   server_default=""))
        batch.create_index("ix_clients_sort_key", ["sort_key", "id"])
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, first_name, last_name FROM clients")).all()
    if rows:
        connection.execute(sa.text("UPDATE clients SET sort_key = :key WHERE id = :id"),
                           [{"key": sort_key(first, last), "id": ident}
                            for ident, first, last in rows])
    if connection.dialect.name != "sqlite":
        return
    op.execute("CREATE VIRTUAL TABLE client_search USING fts5(names, contact, "
               "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')")
    op.execute(f"CREATE TRIGGER clients_search_insert AFTER INSERT ON clients BEGIN "
               f"{_insert('new')} END")
    op.execute(f"CREATE TRIGGER clients_search_update AFTER UPDATE ON clients BEGIN "
               f"DELETE FROM client_search WHERE rowid = old.rowid; {_insert('new')} END")
    op.execute("CREATE TRIGGER clients_search_delete AFTER DELETE ON clients BEGIN "
               "DELETE FROM client_search WHERE rowid = old.rowid; END")
    op.execute(f"INSERT INTO client_search (rowid, names, contact) "
               f"SELECT c.rowid, {_names('c')}, {_contact('c')} FROM clients AS c "
               f"WHERE c.deleted_at IS NULL")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS clients_search_{trigger}")
        op.execute("DROP TABLE IF EXISTS client_search")
    with op.batch_alter_table("clients") as batch:
        batch.drop_index("ix_clients_sort_key")
        batch.drop_column("sort_key")
