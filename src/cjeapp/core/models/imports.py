"""Spreadsheet imports: each batch, and which record each of its rows made (so a batch can
be undone, and every imported record says where it came from)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from cjeapp.core.models.base import Record, UTCDateTime, fk


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
