"""Identifiers of synced rows.

Rows a clerk creates get a UUIDv7 (time-ordered, safe to create offline at many offices).
Rows that come from reference data or a billing export get a UUIDv5 of their natural key,
so that loading the same data anywhere yields the same ids.
"""

from __future__ import annotations

import hashlib
import uuid

import uuid6

#: Namespace of ReceptionApp natural keys. Never change it: ids of existing rows depend on it.
NAMESPACE = uuid.UUID("6f1c3e2a-8b7d-5e4f-9a10-3c2b1d0e4f5a")


_NAMESPACE_BYTES = NAMESPACE.bytes


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
    # uuid.uuid5 computed by hand: the same bits, without building a UUID object (2x faster;
    # bulk imports and demo data compute millions of these).
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + name.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
