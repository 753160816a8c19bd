"""The choice of a counsellor (agenda, follow-ups, booking), opened on the person signed in
when they carry files themselves; an account made, renamed or closed in Settings is offered
(or no longer) at once."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
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
        self._context = context
        self._everyone = everyone
        context.events.changed.connect(self._on_changed)

    def _on_changed(self, change: Change) -> None:
        if change.kind is ChangeKind.USERS:
            self.reload()

    def reload(self) -> None:
        """The counsellors as they are now; the one chosen stays chosen while active. Its
        screen hears of it only when the choice itself changed."""
        chosen = self.value()
        counsellors = accounts.list_counsellors(self._context.db, self._context.actor)
        blocked = self.blockSignals(True)
        try:
            self.replace_choices([(account.id, account.full_name) for account in counsellors])
            if self._everyone is not None:
                self.setItemText(0, self._everyone)
        finally:
            self.blockSignals(blocked)
        if self.value() != chosen:
            self.currentIndexChanged.emit(self.currentIndex())

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
