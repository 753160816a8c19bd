"""The key file beside an encrypted database: the database key, wrapped once per staff
account and once for the recovery key.

The database key is 32 random bytes. Each staff member's copy is wrapped (AES-256-GCM) with
a key derived from their password by Argon2id with a salt of its own, so signing in unlocks
the database and nothing else can. The recovery key (160 random bits, shown once at set-up)
unwraps one more copy, through HKDF: it is already random, stretching adds nothing. The
file must be readable before the database is open, so it is plain JSON; it names nobody
(user names appear as a keyed hash) and holds no key in clear.

It also counts failed attempts to open the database by user name (the same rules as the
sign-in lockout), since those happen before the database can record anything; the next
opening writes them to the audit log.

The file is hostile input: its size is bounded, every field is checked, and any surprise
is one sentence (DatabaseOpenError), never a traceback.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from dataclasses import field
from datetime import datetime
from datetime import timedelta
from pathlib import Path
from typing import Any

from argon2.low_level import Type
from argon2.low_level import hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from cjeapp.core import clock
from cjeapp.core.db.sqlite_file import KEY_BYTES
from cjeapp.core.errors import DatabaseOpenError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg

FORMAT = "cjeapp-keys"
VERSION = 1
MAX_BYTES = 1 << 20
MAX_SLOTS = 2000
MAX_FAILURE_NAMES = 1000
RECOVERY_BYTES = 20
# The same Argon2id cost as the password hashes (argon2-cffi's defaults): ~0.2 s here.
PASSWORD_KDF = "argon2id-v19-t3-m65536-p4"
RECOVERY_KDF = "hkdf-sha256"
_DUMMY_SALT = b"cjeapp: nobody's salt"


def keys_path(db_path: Path) -> Path:
    """Where the key file of the database at ``db_path`` lives."""
    return db_path.with_name(db_path.name + ".keys")


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


_DERIVED: ContextVar[dict[tuple[bytes, str], bytes] | None] = ContextVar(
    "cjeapp_derived", default=None)


@contextmanager
def one_derivation() -> Iterator[None]:
    """Within one sign-in (or password change), a password is stretched once per salt: the
    person's copy of the database key, the signing key they believe and their key pair
    share the salt of that copy, so a sign-in costs one Argon2id derivation. Forgotten at
    the end of the block."""
    token = _DERIVED.set({})
    try:
        yield
    finally:
        _DERIVED.reset(token)


def password_kek(password: str, salt: bytes) -> bytes:
    derived = _DERIVED.get()
    if derived is not None and (salt, password) in derived:
        return derived[(salt, password)]
    kek = hash_secret_raw(password.encode("utf-8"), salt, time_cost=3, memory_cost=65536,
                          parallelism=4, hash_len=KEY_BYTES, type=Type.ID)
    if derived is not None:
        derived[(salt, password)] = kek
    return kek


def _recovery_kek(secret: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt,
                info=b"cjeapp recovery key").derive(secret)


def format_recovery(secret: bytes) -> str:
    """The recovery key as people copy it: eight groups of four letters and digits."""
    text = base64.b32encode(secret).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery(text: str) -> bytes | None:
    """The recovery key's bytes, or None when ``text`` is not one (typing slips forgiven:
    spaces, dashes, lower case, 0 for O, 1 for I, 8 for B)."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    if len(cleaned) != 32:
        return None
    try:
        return base64.b32decode(cleaned)
    except (binascii.Error, ValueError):
        return None


@dataclass
class Slot:
    kind: str  # "password", "recovery", or "pin" (the signing key a person believes)
    who: str  # keyed hash of the user name; "" for the recovery slot
    kdf: str
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def aad(self) -> bytes:
        return f"cjeapp-database-key|{self.kind}|{self.who}".encode()

    def unwrap(self, kek: bytes) -> bytes | None:
        try:
            key = AESGCM(kek).decrypt(self.nonce, self.wrapped, self.aad())
        except InvalidTag:
            return None
        return key if len(key) == KEY_BYTES else None


def _new_slot(kind: str, who: str, kdf: str, salt: bytes, kek: bytes, key: bytes) -> Slot:
    slot = Slot(kind, who, kdf, salt, secrets.token_bytes(12), b"")
    slot.wrapped = AESGCM(kek).encrypt(slot.nonce, key, slot.aad())
    return slot


@dataclass
class Failures:
    count: int
    last: datetime
    until: datetime | None
    audited: int = 0  # how many of them the audit log already holds


@dataclass
class Keyring:
    names: bytes
    slots: list[Slot] = field(default_factory=list)
    failures: dict[str, Failures] = field(default_factory=dict)

    @classmethod
    def new(cls, key: bytes) -> tuple[Keyring, str]:
        """A key file for a new database key, and its recovery key (to show once)."""
        ring = cls(names=secrets.token_bytes(32))
        secret = secrets.token_bytes(RECOVERY_BYTES)
        salt = secrets.token_bytes(16)
        ring.slots.append(_new_slot("recovery", "", RECOVERY_KDF, salt,
                                    _recovery_kek(secret, salt), key))
        return ring, format_recovery(secret)

    def who(self, username: str) -> str:
        login = username.strip().lower()
        return hmac.new(self.names, login.encode("utf-8"), hashlib.sha256).hexdigest()[:40]

    def _slot(self, kind: str, who: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == kind and s.who == who), None)

    def has_password(self, username: str) -> bool:
        return self._slot("password", self.who(username)) is not None

    def unwrap_password(self, username: str, password: str) -> bytes | None:
        """The database key, or None. An unknown name costs the same derivation."""
        slot = self._slot("password", self.who(username))
        if slot is None:
            password_kek(password, _DUMMY_SALT)
            return None
        return slot.unwrap(password_kek(password, slot.salt))

    def unwrap_recovery(self, text: str) -> bytes | None:
        secret = parse_recovery(text)
        slot = self._slot("recovery", "")
        if secret is None or slot is None:
            return None
        return slot.unwrap(_recovery_kek(secret, slot.salt))

    def set_password(self, key: bytes, username: str, password: str) -> None:
        """Wrap ``key`` under ``password`` for ``username`` (replacing their copy)."""
        who = self.who(username)
        salt = secrets.token_bytes(16)
        slot = _new_slot("password", who, PASSWORD_KDF, salt, password_kek(password, salt),
                         key)
        self.slots = [s for s in self.slots if not (s.kind == "password" and s.who == who)]
        self.slots.append(slot)

    def remove_password(self, username: str) -> None:
        who = self.who(username)
        self.slots = [s for s in self.slots
                      if not (s.kind in ("password", "pin") and s.who == who)]

    # The organization's signing public key this person believes (``core.custody``), kept
    # here under their password, out of the database's rows: whoever writes rows with the
    # database key cannot take it away and have the person trust another key.
    def pin_of(self, username: str, password: str) -> bytes | None:
        slot = self._slot("pin", self.who(username))
        return None if slot is None else slot.unwrap(password_kek(password, slot.salt))

    def password_salt(self, username: str) -> bytes | None:
        """The salt of this person's copy of the key (their other sealed things share it,
        so that signing in stretches the password once)."""
        slot = self._slot("password", self.who(username))
        return None if slot is None else slot.salt

    def set_pin(self, username: str, password: str, pin: bytes) -> None:
        who = self.who(username)
        salt = self.password_salt(username) or secrets.token_bytes(16)
        slot = _new_slot("pin", who, PASSWORD_KDF, salt, password_kek(password, salt), pin)
        self.slots = [s for s in self.slots if not (s.kind == "pin" and s.who == who)]
        self.slots.append(slot)

    # Failed attempts to open the database, by keyed user name.
    def locked_until(self, username: str) -> datetime | None:
        row = self.failures.get(self.who(username))
        if row is None or row.until is None or row.until <= clock.now():
            return None
        return row.until

    def record_failure(self, username: str,
                       lock_after: Callable[[int], timedelta | None]) -> None:
        """Count a failure; ``lock_after`` is the sign-in lockout rule (staff.throttle)."""
        who = self.who(username)
        row = self.failures.get(who) or Failures(0, clock.now(), None, 0)
        row.count += 1
        row.last = clock.now()
        delay = lock_after(row.count)
        row.until = row.last + delay if delay else None
        self.failures[who] = row
        if len(self.failures) > MAX_FAILURE_NAMES:  # guessing many names cannot bloat it
            oldest = sorted(self.failures, key=lambda name: self.failures[name].last)
            for name in oldest[:len(self.failures) - MAX_FAILURE_NAMES]:
                del self.failures[name]

    def forget_failures(self, username: str) -> None:
        self.failures.pop(self.who(username), None)

    # The file.
    def to_json(self) -> bytes:
        def b64(data: bytes) -> str:
            return base64.b64encode(data).decode("ascii")

        return (json.dumps({
            "format": FORMAT, "version": VERSION, "names": b64(self.names),
            "slots": [{"kind": s.kind, "who": s.who, "kdf": s.kdf, "salt": b64(s.salt),
                       "nonce": b64(s.nonce), "key": b64(s.wrapped)} for s in self.slots],
            "failures": {who: {"count": f.count, "last": f.last.isoformat(),
                               "until": f.until.isoformat() if f.until else None,
                               "audited": f.audited}
                         for who, f in self.failures.items()},
        }, indent=1) + "\n").encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> Keyring:
        """Raise ValueError naming the first thing wrong."""
        document = json.loads(data.decode("utf-8"))
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise ValueError("not a cjeapp key file")
        if document.get("version") != VERSION:
            raise ValueError(f"key file version {document.get('version')!r} is unknown")
        ring = cls(names=_bytes(document, "names", 32, 32))
        slots = document.get("slots")
        if not isinstance(slots, list) or not 1 <= len(slots) <= MAX_SLOTS:
            raise ValueError("the list of keys is missing or too long")
        seen: set[tuple[str, str]] = set()
        for entry in slots:
            slot = _slot_from(entry)
            if (slot.kind, slot.who) in seen:
                raise ValueError("two keys for the same person")
            seen.add((slot.kind, slot.who))
            ring.slots.append(slot)
        failures = document.get("failures", {})
        if not isinstance(failures, dict) or len(failures) > 10 * MAX_FAILURE_NAMES:
            raise ValueError("the failed attempts are not a table")
        for who, entry in failures.items():
            if not isinstance(entry, dict) or not isinstance(entry.get("count"), int) or \
                    not isinstance(entry.get("audited", 0), int):
                raise ValueError("a failed-attempt entry is malformed")
            until = entry.get("until")
            ring.failures[str(who)] = Failures(
                max(0, entry["count"]), _moment(entry.get("last")),
                _moment(until) if until is not None else None, max(0, entry.get("audited", 0)))
        return ring


def _moment(value: object) -> datetime:
    moment = datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        raise ValueError("a time has no time zone")
    return moment


def _bytes(entry: dict[str, Any], name: str, least: int, most: int) -> bytes:
    value = entry.get(name)
    if not isinstance(value, str) or len(value) > 4 * most:
        raise ValueError(f"the field {name} is missing")
    data = base64.b64decode(value, validate=True)
    if not least <= len(data) <= most:
        raise ValueError(f"the field {name} has the wrong length")
    return data


def _slot_from(entry: object) -> Slot:
    if not isinstance(entry, dict):
        raise ValueError("a key entry is malformed")
    kind, who, kdf = entry.get("kind"), entry.get("who"), entry.get("kdf")
    expected_kdf = {"password": PASSWORD_KDF, "recovery": RECOVERY_KDF,
                    "pin": PASSWORD_KDF}.get(str(kind))
    if expected_kdf is None or kdf != expected_kdf:
        raise ValueError("a key entry has an unknown kind or derivation")
    if not isinstance(who, str) or len(who) > 64 or (kind == "recovery") != (who == ""):
        raise ValueError("a key entry names nobody")
    return Slot(str(kind), who, str(kdf), _bytes(entry, "salt", 16, 16),
                _bytes(entry, "nonce", 12, 12), _bytes(entry, "key", KEY_BYTES + 16,
                                                       KEY_BYTES + 16))


def load(path: Path) -> Keyring:
    """The key file at ``path``, or DatabaseOpenError saying what is wrong with it."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise DatabaseOpenError(msg(N_(
            "The key file {path} is missing: an encrypted database opens only with the key "
            "file that was made with it, in the same folder."), path=str(path))) from None
    except OSError as exc:
        raise DatabaseOpenError(msg(N_("The key file {path} cannot be read: {reason}"),
                                    path=str(path), reason=exc.strerror or str(exc))) from exc
    try:
        if len(data) > MAX_BYTES:
            raise ValueError("the file is too large")
        return Keyring.from_json(data)
    except (ValueError, UnicodeDecodeError, TypeError, binascii.Error,
            RecursionError) as exc:  # RecursionError: JSON nested thousands deep
        raise DatabaseOpenError(msg(N_("The key file {path} is damaged ({reason})."),
                                    path=str(path), reason=str(exc))) from exc


def copy_beside(db_path: Path, copy: Path) -> None:
    """The key file travels with every copy of the database (checked on the way): the
    copy opens with the same passwords and recovery key."""
    save(load(keys_path(db_path)), keys_path(copy))


def save(ring: Keyring, path: Path) -> None:
    """Write the key file whole or not at all (a work file renamed into place)."""
    work = path.with_name(path.name + ".partial")
    with work.open("wb") as handle:
        handle.write(ring.to_json())
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(work, path)
    if hasattr(os, "O_DIRECTORY"):
        folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
