"""Named item-data roles shared by every model and item view of the program."""

from __future__ import annotations

from PySide6.QtCore import Qt

RecordRole = Qt.ItemDataRole.UserRole
"""The row object (or, in list and tree widgets, the id of the record) behind an item."""

ClientIdRole = Qt.ItemDataRole.UserRole + 1
"""The id of the person an item shows, for views that open a client file."""

TakesAttendanceRole = Qt.ItemDataRole.UserRole + 2
"""True on the rows of an attendance list that take a box (enrolled, not waiting)."""
