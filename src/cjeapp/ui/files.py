"""Files the person chooses: where to save bytes made by a service (PDF, spreadsheet,
calendar), and which file to open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QWidget

from cjeapp.core.writers.whole_file import write_whole


def save_bytes(parent: QWidget, data: bytes, suggested_name: str, file_filter: str) -> str | None:
    """Ask where to save ``data``; return the path written, or None when cancelled."""
    target, _chosen = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Files", "Save"), suggested_name, file_filter)
    if not target:
        return None
    write_whole(Path(target), data)
    return target


def chosen_file(parent: QWidget, title: str, file_filter: str,
                folder: Path | None = None) -> Path | None:
    """The file the person picks to open (from ``folder``, their home by default), or None
    when they cancel."""
    path, _chosen = QFileDialog.getOpenFileName(parent, title, str(folder or Path.home()),
                                                file_filter)
    return Path(path) if path else None
