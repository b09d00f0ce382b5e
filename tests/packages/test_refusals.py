"""Tampered, truncated, replayed, foreign and hostile packages are refused with nothing written;
a conflict with the receiving office's data is shown in the preview."""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop.domain.errors import ConflictError
from desktop.domain.packages import Office, PackageRefused
from desktop.domain.people import PersonInput
from desktop.exchange import package as fmt
from desktop.persistence.repositories import people as people_repo
from desktop.services import people
from desktop.services.packages import receive, send
from tests.packages.offices import Place
from tests.packages.test_round_trips import _counts, send_up


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def _rezip(path: Path, members: dict[str, bytes], *, stored: bool = False) -> None:
    kind = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w", compression=kind) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def _resign(members: dict[str, bytes], change: Callable[[dict[str, object]], None]) -> None:
    """Change the manifest and sign it with a new key that it names (a forger's package)."""
    manifest = json.loads(members[fmt.MANIFEST])
    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
    import hashlib

    manifest["sender"]["public_key"] = public
    manifest["sender"]["fingerprint"] = hashlib.sha256(bytes.fromhex(public)).hexdigest()
    change(manifest)
    body = fmt.canonical_json(manifest)
    members[fmt.MANIFEST] = body
    members[fmt.SIGNATURE] = key.sign(fmt.signed_message(body)).hex().encode()


def _refused(department: Place, path: Path, code: str) -> None:
    before = _counts(department.path)
    with department.acting() as ws, pytest.raises(PackageRefused) as refused:
        receive.receive(ws, path, trust=True)
    assert refused.value.code == code, refused.value.message
    assert "Chưa ghi gì" in refused.value.message
    assert _counts(department.path) == before


@pytest.fixture
def package(commune: Place, department: Place, tmp_path: Path) -> Path:
    return send_up(commune, department, tmp_path)


def test_a_changed_member_is_refused(department: Place, package: Path) -> None:
    members = _members(package)
    records = json.loads(members[fmt.RECORDS])
    records["people"][0]["full_name"] = "Người Giả Mạo"
    members[fmt.RECORDS] = fmt.canonical_json(records)
    _rezip(package, members)
    _refused(department, package, "hash_mismatch")


def test_a_changed_manifest_breaks_the_signature(department: Place, package: Path) -> None:
    members = _members(package)
    manifest = json.loads(members[fmt.MANIFEST])
    manifest["title"] = "Đề nghị đã sửa"
    members[fmt.MANIFEST] = fmt.canonical_json(manifest)
    _rezip(package, members)
    with department.acting() as ws:
        assert receive.preview(ws, package).signature_ok is False
    _refused(department, package, "bad_signature")


def test_a_key_that_is_not_the_named_one(department: Place, package: Path) -> None:
    members = _members(package)
    other = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    manifest = json.loads(members[fmt.MANIFEST])
    manifest["sender"]["public_key"] = other.hex()  # the fingerprint still names the commune's
    members[fmt.MANIFEST] = fmt.canonical_json(manifest)
    _rezip(package, members)
    _refused(department, package, "bad_key")


def test_a_forged_package_from_a_known_office_with_another_key(
    department: Place, package: Path, tmp_path: Path
) -> None:
    with department.acting() as ws:
        receive.receive(ws, package, trust=True)  # the commune is known now
    members = _members(package)
    _resign(members, lambda m: m.update(package_id=str(uuid.uuid4())))
    forged = tmp_path / "forged.tdkt"
    _rezip(forged, members)
    before = _counts(department.path)
    with department.acting() as ws:
        pv = receive.preview(ws, forged)
        assert pv.signature_ok and pv.sender_key_changed and not pv.sender_known
        with pytest.raises(ConflictError) as refused:
            receive.receive(ws, forged)
    assert refused.value.code == "sender_unknown"
    assert _counts(department.path) == before


def test_a_truncated_file(department: Place, package: Path) -> None:
    data = package.read_bytes()
    for cut in (len(data) // 2, len(data) - 30, 100):
        package.write_bytes(data[:cut])
        _refused(department, package, "package_damaged")


def test_an_unknown_format_version(department: Place, package: Path) -> None:
    members = _members(package)
    _resign(members, lambda m: m.update(version=2))
    _rezip(package, members)
    _refused(department, package, "unknown_version")


def test_a_package_for_another_office(commune: Place, department: Place, tmp_path: Path) -> None:
    out = tmp_path / "other.tdkt"
    with commune.acting() as ws:
        send.send_proposal(ws, commune.ids["batch"], Office(str(uuid.uuid4()), "Sở Y tế"), out)
    with department.acting() as ws, pytest.raises(PackageRefused) as refused:
        receive.preview(ws, out)
    assert refused.value.code == "other_office"
    _refused(department, out, "other_office")


def test_a_zip_bomb_is_refused_before_inflating(department: Place, package: Path) -> None:
    members = _members(package)
    bomb = b"\0" * (200 * 1024 * 1024)
    members["attachments/bom.bin"] = bomb
    manifest = json.loads(members[fmt.MANIFEST])
    manifest["members"]["attachments/bom.bin"] = {"sha256": "0" * 64, "size": len(bomb)}
    members[fmt.MANIFEST] = fmt.canonical_json(manifest)
    _rezip(package, members)
    assert package.stat().st_size < 2 * 1024 * 1024
    _refused(department, package, "zip_bomb")


def test_a_path_outside_the_package(department: Place, package: Path) -> None:
    members = _members(package)
    members["../../evil.txt"] = b"x"
    _rezip(package, members)
    _refused(department, package, "bad_path")
    members.pop("../../evil.txt")
    members["/etc/passwd"] = b"x"
    _rezip(package, members)
    _refused(department, package, "bad_path")


def test_not_a_package_at_all(department: Place, tmp_path: Path) -> None:
    junk = tmp_path / "junk.tdkt"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    _refused(department, junk, "package_damaged")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("manifest.json", "{}")
        zf.writestr("manifest.sig", "00")
        zf.writestr("records.json", "{}")
    junk.write_bytes(buf.getvalue())
    _refused(department, junk, "not_a_package")


def test_a_conflict_is_shown_field_by_field(
    commune: Place, department: Place, package: Path
) -> None:
    """The department knows Đặng Văn Dũng (same CCCD) under its own unit and position: the
    preview shows each field that would change, nothing is written by the preview."""
    before = _counts(department.path)
    with department.acting() as ws:
        pv = receive.preview(ws, package)
    assert _counts(department.path) == before
    dung = next(r for r in pv.records if r.table == "person" and not r.is_new)
    fields = {c.field: (c.old, c.new) for c in dung.changes}
    assert fields["position"] == ("Cán bộ", "Công chức")
    assert fields["unit_id"][0] == "Phòng Thi đua - Khen thưởng"
    assert pv.changed == 1 and pv.added > 10


def test_a_record_the_file_refuses_is_told_by_code_not_by_sqlite_words(
    commune: Place, department: Place, package: Path
) -> None:
    """The department has a person under the uuid of the commune's Đặng Văn Dũng, without a
    CCCD; the package gives that record Dũng's CCCD, which the department's own Dũng holds:
    the file's unique key refuses it, and the refusal says so by code."""
    with commune.acting() as ws:
        dung_uuid = people.get(ws, commune.ids["dung"]).uuid
    with department.acting() as ws, ws.db.write() as conn:
        people_repo.insert(
            conn, PersonInput("Đặng Văn Dũng", department.ids["unit"]).validated(), uuid=dung_uuid
        )
    before = _counts(department.path)
    with department.acting() as ws, pytest.raises(PackageRefused) as refused:
        receive.receive(ws, package, trust=True)
    assert refused.value.code == "conflict"
    assert dict(refused.value.params) == {"table": "person", "constraint": "unique"}
    assert "constraint" not in refused.value.message.lower()  # none of SQLite's words
    assert "Đặng Văn Dũng" in refused.value.message and "Chưa ghi gì" in refused.value.message
    assert _counts(department.path) == before
