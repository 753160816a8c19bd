"""the search index on the office's PostgreSQL server (SQLite keeps its FTS5 index of 0002)

Revision ID: 0018_server_search
Revises: 0017_import_actions
Create Date: 2026-12-04

What is searched is what SQLite's index holds, in the same two parts: the names (names, the
name without hyphens and apostrophes), weighted A, and the contact details (the phone's
digits with and without the area code, e-mail, MIFI number, birth date as digits), weighted
B, folded the same way (lower case, no accents, ligatures spelled out, every other
character a space) into one ``tsvector`` of whole words: ``word:*`` finds a word by its
beginning as FTS5's prefix query does (``word:*A`` in the names only), and one GIN index
answers every term of a query at once. Each entry carries the person's French sort key, so
the first names of a list in order come from the index alone. A trigger keeps the index in
step with every write, as SQLite's triggers do; a deleted file leaves it.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0018_server_search"
down_revision: str | None = "0017_import_actions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _folded(text: str) -> str:
    for source, target in (("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("Æ", "AE")):
        text = f"replace({text}, '{source}', '{target}')"
    return (f"to_tsvector('simple', regexp_replace(lower(unaccent({text})), "
            f"'[^[:alnum:]]+', ' ', 'g'))")


def _names(row: str) -> str:
    full = f"{row}.first_name || ' ' || {row}.last_name"
    return _folded(f"{full} || ' ' || coalesce({row}.other_names, '') || ' ' || "
                   f"translate({full}, '-''’', '')")


def _contact(row: str) -> str:
    return _folded(f"coalesce({row}.phone_digits, '') || ' ' || "
                   f"substr(coalesce({row}.phone_digits, ''), 4) || ' ' || "
                   f"coalesce({row}.email, '') || ' ' || coalesce({row}.mifi_client_number, "
                   f"'') || ' ' || coalesce(to_char({row}.birth_date, 'YYYYMMDD'), '')")


def _document(row: str) -> str:
    return f"setweight({_names(row)}, 'A') || setweight({_contact(row)}, 'B')"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    op.execute("CREATE TABLE client_search (client_id VARCHAR(36) PRIMARY KEY, "
               "sort_key VARCHAR(420) NOT NULL, document TSVECTOR NOT NULL)")
    op.execute("CREATE INDEX client_search_document ON client_search USING GIN (document)")
    op.execute(
        "CREATE FUNCTION client_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN "
        "IF TG_OP IN ('UPDATE', 'DELETE') THEN "
        "DELETE FROM client_search WHERE client_id = OLD.id; END IF; "
        "IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.deleted_at IS NULL THEN "
        "INSERT INTO client_search (client_id, sort_key, document) VALUES "
        f"(NEW.id, NEW.sort_key, {_document('NEW')}); "
        "END IF; "
        "RETURN NULL; END $$")
    op.execute("CREATE TRIGGER clients_search AFTER INSERT OR UPDATE OR DELETE ON clients "
               "FOR EACH ROW EXECUTE FUNCTION client_search_sync()")
    op.execute(f"INSERT INTO client_search (client_id, sort_key, document) SELECT c.id, "
               f"c.sort_key, {_document('c')} FROM clients AS c WHERE c.deleted_at IS NULL")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute("DROP TRIGGER IF EXISTS clients_search ON clients")
    op.execute("DROP FUNCTION IF EXISTS client_search_sync()")
    op.execute("DROP TABLE IF EXISTS client_search")
