"""What a workbook says of itself, checked before any reader sees it: an XLSX or ODS is a zip
archive whose directory gives each member's size before and after compression — too many
members, a member that would unpack to hundreds of megabytes or that is a thousand times
smaller packed than unpacked (a « zip bomb ») are refused; an XLSX sheet declares its
dimensions (« A1:XFD1048576 »), and a reader that believes them reserves memory for every
cell: a declaration past what the program reads is refused too.

Also read here, without the reader: the workbook's date system (1900, or 1904 as old
Excel for Mac counted), which serial numbers in a date column are counted from."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg
from cjeapp.core.imports.workbook_child import MAX_CELLS

MAX_BYTES = 50 * 1024 * 1024  # the file itself
MAX_MEMBERS = 2_000
MAX_MEMBER = 300 * 1024 * 1024  # one member, unpacked
MAX_UNPACKED = 500 * 1024 * 1024  # all members, unpacked
MAX_RATIO = 100  # unpacked / packed, for a member over a megabyte
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"\$?([A-Za-z]{1,4})\$?(\d{1,9})"
                        rb"(?::\$?([A-Za-z]{1,4})\$?(\d{1,9}))?\"")
_DATE1904 = re.compile(rb"date1904\s*=\s*\"(?:1|true)\"")
_NULL_1904 = re.compile(rb"null-date[^>]*date-value\s*=\s*\"1904-01-01\"")
_XLS_DATEMODE_1904 = b"\x22\x00\x02\x00\x01\x00"
_ZIP = b"PK\x03\x04"


@dataclass(frozen=True)
class Checked:
    date_system: int  # 1900 or 1904


class ArchiveRefused(Exception):
    """The sentence that says why the file is not read."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.msgid)
        self.message = message


def column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def _bomb(name: str) -> ArchiveRefused:
    return ArchiveRefused(msg(N_(
        "{name} would unpack to far more than a list holds (a compressed file built to "
        "fill the memory, or a damaged one): it is not read."), name=name))


def check_workbook(name: str, data: bytes) -> Checked:
    """Raises ArchiveRefused for a workbook no reader should be given; else what it says of
    its dates."""
    if len(data) > MAX_BYTES:
        raise ArchiveRefused(msg(N_(
            "{name} is larger than {megabytes} MB: split the list into several files."),
            name=name, megabytes=MAX_BYTES // (1024 * 1024)))
    if not data.startswith(_ZIP):
        return Checked(1904 if _XLS_DATEMODE_1904 in data[:1_000_000] else 1900)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError,
            NotImplementedError):
        return Checked(1900)  # the reader says it is damaged, in its own sentence
    if len(members) > MAX_MEMBERS:
        raise _bomb(name)
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > MAX_MEMBER or total > MAX_UNPACKED or (
                member.file_size > 1024 * 1024
                and member.file_size > MAX_RATIO * max(member.compress_size, 1)):
            raise _bomb(name)
    system = 1900
    for member in members:
        head = _head(archive, member)
        if member.filename.startswith("xl/worksheets/") and member.filename.endswith(".xml"):
            _check_dimension(name, head)
        elif _says_1904(member.filename, head):
            system = 1904
    return Checked(system)


def _says_1904(member: str, head: bytes) -> bool:
    if member == "xl/workbook.xml":
        return _DATE1904.search(head) is not None
    return member == "content.xml" and _NULL_1904.search(head) is not None


def _head(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bytes:
    """The first 64 KB of a member that may say something, unpacked (never the whole)."""
    wanted = member.filename
    if not (wanted.startswith("xl/worksheets/") or wanted in ("xl/workbook.xml",
                                                               "content.xml")):
        return b""
    try:
        with archive.open(member) as stream:
            return stream.read(65_536)
    except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError,
            NotImplementedError, RuntimeError):
        return b""  # damaged or encrypted: the reader's own sentence follows


def _check_dimension(name: str, head: bytes) -> None:
    found = _DIMENSION.search(head)
    if found is None:
        return
    first_column, first_row = column_number(found[1].decode()), int(found[2])
    last_column = column_number(found[3].decode()) if found[3] else first_column
    last_row = int(found[4]) if found[4] else first_row
    rows = abs(last_row - first_row) + 1
    columns = abs(last_column - first_column) + 1
    if rows * columns > MAX_CELLS:
        raise ArchiveRefused(msg(N_(
            "{name} says its sheet is {rows} rows by {columns} columns, far more than a "
            "list: copy the list into a new workbook and import that one."),
            name=name, rows=rows, columns=columns))
