"""Sealing a funder package, and checking one someone hands over: a hostile-input parser.

The seal is an Ed25519 signature over the SHA-256 of every byte of the zip but the last 88,
which hold the signature itself (the end of the zip comment). With the organization's key
given, the seal is checked before anything in the zip is parsed: one changed byte anywhere
(a member, a name, a date, the public key file) is refused. The manifest then names every
member with its SHA-256, and nothing else may be in the zip. Sizes are bounded before
anything is read, members are hashed in chunks, and every refusal is one sentence. Without
the organization's public key given separately, a package can only be "consistent, signer
unverified": anyone can sign a package with a key of their own."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from pathlib import PurePosixPath
from typing import Any

from cryptography.exceptions import InvalidSignature

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg
from cjeapp.core.reporting import keys

MANIFEST, PUBLIC_KEY = "manifest.json", "public_key.pem"
SEAL_PREFIX = b"cjeapp-seal-ed25519:"
SEAL_LENGTH = 88  # base64 of a 64-byte signature
SEAL_CONTEXT = b"cjeapp funder package, SHA-256 of the bytes before the seal:"
MAX_MEMBERS = 200
MAX_MEMBER_BYTES = 4 << 30  # a year's services sheet is far below this
MAX_TOTAL_BYTES = 8 << 30
MAX_MANIFEST_BYTES = 1 << 20
MAX_RATIO = 200  # uncompressed / compressed: CSV compresses ~10x; bombs ~1000x
CHUNK = 1 << 20


@dataclass(frozen=True)
class Verdict:
    intact: bool
    reason: Message
    signer_verified: bool = False


def _refused(msgid: str, **params: object) -> Verdict:
    return Verdict(False, msg(msgid, **params))


def _structure_problem(package: zipfile.ZipFile) -> Verdict | None:
    infos = package.infolist()
    names = [info.filename for info in infos]
    if len(infos) > MAX_MEMBERS:
        return _refused(N_("The package holds {count} files; a package never holds that many."),
                        count=len(infos))
    if len(set(names)) != len(names):
        twice = sorted({name for name in names if names.count(name) > 1})[0]
        return _refused(N_("The package holds two files named {name}."), name=twice)
    total = 0
    for info in infos:
        path = PurePosixPath(info.filename)
        if (info.filename.startswith(("/", "\\")) or ".." in path.parts or "\\" in info.filename
                or ":" in info.filename or info.is_dir()):
            return _refused(N_("The package holds a file with a forbidden name: {name}."),
                            name=info.filename)
        if info.file_size > MAX_MEMBER_BYTES or (
                info.file_size > CHUNK and info.file_size > MAX_RATIO * max(
                    info.compress_size, 1)):
            return _refused(N_("{name} is larger than a package file can be."),
                            name=info.filename)
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        return _refused(N_("The package is larger than a package can be."))
    for needed in (MANIFEST, PUBLIC_KEY):
        if needed not in names:
            return _refused(N_("The package has no {name}."), name=needed)
    return None


def _read_small(package: zipfile.ZipFile, name: str, limit: int) -> bytes | None:
    if package.getinfo(name).file_size > limit:
        return None
    with package.open(name) as member:
        data = member.read(limit + 1)
    return data if len(data) <= limit else None


def placeholder_comment() -> bytes:
    """The zip comment the builder writes, whose last 88 bytes ``seal`` then fills."""
    return SEAL_PREFIX + b"=" * SEAL_LENGTH


def _sealed_digest(path: Path, size: int) -> bytes:
    digest = hashlib.sha256()
    left = size - SEAL_LENGTH
    with path.open("rb") as reader:
        while left > 0:
            chunk = reader.read(min(CHUNK, left))
            if not chunk:
                break
            digest.update(chunk)
            left -= len(chunk)
    return digest.digest()


def seal(path: Path, sign: Callable[[bytes], bytes]) -> None:
    """Sign the finished zip in place (its comment must be ``placeholder_comment()``)."""
    size = path.stat().st_size
    signature = base64.b64encode(sign(SEAL_CONTEXT + _sealed_digest(path, size)))
    if len(signature) != SEAL_LENGTH:  # pragma: no cover - Ed25519 signatures are 64 bytes
        raise ValueError("unexpected signature length")
    with path.open("r+b") as writer:
        writer.seek(size - SEAL_LENGTH)
        writer.write(signature)


def _seal_problem(path: Path, key_pem: bytes) -> Verdict | None:
    """The seal checked over the file's exact bytes, nothing parsed."""
    size = path.stat().st_size
    if size < len(SEAL_PREFIX) + SEAL_LENGTH:
        return _refused(N_("The package is not sealed (it has no signature)."))
    with path.open("rb") as reader:
        reader.seek(size - SEAL_LENGTH - len(SEAL_PREFIX))
        tail = reader.read()
    if not tail.startswith(SEAL_PREFIX):
        return _refused(N_("The package is not sealed (it has no signature), or bytes were "
                           "added after it."))
    encoded = tail[len(SEAL_PREFIX):]
    try:
        signature = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        return _refused(N_("The signature is not written as a signature is."))
    if len(signature) != 64:
        return _refused(N_("The signature is not written as a signature is."))
    try:
        key = keys.load_public_key(key_pem)
    except (ValueError, TypeError):
        return _refused(N_("The public key is not an Ed25519 public key in PEM form."))
    try:
        key.verify(signature, SEAL_CONTEXT + _sealed_digest(path, size))
    except InvalidSignature:
        return _refused(N_("The signature does not match the package: it was changed after "
                           "it was signed, or signed with another key."))
    return None


def _manifest(package: zipfile.ZipFile) -> dict[str, Any] | None:
    """The manifest, read only after its signature was checked."""
    try:
        data = json.loads(package.read(MANIFEST))
    except (ValueError, UnicodeDecodeError):
        return None
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict) or not all(
            isinstance(name, str) and isinstance(digest, str) for name, digest in files.items()):
        return None
    checked: dict[str, Any] = data
    return checked


# Every package holds these, whatever its profile; and one CSV a table of its profile.
FIXED_MEMBERS = frozenset({"aggregates.csv", "columns.csv", "workbook.xlsx", "summary.pdf",
                           PUBLIC_KEY})
_TABLE_MEMBER = re.compile(r"[a-z][a-z0-9_]{0,39}\.csv")


def _members_named(manifest: dict[str, Any]) -> frozenset[str]:
    """The members the package's profile names: the fixed ones and a CSV a table of the
    profile — read from the shipped profile the manifest names when its text is that one
    (its SHA-256), else any plain table name (a profile of the organization's own)."""
    from cjeapp.core.reporting.profile import ProfileError
    from cjeapp.core.reporting.profile import load

    stated = manifest.get("profile")
    name = stated.get("name") if isinstance(stated, dict) else None
    digest = stated.get("sha256") if isinstance(stated, dict) else None
    tables: frozenset[str] | None = None
    if isinstance(name, str) and re.fullmatch(r"[A-Za-z0-9_-]{1,40}", name):
        try:
            shipped = load(name)
        except ProfileError:
            shipped = None
        if shipped is not None and hashlib.sha256(shipped.text.encode()).hexdigest() == digest:
            tables = frozenset(f"{table.name}.csv" for table in shipped.tables)
    if tables is None:
        counts = manifest.get("row_counts")
        tables = frozenset(f"{table}.csv" for table in (counts if isinstance(counts, dict)
                                                        else {})
                           if isinstance(table, str) and _TABLE_MEMBER.fullmatch(f"{table}.csv"))
    return FIXED_MEMBERS | tables


def _digest(package: zipfile.ZipFile, name: str) -> str:
    digest = hashlib.sha256()
    with package.open(name) as member:
        while chunk := member.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def verify(path: Path, public_key_pem: bytes | None = None) -> Verdict:
    """Is this package, byte for byte, what the organization signed?"""
    try:
        if not path.is_file() or path.stat().st_size > MAX_TOTAL_BYTES:
            return _refused(N_("The package is larger than a package can be, or not a file."))
        if public_key_pem is not None:
            problem = _seal_problem(path, public_key_pem)
            if problem is not None:
                return problem
        package = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile, ValueError, EOFError):
        return _refused(N_("{path} is not a package (not a readable zip file)."),
                        path=str(path))
    try:
        with package:
            return _verify_open(path, package, public_key_pem)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError,
            NotImplementedError, RuntimeError, KeyError) as error:  # damaged members…
        return _refused(N_("The package is damaged: {problem}"), problem=str(error)[:200])


def _verify_open(path: Path, package: zipfile.ZipFile, public_key_pem: bytes | None) -> Verdict:
    problem = _structure_problem(package)
    if problem is not None:
        return problem
    if public_key_pem is None:  # only the key the package carries: consistency, no more
        embedded = _read_small(package, PUBLIC_KEY, 4096)
        if embedded is None:
            return _refused(N_("The public key file is larger than a key can be."))
        problem = _seal_problem(path, embedded)
        if problem is not None:
            return problem
    manifest = _manifest(package)
    if manifest is None:
        return _refused(N_("The manifest is not what a package manifest holds."))
    files: dict[str, str] = manifest["files"]
    present = set(package.namelist()) - {MANIFEST}
    if PUBLIC_KEY not in files:
        return _refused(N_("The manifest does not cover the public key file."))
    stranger = next((name for name in sorted(present | set(files))
                     if name not in _members_named(manifest)), None)
    if stranger is not None:
        return _refused(N_("The package holds a file its profile does not name: {name}. A "
                           "package holds its tables, aggregates, columns, workbook, summary "
                           "and public key, and nothing else."), name=stranger)
    added, removed = sorted(present - set(files)), sorted(set(files) - present)
    if added:
        return _refused(N_("A file was added: {name}."), name=added[0])
    if removed:
        return _refused(N_("A file was removed: {name}."), name=removed[0])
    for name, expected in sorted(files.items()):
        if _digest(package, name) != expected:
            return _refused(N_("A file was altered: {name}."), name=name)
    if public_key_pem is None:
        return Verdict(False, msg(N_(
            "The package is consistent ({files} files, sequence {sequence}), but its signer "
            "is not verified: anyone can sign with a key of their own. Check it with the "
            "organization's public key (--public-key)."),
            files=len(files), sequence=manifest.get("sequence")))
    return Verdict(True, msg(N_(
        "The package is intact and signed by the organization's key: {files} files, "
        "sequence {sequence}."), files=len(files), sequence=manifest.get("sequence")),
        signer_verified=True)
