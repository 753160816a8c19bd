"""the exchange with the counsellors' laptops: each row's last change numbered, the replicas,
the bases of three-way merges, the conflicts

Revision ID: 0020_exchange
Revises: 0019_server_search_fastupdate
Create Date: 2026-12-05

``change_log`` is kept by triggers, not by the program's code, so that every way of writing
counts (a screen, an import's bulk insert, the demo's, a restore). Its number is this
database's own sequence: on SQLite one more than the highest (SQLite has one writer at a
time); on the server a sequence, drawn after the audit chain's lock that every writing
transaction holds to its end, so the numbers commit in their order and an exchange never
passes over a change committed late with a lower number. The trigger's function runs with
the owner's rights (SECURITY DEFINER): a seat's role needs no right on the sequence, and
the office's existing seats keep working after the upgrade without new grants. The rows
already there are numbered once.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020_exchange"
down_revision: str | None = "0019_server_search_fastupdate"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The tables whose rows go between the office and the laptops (copied here: a migration
# never depends on today's code). The registers that stay at the office (incidents,
# destructions, funder packages, imports, privacy requests) and the audit log are not.
EXCHANGED = (
    "organizations", "offices", "users", "settings", "partners", "transport_rules",
    "households", "clients", "client_languages", "household_members", "consents",
    "confidential_notes", "activities", "activity_sessions", "enrolments", "attendance",
    "needs_assessments", "needs", "action_plans", "plan_items", "plan_changes",
    "service_records", "referrals", "housing_requests", "housing_steps",
    "transport_requests", "transport_trips", "visits", "appointments", "requests",
    "issued_documents", "exchange_conflicts",
)
AUDIT_LOCK = "cjeapp:audit chain"


def _common() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def _tables() -> None:
    op.create_table(
        "change_log",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_change_log")),
    )
    op.create_index(op.f("ix_change_log_seq"), "change_log", ["seq"])
    op.create_table(
        "exchange_replicas",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("is_self", sa.Boolean(), nullable=False),
        sa.Column("is_hub", sa.Boolean(), nullable=False),
        sa.Column("counsellor_ids", sa.Text(), nullable=False),
        sa.Column("number_prefix", sa.String(length=8), nullable=False),
        sa.Column("sign_public", sa.Text(), nullable=False),
        sa.Column("box_public", sa.Text(), nullable=False),
        sa.Column("sign_private", sa.Text(), nullable=True),
        sa.Column("box_private", sa.Text(), nullable=True),
        sa.Column("acked_seq", sa.BigInteger(), nullable=False),
        sa.Column("received_seq", sa.BigInteger(), nullable=False),
        sa.Column("last_file_seq", sa.BigInteger(), nullable=False),
        sa.Column("files_sent", sa.BigInteger(), nullable=False),
        sa.Column("last_exchange_at", sa.DateTime(), nullable=True),
        *_common(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_replicas")),
    )
    op.create_table(
        "exchange_bases",
        sa.Column("peer_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("agreed", sa.Text(), nullable=True),
        sa.Column("sent", sa.Text(), nullable=True),
        sa.Column("sent_seq", sa.BigInteger(), nullable=True),
        sa.Column("their_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("peer_id", "table_name", "row_id",
                                name=op.f("pk_exchange_bases")),
    )
    op.create_table(
        "exchange_conflicts",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=True),
        sa.Column("replica_id", sa.String(length=36), nullable=False),
        sa.Column("hub_value", sa.Text(), nullable=True),
        sa.Column("other_value", sa.Text(), nullable=True),
        sa.Column("hub_by", sa.String(length=36), nullable=True),
        sa.Column("hub_at", sa.DateTime(), nullable=True),
        sa.Column("other_by", sa.String(length=36), nullable=True),
        sa.Column("other_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=36), nullable=True),
        sa.Column("resolution", sa.String(length=10), nullable=True),
        *_common(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_conflicts")),
    )


def _sqlite_triggers() -> None:
    for table in EXCHANGED:
        for event in ("INSERT", "UPDATE"):
            op.execute(f"""
                CREATE TRIGGER change_log_{table}_{event.lower()} AFTER {event} ON {table}
                BEGIN
                    INSERT INTO change_log (table_name, row_id, seq)
                    VALUES ('{table}', NEW.id,
                            (SELECT COALESCE(MAX(seq), 0) + 1 FROM change_log))
                    ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
                END""")


def _server_triggers() -> None:
    op.execute("CREATE SEQUENCE change_seq")
    op.execute(f"""
        CREATE FUNCTION cjeapp_log_change() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = public AS $$
        BEGIN
            PERFORM pg_advisory_xact_lock(hashtextextended('{AUDIT_LOCK}', 0));
            INSERT INTO change_log (table_name, row_id, seq)
            VALUES (TG_TABLE_NAME, NEW.id, nextval('change_seq'))
            ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
            RETURN NULL;
        END $$""")
    for table in EXCHANGED:
        op.execute(f"CREATE TRIGGER change_log_{table} AFTER INSERT OR UPDATE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION cjeapp_log_change()")


def upgrade() -> None:
    _tables()
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_triggers()
    else:
        _server_triggers()
    for table in EXCHANGED:  # the rows already there, numbered once
        op.execute(f"INSERT INTO change_log (table_name, row_id, seq) "
                   f"SELECT '{table}', id, 1 FROM {table}")
    if op.get_bind().dialect.name != "sqlite":
        op.execute("SELECT setval('change_seq', 2, false)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in EXCHANGED:
            for event in ("insert", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS change_log_{table}_{event}")
    else:
        for table in EXCHANGED:
            op.execute(f"DROP TRIGGER IF EXISTS change_log_{table} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS cjeapp_log_change()")
        op.execute("DROP SEQUENCE IF EXISTS change_seq")
    op.drop_table("exchange_conflicts")
    op.drop_table("exchange_bases")
    op.drop_table("exchange_replicas")
    op.drop_index(op.f("ix_change_log_seq"), table_name="change_log")
    op.drop_table("change_log")

