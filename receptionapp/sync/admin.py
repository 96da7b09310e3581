"""Head office's epoch: what tells offices that head office is not the one they synced with.

Head office keeps a random ``epoch`` in ``ho_meta`` (created with the schema) and sends it
with every push and pull answer; each office remembers the last one it saw
(``sync.epoch``). After head office's database is restored from a backup, the operator
gives it a new epoch (``receptionapp headoffice new-epoch``) before starting the service
again. Every office then sees a different epoch on its next cycle and recovers: it sends
again the operations head office no longer has (from its retained outbox) and pulls
everything again from cursor 0 (see :mod:`receptionapp.sync.client`).

Why a command and not only detection: an office that pushed after the backup was taken, or
whose cursor is past the restored log's end, notices by itself that head office is behind
it. An office that only pulled does not, once other offices have sent their lost
operations again: the restored log then reaches past its cursor with different changes
under the same positions, which it would skip. A new epoch makes every office start over.
"""

from __future__ import annotations

import secrets
from typing import Any

import peewee as pw

from receptionapp.sync import headoffice as ho


def current_epoch(db: pw.Database) -> str:
    """Head office's epoch (``ho_meta`` key ``epoch``)."""
    with ho.bound(db):
        meta: ho.HoMeta = ho.HoMeta.get(ho.HoMeta.key == "epoch")
        return str(meta.value)


def new_epoch(db: pw.Database) -> str:
    """Give head office a new random epoch and return it (run after a restore)."""
    epoch = secrets.token_hex(8)
    with ho.bound(db), db.atomic():
        ho.HoMeta.insert(key="epoch", value=epoch).on_conflict(
            conflict_target=[ho.HoMeta.key], update={ho.HoMeta.value: epoch}
        ).execute()
    return epoch


def pull_facts(db: pw.Database, office: ho.HoOffice) -> dict[str, Any]:
    """What a pull answer tells an office beside the changes, so it can tell a restore.

    Read before the page itself: the high-water mark only grows while the service runs, so
    an office whose cursor is above it is ahead of this head office.

    Returns:
        ``epoch``; ``high_water``, the log's last position; ``acked_through``, the last
        ``client_seq`` of this office that head office has applied.
    """
    with ho.bound(db):
        counter: ho.HoCounter = ho.HoCounter.get(ho.HoCounter.id == 1)
        meta: ho.HoMeta = ho.HoMeta.get(ho.HoMeta.key == "epoch")
        return {
            "epoch": str(meta.value),
            "high_water": int(counter.seq),
            "acked_through": int(office.last_client_seq),
        }


def run_new_epoch_command(db: pw.Database) -> int:
    """``headoffice new-epoch``: print the new epoch."""
    epoch = new_epoch(db)
    print(f"head office epoch is now {epoch}: offices start over on their next sync")
    return 0
