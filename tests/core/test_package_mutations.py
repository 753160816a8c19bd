"""verify-package as a hostile-input parser: a few hundred tampered packages, generated
here, are each refused with one sentence; none is accepted, none raises."""

from __future__ import annotations

import io
import random
import warnings
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cjeapp.core.reporting.package_verify import placeholder_comment
from cjeapp.core.reporting.package_verify import seal
from cjeapp.core.reporting.package_verify import verify

pytestmark = pytest.mark.filterwarnings("ignore:Duplicate name")

MEMBERS = {"persons.csv": b"person_id,sex\r\nP1,F\r\nP2,M\r\n" * 40,
           "services.csv": b"person_id,hours\r\nP1,1.5\r\n" * 60,
           "summary.pdf": b"%PDF-1.4 " + bytes(range(256)) * 8}


def _package(key: Ed25519PrivateKey, members: dict[str, bytes]) -> tuple[bytes, bytes]:
    """A package as the program writes it: every member, the public key included, named in
    the manifest, and the whole zip sealed."""
    import hashlib
    import json
    import tempfile

    public = key.public_key().public_bytes(serialization.Encoding.PEM,
                                           serialization.PublicFormat.SubjectPublicKeyInfo)
    files = {**members, "public_key.pem": public}
    manifest = json.dumps({"sequence": 1, "files": {
        name: hashlib.sha256(data).hexdigest() for name, data in sorted(files.items())},
        "row_counts": {name.removesuffix(".csv"): 1 for name in files
                       if name.endswith(".csv") and name not in ("aggregates.csv",
                                                                 "columns.csv")}},
        sort_keys=True).encode()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in files.items():
                archive.writestr(name, data)
            archive.writestr("manifest.json", manifest)
            archive.comment = placeholder_comment()
        seal(path, key.sign)
        return path.read_bytes(), public


KEY = Ed25519PrivateKey.generate()
GOOD, PUBLIC = _package(KEY, MEMBERS)


def _entries(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def _zip(entries: list[tuple[str, bytes]], *, key: Ed25519PrivateKey | None = None) -> bytes:
    """Entries zipped again; sealed by ``key`` when given (the attacker's own key), else
    with the original seal copied over, as someone editing the zip by hand would."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in entries:
                archive.writestr(name, data)
            archive.comment = placeholder_comment()
        if key is not None:
            seal(path, key.sign)
        data = path.read_bytes()
    return data if key is not None else data[:-88] + GOOD[-88:]


def _mutations() -> list[tuple[str, bytes]]:
    rng = random.Random(25)
    found: list[tuple[str, bytes]] = []
    for index in range(240):  # bytes flipped anywhere in the file
        position = rng.randrange(len(GOOD))
        flipped = bytearray(GOOD)
        flipped[position] ^= 1 << rng.randrange(8)
        found.append((f"flip-{index}", bytes(flipped)))
    for index in range(40):  # cut short
        found.append((f"cut-{index}", GOOD[:rng.randrange(len(GOOD))]))
    entries = _entries(GOOD)
    for name, data in entries:  # each member altered, removed, doubled (altered copy first)
        others = [(n, d) for n, d in entries if n != name]
        found.append((f"altered-{name}", _zip([*others, (name, data + b"x")])))
        found.append((f"removed-{name}", _zip(others)))
        found.append((f"twice-{name}", _zip([(name, data + b"!"), *entries])))
        found.append((f"empty-{name}", _zip([*others, (name, b"")])))
    for junk in (b"\n", b"AAAA", b" trailing", b"=="):
        found.append((f"sig-junk-{junk!r}", GOOD + junk))
    other = Ed25519PrivateKey.generate()
    for name, data in entries:  # altered, then sealed again with the attacker's own key
        others = [(n, d) for n, d in entries if n != name]
        found.append((f"resealed-{name}", _zip([*others, (name, data + b"x")], key=other)))
    forged, _ = _package(other, {**MEMBERS, "persons.csv": b"person_id\r\nX\r\n"})
    found.append(("re-signed-by-someone-else", forged))
    found.append(("other-key-in-package", _zip(
        [(n, d) for n, d in entries if n != "public_key.pem"] + [
            ("public_key.pem", other.public_key().public_bytes(
                serialization.Encoding.PEM,
                serialization.PublicFormat.SubjectPublicKeyInfo))])))
    for bad_name in ("/etc/passwd", "../escape.csv", "dir/../../x", "C:\\x.csv", "folder/"):
        found.append((f"name-{bad_name}", _zip([*entries, (bad_name, b"x")])))
    found.append(("extra-member", _zip([*entries, ("notes.txt", b"hello")])))
    found.append(("bomb", _zip([*entries, ("bomb.csv", b"0" * (64 << 20))])))
    found.append(("not-a-zip", b"PK\x03\x04" + bytes(500)))
    found.append(("empty", b""))
    return found


with warnings.catch_warnings():
    warnings.filterwarnings("ignore", "Duplicate name")  # made on purpose
    MUTATIONS = _mutations()


def test_a_member_the_profile_does_not_name_is_refused_even_listed_and_signed(
        tmp_path: Path) -> None:
    """Signed with the organization's own key and listed in the manifest, an extra member
    is still refused: a package holds what its profile names, nothing else."""
    for extra in ("extra.exe", "notes.txt", "../persons.csv", "Persons.CSV"):
        data, public = _package(KEY, {**MEMBERS, extra: b"MZ hello"})
        path = tmp_path / "extra.zip"
        path.write_bytes(data)
        verdict = verify(path, public)
        assert not verdict.intact and not verdict.signer_verified, extra
        assert "name" in str(verdict.reason), extra


def test_the_untouched_package_verifies_with_the_key(tmp_path: Path) -> None:
    path = tmp_path / "good.zip"
    path.write_bytes(GOOD)
    assert verify(path, PUBLIC).intact


def test_hundreds_of_tampered_packages_are_refused_with_a_sentence(tmp_path: Path) -> None:
    assert len(MUTATIONS) > 250
    accepted = []
    for label, data in MUTATIONS:
        if data == GOOD:
            continue  # a flip that zip ignores (none expected, but never count it)
        path = tmp_path / "p.zip"
        path.write_bytes(data)
        verdict = verify(path, PUBLIC)  # never raises
        reason = verdict.reason.render()
        assert reason and "\n" not in reason and "Traceback" not in reason, label
        if verdict.intact:
            accepted.append(label)
    assert accepted == []


@pytest.mark.parametrize(("label", "with_key", "said"), [
    # With the organization's key the seal is checked first: any change is a signature
    # problem, whatever else is wrong.
    ("twice-persons.csv", True, "signature does not match"),
    ("resealed-public_key.pem", True, "signature does not match"),
    ("re-signed-by-someone-else", True, "signature does not match"),
    ("sig-junk-b'AAAA'", True, "not sealed"),
    # Without it, the structure is checked before the seal the package carries.
    ("twice-persons.csv", False, "two files named persons.csv"),
    ("name-../escape.csv", False, "forbidden name"),
    ("name-/etc/passwd", False, "forbidden name"),
    ("bomb", False, "larger than a package file"),
    ("other-key-in-package", False, "signature does not match"),
    ("re-signed-by-someone-else", False, "signer is not verified"),
])
def test_named_attacks_say_why(tmp_path: Path, label: str, with_key: bool, said: str) -> None:
    path = tmp_path / "p.zip"
    path.write_bytes(dict(MUTATIONS)[label])
    verdict = verify(path, PUBLIC if with_key else None)
    assert not verdict.intact
    assert said in verdict.reason.render()
