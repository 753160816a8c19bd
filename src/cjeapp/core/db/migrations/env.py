"""Alembic environment: runs on the connection handed in by cjeapp.core.db.database."""

from alembic import context

from cjeapp.core.db.migrate import include_name
from cjeapp.core.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    context.configure(url="sqlite://", target_metadata=target_metadata,
                      literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("cjeapp runs migrations on an open connection only")
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True, transaction_per_migration=True,
                      include_name=include_name)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
