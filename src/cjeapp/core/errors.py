"""Errors raised by core services. Each carries a translatable message."""

from __future__ import annotations

from dataclasses import dataclass

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg


class CjeError(Exception):
    """Base of every error a user may see."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.msgid)
        self.message = message

    def __str__(self) -> str:
        return self.message.render()


@dataclass(frozen=True)
class FieldError:
    field: str
    message: Message

    def render(self, language: str | None = None) -> str:
        return self.message.render(language)


class ValidationError(CjeError):
    """One or more fields were refused. ``errors`` names each field and what to fix."""

    def __init__(self, errors: list[FieldError]) -> None:
        if not errors:
            raise ValueError("ValidationError needs at least one FieldError")
        super().__init__(errors[0].message)
        self.errors = errors

    def for_field(self, name: str) -> list[FieldError]:
        return [error for error in self.errors if error.field == name]

    def __str__(self) -> str:
        return "\n".join(error.render() for error in self.errors)


class PermissionDenied(CjeError):
    def __init__(self, action: str) -> None:
        super().__init__(msg(N_("Your role does not allow this action: {action}."), action=action))
        self.action = action


class PasswordChangeRequired(PermissionDenied):
    """The password was reset by an administrator: nothing is allowed before a new one."""

    def __init__(self, action: str) -> None:
        CjeError.__init__(self, msg(N_(
            "Your password was reset: choose a new one before doing anything else.")))
        self.action = action


class NotFound(CjeError):
    def __init__(self, what: str, ident: str) -> None:
        super().__init__(msg(N_("No {what} was found with the identifier {ident}."),
                             what=what, ident=ident))


class ConflictError(CjeError):
    """The record changed since it was read (another window or another user saved it)."""


class AuthenticationError(CjeError):
    pass


class DatabaseOpenError(CjeError):
    """The database file cannot be used (corrupt, too new, not a cjeapp file...)."""


class ContradictingLog(DatabaseOpenError):
    """A backup's audit log contradicts the live file's: one of the two was rewritten. Not
    restored unless the administrator insists (the restore then says so in the log)."""


class DamagedDatabase(DatabaseOpenError):
    """The file's pages, schema, audit chain or references cannot be trusted: a backup of
    it is refused (a business finding never raises this)."""


class Cancelled(CjeError):
    """The person stopped long work (a batch, an export); nothing of it was kept."""

    def __init__(self) -> None:
        super().__init__(msg(N_("Stopped: nothing was kept.")))


class Unexpected(CjeError):
    """Long work stopped on an error that is not one of the program's refusals: a full disk,
    a folder that cannot be written, a bug. What the work was making was not kept."""

    def __init__(self, error: BaseException) -> None:
        detail = f"{type(error).__name__}: {error}"
        if isinstance(error, OSError):
            super().__init__(msg(N_(
                "The work stopped because a file could not be written or read ({detail}). "
                "Check that the disk is not full and that the folder can be written, then "
                "try again; nothing of this work was kept."), detail=detail))
        else:
            super().__init__(msg(N_(
                "The work stopped on an unexpected error ({detail}); nothing of it was kept. "
                "Try again; if it happens again, send this message to whoever helps you with "
                "cjeapp."), detail=detail))


class Inconsistent(CjeError):
    """Something the program relies on is missing or of the wrong kind (a damaged or
    hand-edited database, a programming error). Never stripped, unlike ``assert``."""

    def __init__(self, what: str) -> None:
        super().__init__(msg(N_(
            "cjeapp found something inconsistent ({what}) and stopped without changing "
            "anything. Run \"cjeapp check\" and send its report to whoever helps you with "
            "cjeapp."), what=what))
