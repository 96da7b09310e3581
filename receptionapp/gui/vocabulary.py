"""Translated names of the domain's codes: statuses, kinds, channels, outcomes.

``core`` and ``db`` hand the GUI codes (``active``, ``mobile``, ``helped_by_phone``); this
module is the one table from a code to the word the clerk reads, in context ``Vocabulary``.
Use :func:`name` (``name(ACCOUNT_STATUSES, "active")`` → ``"діючий"``); an unknown code is
shown as it is, so new codes never crash a view. Later features add their tables here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Vocabulary"

ACCOUNT_STATUSES: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("Vocabulary", "pending connection"),
    "active": QT_TRANSLATE_NOOP("Vocabulary", "active"),
    "suspended": QT_TRANSLATE_NOOP("Vocabulary", "suspended"),
    "closed": QT_TRANSLATE_NOOP("Vocabulary", "closed"),
}

SUBSCRIBER_KINDS: dict[str, str] = {
    "person": QT_TRANSLATE_NOOP("Vocabulary", "private person"),
    "organisation": QT_TRANSLATE_NOOP("Vocabulary", "organisation"),
}

PHONE_KINDS: dict[str, str] = {
    "home": QT_TRANSLATE_NOOP("Vocabulary", "home"),
    "cdma": QT_TRANSLATE_NOOP("Vocabulary", "CDMA"),
    "mobile": QT_TRANSLATE_NOOP("Vocabulary", "mobile"),
    "work": QT_TRANSLATE_NOOP("Vocabulary", "work"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "other"),
}

PHONE_KIND_ANSWERS: dict[str, str] = {
    "none": QT_TRANSLATE_NOOP("Vocabulary", "has none"),
    "postponed": QT_TRANSLATE_NOOP("Vocabulary", "asked later"),
}

CHANNELS: dict[str, str] = {
    "phone": QT_TRANSLATE_NOOP("Vocabulary", "by phone"),
    "office": QT_TRANSLATE_NOOP("Vocabulary", "at the office"),
    "forum": QT_TRANSLATE_NOOP("Vocabulary", "on the forum"),
    "email": QT_TRANSLATE_NOOP("Vocabulary", "by e-mail"),
}

CONTACT_OUTCOMES: dict[str, str] = {
    "helped_by_phone": QT_TRANSLATE_NOOP("Vocabulary", "helped by phone"),
    "technician_request": QT_TRANSLATE_NOOP("Vocabulary", "request to a technician"),
    "complaint": QT_TRANSLATE_NOOP("Vocabulary", "complaint registered"),
    "referred_to_reception_point": QT_TRANSLATE_NOOP("Vocabulary", "referred to a reception point"),
    "booked_with_director": QT_TRANSLATE_NOOP("Vocabulary", "booked with the director"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "other"),
}

REQUEST_KINDS: dict[str, str] = {
    "connection": QT_TRANSLATE_NOOP("Vocabulary", "connection"),
    "repair": QT_TRANSLATE_NOOP("Vocabulary", "repair"),
    "service_connection": QT_TRANSLATE_NOOP("Vocabulary", "service connection"),
}

REQUEST_STATUSES: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("Vocabulary", "new"),
    "assigned": QT_TRANSLATE_NOOP("Vocabulary", "assigned to a technician"),
    "done": QT_TRANSLATE_NOOP("Vocabulary", "done"),
    "cancelled": QT_TRANSLATE_NOOP("Vocabulary", "cancelled"),
}

COMPLAINT_STATUSES: dict[str, str] = {
    "registered": QT_TRANSLATE_NOOP("Vocabulary", "registered"),
    "in_progress": QT_TRANSLATE_NOOP("Vocabulary", "in progress"),
    "resolved": QT_TRANSLATE_NOOP("Vocabulary", "resolved"),
    "rejected": QT_TRANSLATE_NOOP("Vocabulary", "rejected"),
}

APPOINTMENT_STATUSES: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("Vocabulary", "awaiting confirmation"),
    "confirmed": QT_TRANSLATE_NOOP("Vocabulary", "confirmed"),
    "conflict": QT_TRANSLATE_NOOP("Vocabulary", "slot conflict"),
    "rejected": QT_TRANSLATE_NOOP("Vocabulary", "rejected"),
    "cancelled": QT_TRANSLATE_NOOP("Vocabulary", "cancelled"),
    "attended": QT_TRANSLATE_NOOP("Vocabulary", "attended"),
    "no_show": QT_TRANSLATE_NOOP("Vocabulary", "did not come"),
}

PACKAGE_CHANGE_STATUSES: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("Vocabulary", "awaiting confirmation"),
    "confirmed": QT_TRANSLATE_NOOP("Vocabulary", "confirmed"),
    "rejected": QT_TRANSLATE_NOOP("Vocabulary", "rejected"),
}


def name(table: dict[str, str], code: str) -> str:
    """The translated word for ``code`` in ``table``; the code itself when unknown."""
    source = table.get(code)
    if source is None:
        return code
    return QCoreApplication.translate(CONTEXT, source)
