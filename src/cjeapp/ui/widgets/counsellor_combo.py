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
        super().__init__([], empty=everyone is not None, parent=parent)
        if everyone is not None:
            self.setItemText(0, everyone)
        self.everyone = everyone
        db, actor = context.db, context.actor
        self._preselect = actor.user_id if preselect_self else None
        # Read off the screen's thread; a counsellor chosen before the list comes is
        # chosen when it does.
        self.fill_from(lambda: [(account.id, account.full_name)
                                for account in accounts.list_counsellors(db, actor)])

    def _filled(self, pairs: list[tuple[str, str]]) -> None:
        if self._wanted is None and any(code == self._preselect for code, _name in pairs):
            self._wanted = self._preselect
        super()._filled(pairs)
        if self.everyone is not None:
            self.setItemText(0, self.everyone)

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
