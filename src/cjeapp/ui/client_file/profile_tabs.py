"""The tabs that edit the person's own fields (saved together with one Save)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QWidget

from cjeapp.core.changes import ChangeKind
from cjeapp.core.org import organization
from cjeapp.ui.client_file import funder_marks
from cjeapp.ui.client_file.field_captions import caption
from cjeapp.ui.client_file.form_fields import FieldGroup
from cjeapp.ui.client_file.form_fields import LanguageList
from cjeapp.ui.context import AppContext
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.counsellor_combo import CounsellorCombo
from cjeapp.ui.widgets.date_field import DateField
from cjeapp.ui.widgets.language_picker import LanguagePicker


def _page(owner: QWidget) -> tuple[QScrollArea, QFormLayout]:
    inner = QWidget()
    layout = QFormLayout(inner)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    area = QScrollArea(owner)
    area.setWidgetResizable(True)
    area.setWidget(inner)
    return area, layout


class ProfilePages(QObject):
    """Builds the (title, page) pairs; every field is registered in ``group``."""

    def __init__(self, owner: QWidget, context: AppContext, group: FieldGroup) -> None:
        super().__init__(owner)
        self.group = group
        self.pages = self._build(owner, context, group)

    def mark_asked(self, asked: tuple[str, ...]) -> None:
        """Star the fields the funder or the policy needs (read with the file: off the
        screen's thread), and say why on the field itself."""
        for field in asked:
            bound = self.group.fields.get(field)
            if bound is None:
                continue
            funder_marks.mark(bound.widget, field, asked)
            page = bound.widget.parentWidget()
            form = page.layout() if page is not None else None
            label = form.labelForField(bound.widget) if isinstance(form, QFormLayout) else None
            if isinstance(label, QLabel) and label.text():
                label.setText(funder_marks.marked(field, asked))

    def _build(self, owner: QWidget, context: AppContext,
               group: FieldGroup) -> list[tuple[str, QWidget]]:
        identity, form = _page(owner)
        group.add(form, "first_name", caption("first_name"), QLineEdit())
        group.add(form, "last_name", caption("last_name"), QLineEdit())
        group.add(form, "other_names", caption("other_names"), QLineEdit())
        group.add(form, "birth_date", caption("birth_date"), DateField("birth_date"))
        group.add(form, "sex", caption("sex"), CodeCombo.from_list("sexes"))
        group.add(form, "gender", caption("gender"), QLineEdit())
        group.add(form, "country_of_birth", caption("country_of_birth"), CodeCombo.countries())
        group.add(form, "citizenship", caption("citizenship"), CodeCombo.countries())
        group.add(form, "phone", caption("phone"), QLineEdit())
        group.add(form, "email", caption("email"), QLineEdit())
        group.add(form, "address", caption("address"), QLineEdit())
        group.add(form, "municipality", caption("municipality"), QLineEdit())
        group.add(form, "region_code", caption("region_code"),
                  CodeCombo.from_list("regions"))
        gaps = QLineEdit()
        gaps.setPlaceholderText(self.tr("Empty once every field marked * is known"))
        group.add(form, "intake_gaps_reason", caption("intake_gaps_reason"), gaps)

        immigration, form = _page(owner)
        group.add(form, "immigration_category", caption("immigration_category"),
                  CodeCombo.from_list("immigration_categories"))
        group.add(form, "immigration_status", caption("immigration_status"),
                  CodeCombo.from_list("immigration_statuses"))
        group.add(form, "arrival_date", caption("arrival_date"), DateField("arrival_date"))
        group.add(form, "mifi_client_number", caption("mifi_client_number"), QLineEdit())
        group.add(form, "has_sin", caption("has_sin"),
                  QCheckBox(self.tr("Social insurance number")))
        group.add(form, "has_ramq_card", "", QCheckBox(self.tr("RAMQ health card")))
        group.add(form, "has_drivers_licence", "", QCheckBox(self.tr("Driver's licence")))
        group.add(form, "has_bank_account", "", QCheckBox(self.tr("Bank account")))

        languages, form = _page(owner)
        group.add(form, "languages", caption("languages"), LanguageList())
        group.add(form, "french_level", caption("french_level"),
                  CodeCombo.from_list("french_levels"))
        group.add(form, "preferred_language", caption("preferred_language"),
                  CodeCombo([("fr", self.tr("French")), ("en", self.tr("English"))], empty=False))
        group.add(form, "interpreter_needed", caption("interpreter_needed"),
                  QCheckBox(self.tr("An interpreter is needed for appointments")))
        group.add(form, "interpreter_language", caption("interpreter_language"),
                  LanguagePicker())

        follow, form = _page(owner)
        group.add(form, "assigned_counsellor_id", caption("assigned_counsellor_id"),
                  CounsellorCombo(context, everyone="—", preselect_self=False))
        offices = CodeCombo([])
        db = context.db
        offices.fill_from(lambda: [(office.id, office.name)
                                   for office in organization.list_offices(db)])
        offices.refill_on(context.events, frozenset({ChangeKind.SETTINGS}))
        group.add(form, "office_id", caption("office_id"), offices)
        return [(self.tr("Identity and contact"), identity), (self.tr("Immigration"), immigration),
                (self.tr("Languages and French"), languages), (self.tr("Counsellor"), follow)]
