"""Spreadsheets built to harm the reader, small on disk: a sheet that declares (or holds) one
far cell, a zip bomb, an ODS whose one row is repeated a million times across every column,
a CSV of millions of empty rows or of thousands of columns, a cell with a control
character. Each is written by hand (no program would write them)."""

from __future__ import annotations

import zipfile
from pathlib import Path

_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
          '.org/package/2006/content-types"><Default Extension="rels" ContentType="application/'
          'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
          '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
          'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
          '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.spreadsheetml.worksheet+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
         'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
         'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
         '"xl/workbook.xml"/></Relationships>')
_BOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats'
         '.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
         'officeDocument/2006/relationships"><sheets><sheet name="Liste" sheetId="1" r:id='
         '"rId1"/></sheets></workbook>')
_BOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
              'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='
              '"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"'
              ' Target="worksheets/sheet1.xml"/></Relationships>')
_SHEET_OPEN = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
               'openxmlformats.org/spreadsheetml/2006/main">')


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _xlsx(path: Path, sheet_parts: list[str] | None = None, sheet: str = "") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _BOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _BOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as stream:
            stream.write(sheet.encode())
            for part in sheet_parts or []:
                stream.write(part.encode())
    return path


def far_cell(path: Path, declared: bool = True) -> Path:
    """A list of two rows and one cell at XFD1048576 (declared as the sheet's dimension, or
    not: then only the cells say it)."""
    dimension = '<dimension ref="A1:XFD1048576"/>' if declared else ""
    rows = (f'<sheetData><row r="1">{_cell("A1", "Nom")}{_cell("B1", "Prénom")}</row>'
            f'<row r="2">{_cell("A2", "BENALI")}{_cell("B2", "Khadija")}</row>'
            f'<row r="1048576">{_cell("XFD1048576", "x")}</row></sheetData></worksheet>')
    return _xlsx(path, sheet=_SHEET_OPEN + dimension + rows)


def zip_bomb(path: Path, megabytes: int = 150) -> Path:
    """A sheet of empty rows that packs a thousand times smaller than it unpacks."""
    row = "<row/>" * 10_000
    chunk = row * (1024 * 1024 // len(row) + 1)
    head = (_SHEET_OPEN + '<sheetData><row r="1">' + _cell("A1", "Nom") + _cell("B1", "Prénom")
            + '</row><row r="2">' + _cell("A2", "A") + _cell("B2", "B") + "</row>")
    return _xlsx(path, [*(chunk for _ in range(megabytes)), "</sheetData></worksheet>"],
                 sheet=head)


def repeated_ods(path: Path, rows: int = 1_048_575, columns: int = 16_384) -> Path:
    """An ODS whose second row, filled in every column, is repeated a million times."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:'
        'oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:'
        'opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:'
        'text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table '
        'table:name="Liste"><table:table-row><table:table-cell office:value-type="string">'
        '<text:p>Nom</text:p></table:table-cell><table:table-cell office:value-type="string">'
        '<text:p>Prénom</text:p></table:table-cell></table:table-row>'
        f'<table:table-row table:number-rows-repeated="{rows}"><table:table-cell '
        f'table:number-columns-repeated="{columns}" office:value-type="string"><text:p>x</text:p>'
        '</table:table-cell></table:table-row></table:table></office:spreadsheet>'
        '</office:body></office:document-content>')
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
        'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry'
        ' manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
        'spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:'
        'media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


def empty_rows_csv(path: Path, rows: int = 3_000_000) -> Path:
    path.write_bytes("Nom;Prénom\r\nBENALI;Khadija\r\n".encode("cp1252") + b";\r\n" * rows)
    return path


def wide_csv(path: Path, columns: int = 5_000) -> Path:
    path.write_bytes(b"Nom;Pr\xe9nom;" + b";".join(b"x" for _ in range(columns)) + b"\r\n"
                     + b"BENALI;Khadija\r\n")
    return path


def control_csv(path: Path) -> Path:
    path.write_bytes("Nom;Prénom;Téléphone\r\nBENALI;Kha\x01dija;418 555-0104\r\n"
                     "GOMEZ;Ana;\x1b418\r\n".encode("cp1252"))
    return path
