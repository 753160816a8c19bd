"""secrets on a need-to-know basis: each staff member's key pair, and each secret sealed to
the people it is for

Revision ID: 0022_key_custody
Revises: 0021_exchange_heads
Create Date: 2026-12-06

Both tables go between the office and the laptops (a counsellor's laptop needs the sealed
copies of the case-notes key made for them), so they get the same change-log triggers as
the other exchanged tables. Nothing is moved here: a migration knows nobody's password.
The confidential notes and the signing and pseudonym keys still in clear are sealed by
the program at the first sign-in of someone they are for (``core.custody``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022_key_custody"
down_revision: str | None = "0021_exchange_heads"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("key_holders", "key_grants")


def _common() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "key_holders",
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("private_sealed", sa.Text(), nullable=False),
        sa.Column("certificate", sa.Text(), nullable=False),
        *_common(),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"],
                                name=op.f("fk_key_holders_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_holders")),
    )
    op.create_index(op.f("ix_key_holders_user_id"), "key_holders", ["user_id"])
    op.create_table(
        "key_grants",
        sa.Column("holder_id", sa.String(length=36), nullable=False),
        sa.Column("secret", sa.String(length=20), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("sealed", sa.Text(), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
        *_common(),
        sa.ForeignKeyConstraint(["holder_id"], ["key_holders.id"],
                                name=op.f("fk_key_grants_holder_id_key_holders")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_grants")),
    )
    op.create_index(op.f("ix_key_grants_holder_id"), "key_grants", ["holder_id"])
    if op.get_bind().dialect.name == "sqlite":
        for table in TABLES:
            for event in ("INSERT", "UPDATE"):
                op.execute(f"""
                    CREATE TRIGGER change_log_{table}_{event.lower()} AFTER {event} ON {table}
                    BEGIN
                        INSERT INTO change_log (table_name, row_id, seq)
                        VALUES ('{table}', NEW.id,
                                (SELECT COALESCE(MAX(seq), 0) + 1 FROM change_log))
                        ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
                    END""")
    else:
        for table in TABLES:
            op.execute(f"CREATE TRIGGER change_log_{table} AFTER INSERT OR UPDATE ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION cjeapp_log_change()")


def downgrade() -> None:
    for table in reversed(TABLES):
        if op.get_bind().dialect.name == "sqlite":
            for event in ("insert", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS change_log_{table}_{event}")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS change_log_{table} ON {table}")
    op.drop_index(op.f("ix_key_grants_holder_id"), table_name="key_grants")
    op.drop_table("key_grants")
    op.drop_index(op.f("ix_key_holders_user_id"), table_name="key_holders")
    op.drop_table("key_holders")
