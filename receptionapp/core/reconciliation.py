"""Rule 3 of the call rules in one place: when a subscriber's numbers are due again.

Both the reconciliation panel (:mod:`receptionapp.db.phones`) and the subscriber card
(:mod:`receptionapp.db.card`) decide with these functions, so the card's badge and the
panel's checklist never disagree.
"""

from __future__ import annotations

import datetime as dt

#: Days after which the numbers are due again, unless the user's setting says otherwise.
DEFAULT_OVERDUE_DAYS = 90


def is_overdue(reconciled_at: dt.datetime | None, now: dt.datetime, days: int) -> bool:
    """Never reconciled, or last reconciled more than ``days`` days before ``now``."""
    return reconciled_at is None or now - reconciled_at > dt.timedelta(days=days)


def answer_stands(answer: str, answered_at: dt.datetime, reconciled_at: dt.datetime | None) -> bool:
    """Whether a recorded answer for a required kind still counts as an answer.

    "The subscriber has none" stands until a number of that kind is attached. "Postponed"
    lasts only until the reconciliation it was given in is finished: on the next call the
    kind is asked again.
    """
    if answer != "postponed":
        return True
    return reconciled_at is None or answered_at > reconciled_at
