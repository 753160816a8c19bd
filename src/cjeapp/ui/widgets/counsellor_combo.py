"""The choice of a counsellor (agenda, follow-ups, booking), opened on the person signed in
when they carry files themselves."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.ids import UserId
from cjeapp.core.staff import accounts
from cjeapp.ui.context import AppContext
from cjeapp.ui.widgets.code_combo import CodeCombo


class CounsellorCombo(CodeCombo):
    """``value()`` is the counsellor's id, or None for ``everyone`` (the first entry)."""

    def __init__(self, context: AppContext, *, everyone: str | None = None,
                 preselect_self: bool = True, parent: QWidget | None = None) -> None:
        counsellors = accounts.list_counsellors(context.db, context.actor)
        super().__init__([(account.id, account.full_name) for account in counsellors],
                         empty=everyone is not None, parent=parent)
        if everyone is not None:
            self.setItemText(0, everyone)
        if preselect_self and any(account.id == context.actor.user_id
                                  for account in counsellors):
            self.set_value(context.actor.user_id)

    def value(self) -> UserId | None:
        code = super().value()
        return UserId(code) if code else None

    def required_value(self) -> UserId:
        """The counsellor chosen, or the refusal to show beside the field."""
        chosen = self.value()
        if chosen is None:
            raise ValidationError([FieldError("counsellor_id", msg(N_(
                "Choose the counsellor.")))])
        return chosen
