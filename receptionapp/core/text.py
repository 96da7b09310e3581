"""Text normalisation shared by lookup, address rules and imports.

:func:`fold` maps a word written in Ukrainian or Russian spelling to one key, so that both
spellings of a name or street meet. :func:`street_key` drops the street type word and folds
the rest; it is the key of :class:`~receptionapp.db.models.AddressRule` rows and of address
search. Keys are computed at write time and stored; changing these functions means the
stored keys must be rebuilt (reference data is re-keyed on every ``init``, the lookup index
by :func:`receptionapp.db.search.rebuild_index`). The ids of address rules are derived from
``street_key``, so its output for a given street must stay stable across releases.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that differ between the two spellings of the same sound are mapped to one. The
# combining marks of й, ї, ё are removed before this table applies (see ``fold``); the
# precomposed letters are listed too so that the table alone is enough for simple callers.
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
        "ў": "у",
        "ь": None,
        "ъ": None,
        "'": None,
        "ʼ": None,
        "’": None,
        "`": None,
        "‘": None,
        "´": None,
        "ʹ": None,
    }
)

# Latin letters that look like Cyrillic ones. Records typed on a mixed keyboard have words such
# as "Iванов" (Latin I) or "Пeтренко" (Latin e); in a word that has Cyrillic letters, these are
# read as the Cyrillic letter they look like.
_HOMOGLYPHS = str.maketrans(
    {
        "a": "а",
        "b": "в",
        "c": "с",
        "e": "е",
        "h": "н",
        "i": "і",
        "k": "к",
        "m": "м",
        "o": "о",
        "p": "р",
        "t": "т",
        "x": "х",
        "y": "у",
    }
)

_CYRILLIC = re.compile(r"[а-яёіїєґ]")
_LATIN = re.compile(r"[a-z]")
_MIXED_WORD = re.compile(r"[a-zа-яёіїєґ]+")

_WORD = re.compile(r"[0-9a-zа-яёіїєґ'ʼ’`‘]+", re.IGNORECASE)

# Adjective endings of street names: Сумська / Сумская, Шевченківський / Шевченковский.
_ENDINGS = ("ская", "ска", "ая", "яя", "ии", "ои")


def _strip_marks(text: str) -> str:
    """Drop combining marks (stress accents, the breve of й, the dots of ї and ё)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _fix_homoglyphs(text: str) -> str:
    """Read Latin look-alikes as Cyrillic inside words that also have Cyrillic letters."""
    if not (_LATIN.search(text) and _CYRILLIC.search(text)):
        return text

    def fix(match: re.Match[str]) -> str:
        word = match.group()
        if _LATIN.search(word) and _CYRILLIC.search(word):
            return word.translate(_HOMOGLYPHS)
        return word

    return _MIXED_WORD.sub(fix, text)


def fold(text: str) -> str:
    """Case-fold and merge Ukrainian/Russian letter variants (``Ковальов`` → ``ковалов``).

    і, ї, й and ы become и; є, э and ё become е; ґ becomes г; the soft and hard signs and
    every kind of apostrophe disappear; stress marks are dropped; Latin letters that look
    like Cyrillic ones are read as Cyrillic inside a Cyrillic word (``Iванов`` = ``Іванов``).
    """
    folded = text.casefold()
    folded = _fix_homoglyphs(folded)
    return _strip_marks(folded).translate(_LETTERS)


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

    ``вул. Сумська`` and ``ул. Сумская`` give the same key. The ids of address rules are
    derived from this key: keep its output for existing streets stable.
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
