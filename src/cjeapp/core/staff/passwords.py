"""Password hashing with Argon2id (argon2-cffi: maintained, and the OWASP recommendation)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError
from argon2.exceptions import VerificationError

from cjeapp.core.errors import FieldError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg

_hasher = PasswordHasher()
MIN_LENGTH = 8


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def password_problem(field: str, password: str) -> FieldError | None:
    if len(password) < MIN_LENGTH:
        return FieldError(field, msg(N_("The password needs at least {min} characters."),
                                     min=MIN_LENGTH))
    return None
