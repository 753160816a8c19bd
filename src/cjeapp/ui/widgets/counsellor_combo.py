"""The choice of a counsellor (agenda, follow-ups, booking), opened on the person signed in
when they carry files themselves; an account made, renamed or closed in Settings is offered
(or no longer) at once."""

from __future__ import annotations

from collections.abc import Callable

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
        super().__init__([], empty=everyone is not None, parent=parent)
        if everyone is not None:
            self.setItemText(0, everyone)
        self.everyone = everyone
        db, actor = context.db, context.actor
        self._preselect = actor.user_id if preselect_self else None
        self._first = True
        # Read off the screen's thread; a counsellor chosen before the list comes is
        # chosen when it does.
        self._read: Callable[[], list[tuple[str, str]]] = lambda: [
            (str(account.id), account.full_name)
            for account in accounts.list_counsellors(db, actor)]
        self.fill_from(self._read)
        context.events.changed.connect(self._on_changed)

    def _on_changed(self, change: Change) -> None:
        if change.kind is ChangeKind.USERS:
            self.fill_from(self._read)

    def _filled(self, pairs: list[tuple[str, str]]) -> None:
        """The counsellors as they are now; the one chosen stays chosen while active. Its
        screen hears of it only when the choice itself changed."""
        first, self._first = self._first, False
        if first and not self.asked \
                and any(code == self._preselect for code, _name in pairs):
            self._wanted = self._preselect
        chosen = self.value()
        blocked = self.blockSignals(True)
        try:
            super()._filled(pairs)
            if self.everyone is not None:
                self.setItemText(0, self.everyone)
        finally:
            self.blockSignals(blocked)
        if first or self.value() != chosen:
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
