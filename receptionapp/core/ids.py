"""Identifiers of synced rows.

Rows a clerk creates get a UUIDv7 (time-ordered, safe to create offline at many offices).
Rows that come from reference data or a billing export get a UUIDv5 of their natural key,
so that loading the same data anywhere yields the same ids.
"""

from __future__ import annotations

import uuid

import uuid6

#: Namespace of ReceptionApp natural keys. Never change it: ids of existing rows depend on it.
NAMESPACE = uuid.UUID("6f1c3e2a-8b7d-5e4f-9a10-3c2b1d0e4f5a")


def new_id() -> str:
    """A fresh UUIDv7 as text, for a row created by a clerk."""
    return str(uuid6.uuid7())


def natural_id(kind: str, *key: object) -> str:
    """The UUIDv5 of a natural key, e.g. ``natural_id("account", "1200345")``.

    Args:
        kind: entity kind (``directorate``, ``package``, ``subscriber``, ``account``…).
        key: the parts of the natural key, joined with ``:``.
    """
    name = ":".join([kind, *(str(part) for part in key)])
    return str(uuid.uuid5(NAMESPACE, name))
