"""Text normalisation shared by lookup, address rules and imports.

:func:`fold` maps a word written in Ukrainian or Russian spelling to one key, so that both
spellings of a name or street meet. :func:`street_key` drops the street type word and folds
the rest; it is the key of :class:`~receptionapp.db.models.AddressRule` rows and of address
search. Keys are computed at write time and stored; changing these functions means the
stored keys must be rebuilt (reference data is re-keyed on every ``init``).
"""

from __future__ import annotations

import re

# Letters that differ between the two spellings of the same sound are mapped to one.
_LETTERS = str.maketrans(
    {
        "і": "и",
        "ы": "и",
        "й": "и",
        "ї": "и",
        "є": "е",
        "э": "е",
        "ё": "е",
        "ґ": "г",
        "ь": None,
        "ъ": None,
        "'": None,
        "ʼ": None,
        "’": None,
        "`": None,
        "‘": None,
    }
)

_WORD = re.compile(r"[0-9a-zа-яёіїєґ'ʼ’`‘]+", re.IGNORECASE)

# Adjective endings of street names: Сумська / Сумская, Шевченківський / Шевченковский.
_ENDINGS = ("ская", "ска", "ая", "яя", "ии", "ои")


def fold(text: str) -> str:
    """Case-fold and merge Ukrainian/Russian letter variants (``Ковальов`` → ``ковалов``)."""
    return text.casefold().replace("ё", "е").translate(_LETTERS)


#: Street type words (Ukrainian and Russian, full and abbreviated), folded.
STREET_TYPES = frozenset(
    fold(word)
    for word in (
        "вул",
        "вулиця",
        "ул",
        "улица",
        "просп",
        "проспект",
        "пр",
        "пр-т",
        "прт",
        "пров",
        "провулок",
        "пер",
        "переулок",
        "бул",
        "бульвар",
        "б-р",
        "пл",
        "площа",
        "площадь",
        "узв",
        "узвіз",
        "спуск",
        "шосе",
        "шоссе",
        "наб",
        "набережна",
        "набережная",
        "м",
        "г",
        "місто",
        "город",
    )
)


def words(text: str) -> list[str]:
    """The words of ``text`` (letters, digits, apostrophes), in order."""
    return _WORD.findall(text)


def street_key(street: str) -> str:
    """Key of a street name: type words dropped, words folded, adjective endings trimmed.

    ``вул. Сумська`` and ``ул. Сумская`` give the same key.
    """
    parts = [fold(w) for w in words(street.replace("-", " "))]
    parts = [p for p in parts if p and p not in STREET_TYPES and p != "т"]
    trimmed = []
    for part in parts:
        for ending in _ENDINGS:
            if len(part) > len(ending) + 2 and part.endswith(ending):
                part = part[: -len(ending)]
                break
        trimmed.append(part)
    return " ".join(trimmed)
