"""Spreadsheet imports: each batch, and which record each of its rows made (so a batch can
be undone, and every imported record says where it came from)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column

from cjeapp.core.models.base import Record
from cjeapp.core.models.base import UTCDateTime
from cjeapp.core.models.base import fk


class ImportBatch(Record):
    __tablename__ = "import_batches"

    kind: Mapped[str] = mapped_column(String(20))  # people, services, attendance, partners
    source_name: Mapped[str] = mapped_column(String(260))  # the file's name, not its path
    source_sha256: Mapped[str] = mapped_column(String(64))
    rows: Mapped[int] = mapped_column(Integer)
    imported: Mapped[int] = mapped_column(Integer)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ImportRecord(Record):
    __tablename__ = "import_records"

    batch_id: Mapped[str] = fk("import_batches.id")
    entity: Mapped[str] = mapped_column(String(40))  # table name
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    source_row: Mapped[int] = mapped_column(Integer)  # as the spreadsheet numbers it
    # created, merged (an existing file completed), linked (the row is that file, nothing
    # changed) or revived (a tombstoned record brought back)
    action: Mapped[str] = mapped_column(String(10), default="created",
                                        server_default="created")
    # JSON: for merged and revived, the record's version after the import and the values
    # the import replaced, so the undo puts them back (and sees later work)
    before_values: Mapped[str | None] = mapped_column(Text)
