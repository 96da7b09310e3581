"""Identifiers: UUIDv7 for clerks' rows, UUIDv5 of natural keys for reference and billing."""

from __future__ import annotations

import uuid

from receptionapp.core.ids import NAMESPACE, natural_id, new_id


def test_new_ids_are_version_7_and_time_ordered() -> None:
    ids = [new_id() for _ in range(200)]
    assert all(uuid.UUID(i).version == 7 for i in ids)
    assert len(set(ids)) == 200
    assert ids == sorted(ids)


def test_natural_ids_are_stable_version_5() -> None:
    first = natural_id("account", "5700000017")
    assert uuid.UUID(first).version == 5
    assert first == natural_id("account", "5700000017")
    assert first == str(uuid.uuid5(NAMESPACE, "account:5700000017"))
    assert natural_id("account", "5700000018") != first
    assert natural_id("phone", "S1", "+380501234567") == str(
        uuid.uuid5(NAMESPACE, "phone:S1:+380501234567")
    )


def test_namespace_never_changes() -> None:
    # Ids already stored in offices and at head office depend on it.
    assert str(NAMESPACE) == "6f1c3e2a-8b7d-5e4f-9a10-3c2b1d0e4f5a"
    assert natural_id("directorate", "kharkiv") == "f46a1548-3fdf-5bf2-9aff-3f1b0ea5deaf"


def test_natural_ids_equal_the_standard_uuid5() -> None:
    for key in ["kharkiv", "S0000001", "Ковальов", "a:b:c", "", "ʼ"]:
        assert natural_id("k", key) == str(uuid.uuid5(NAMESPACE, f"k:{key}"))
