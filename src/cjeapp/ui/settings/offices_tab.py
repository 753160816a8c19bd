"""Offices and points of service, and which one this PC is at."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.changes import ChangeKind
from cjeapp.core.codelists import codelist
from cjeapp.core.models import Office
from cjeapp.core.org import organization
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import error_label
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import under_fields
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.code_combo import CodeCombo


class OfficesTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.list = QListWidget()
        self.this_pc = QComboBox()
        self.name = QLineEdit()
        self.municipality = QLineEdit()
        self.region = CodeCombo.from_list("regions")
        self.point_of_service = QCheckBox(self.tr("Point of service (outside the main office)"))
        labels = {name: error_label() for name in ("office_name", "municipality",
                                                    "region_code")}
        self.errors = FieldErrors(labels)
        self.add_button = QPushButton(self.tr("Add the office"))
        form = QFormLayout()
        form.addRow(self.tr("This computer is at"), self.this_pc)
        form.addRow(QLabel(self.tr("New office or point of service")))
        for caption, widget, key in ((self.tr("Name"), self.name, "office_name"),
                                     (self.tr("Municipality"), self.municipality,
                                      "municipality"),
                                     (self.tr("Region"), self.region, "region_code")):
            form.addRow(caption, widget)
            form.addRow("", labels[key])
        form.addRow("", self.point_of_service)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.add_button)
        self.add_button.clicked.connect(self.add_office)
        self.this_pc.activated.connect(self._choose_this_pc)
        self._offices: Query[list[Office]] = Query(self, self._show)
        self.refresh()

    def refresh(self) -> None:
        db = self.context.db
        self._offices.run(lambda: organization.list_offices(db))

    def _show(self, offices: list[Office]) -> None:
        self.list.clear()
        self.this_pc.clear()
        for office in offices:
            kind = self.tr("point of service") if office.is_point_of_service else \
                self.tr("office")
            region = codelist("regions").label(office.region_code) if office.region_code else ""
            self.list.addItem(f"{office.name} — {kind}"
                              + (f" — {office.municipality}" if office.municipality else "")
                              + (f" ({region})" if region else ""))
            self.this_pc.addItem(office.name, office.id)
        current = self.this_pc.findData(self.context.office_id)
        if current >= 0:
            self.this_pc.setCurrentIndex(current)

    def _choose_this_pc(self, index: int) -> None:
        office_id = self.this_pc.itemData(index)
        if office_id:
            self.context.set_office(str(office_id))  # this PC's, not the database's
            self.context.announce(ChangeKind.VISITS, origin=self)

    def add_office(self) -> None:
        self.errors.clear()
        db, actor = self.context.db, self.context.actor
        name, municipality = self.name.text(), self.municipality.text()
        region, point = self.region.value(), self.point_of_service.isChecked()
        write(self, lambda: organization.add_office(
            db, actor, name=name, municipality=municipality, region_code=region,
            is_point_of_service=point), lambda _office: self._added(),
            refused=under_fields(self))

    def _added(self) -> None:
        self.name.clear()
        self.municipality.clear()
        self.refresh()
