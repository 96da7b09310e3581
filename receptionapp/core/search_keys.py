"""Search keys of the lookup: name variants, keyboard layouts and query parsing.

The lookup never scans: every subscriber/account is turned, when it is written, into a set of
*index tokens* (:func:`document_tokens`), and every query into the tokens it may match
(:func:`parse_query`). :mod:`receptionapp.db.search` stores the tokens in SQLite FTS5 and
B-tree indexes. This module is pure and decides what meets what.

Two keys per word:

* the **exact key** is :func:`receptionapp.core.text.fold` (case, і/и/ы, ї, є/е/э, ё, ґ/г,
  apostrophes and ь merged); it finds a word as written, or written in the other language
  where only letters differ (``Іванов``/``Иванов``, ``Григорій``/``Григорий``);
* the **variant key** (:func:`variant_key`) applies rules that hold between Ukrainian and
  Russian spellings of the same name: every vowel is one class (Ukrainian і in a closed
  syllable is Russian о or е: ``Федір``/``Фёдор``; ``ьо`` is ``ё``: ``Ковальов``/``Ковалёв``;
  a Ukrainian initial О is a Russian А or Е: ``Олександр``/``Александр``,
  ``Олена``/``Елена``; ``Тетяна``/``Татьяна``), the Greek φ that Ukrainian folk forms write as
  п or х is one class with them (``Пилип``/``Филипп``, ``Хома``/``Фома``, ``Юхим``/``Ефим``),
  doubled letters are single (``Кирило``/``Кирилл``, ``Ілля``/``Илья``), a Ukrainian initial
  ``Мик-`` is the Russian ``Ник-`` (``Микола``/``Николай``, ``Микита``/``Никита``). The
  index holds the **variant stem** (:func:`variant_stem`: the key without a trailing vowel),
  so endings that differ only in vowels (``Петро``/``Пётр``, ``Андрій``/``Андрей``,
  ``Марія``/``Мария``) meet; a complete query word must equal a stem, the word still being
  typed may begin one. A handful of given names whose two forms differ beyond any spelling
  rule are listed in :data:`IRREGULAR_NAMES` (``Ганна``/``Анна``, ``Володимир``/``Владимир``…).

Index tokens carry a marker letter that :func:`~receptionapp.core.text.fold` never produces,
so the kinds cannot collide: ``ъ`` before a variant stem, ``ы`` before a house number, ``э``
before a flat number, ``ыь`` before the part of a house number after a slash, ``є`` before
the reversed digits of the account number and ``ї`` before the reversed national number of
each current phone (suffix search is a prefix search on reversed digits). Plain folded words
(names, street and city words, numbers inside a street name) have no marker.

Wrong keyboard layout: Latin letters typed on the Russian or Ukrainian ЙЦУКЕН keys
(``Bdfyjd`` → ``Иванов``, ``Ghjcgtrn`` → ``Проспект``) are converted with both layouts
(:func:`from_wrong_layout`) and every reading is searched.
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from receptionapp.core.text import STREET_TYPES, fold

# --- variant keys ------------------------------------------------------------------------

VARIANT_MARK = "ъ"
HOUSE_MARK = "ы"
HOUSE_PART_MARK = "ыь"
FLAT_MARK = "э"
ACCOUNT_MARK = "є"
PHONE_MARK = "ї"
#: Markers of tokens that are reversed digits: never in the term list (too many, and a
#: prefix of them is selective enough to search as a prefix).
DIGIT_MARKS = (ACCOUNT_MARK, PHONE_MARK)

#: The symbol every vowel becomes in a variant key.
_VOWEL = "а"
_VOWELS = frozenset("аоеиуяюaeiouy")

# After fold: і/ы/й/ї are и, є/э/ё are е. Every vowel is one class; ф, п and х are one class.
_VARIANT_LETTERS = str.maketrans(
    {
        **dict.fromkeys("оеиуяюeiouy", _VOWEL),
        "a": _VOWEL,
        "ф": "п",
        "х": "п",
        "f": "p",
        "h": "p",
    }
)

#: Given names whose Ukrainian and Russian forms differ beyond the spelling rules: a folded
#: word that starts with the pattern (a regular expression) is read as the replacement.
#: Kept short on purpose: everything a rule can express is a rule.
IRREGULAR_NAMES: tuple[tuple[str, str], ...] = (
    (r"ганн", "анн"),  # Ганна / Анна
    (r"катерин", "екатерин"),  # Катерина / Екатерина
    (r"костянтин", "константин"),  # Костянтин / Константин
    (r"володимир", "владимир"),  # Володимир / Владимир (full vocalism)
    (r"павло$", "павел"),  # Павло / Павел (fleeting е)
    (r"надия$", "надежда"),  # Надія / Надежда
    (r"параск", "прасков"),  # Параска / Прасковья
    (r"явдох", "евдок"),  # Явдоха / Евдокия
    (r"гнат$", "игнат"),  # Гнат / Игнат (a folk form without the initial vowel)
    (r"панас$", "афанасии"),  # Панас / Афанасий
    (r"яковлев", "яков"),  # Якович / Яковлевич (the Russian patronymic of Яков)
    (r"илинич", "иллив"),  # Іллівна / Ильинична (the Russian patronymic of Илья)
)
_IRREGULAR = tuple((re.compile("^" + pattern), repl) for pattern, repl in IRREGULAR_NAMES)

_RUN = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=200_000)
def variant_key(word: str) -> str:
    """Variant key of one word (without the marker): rules in the module docstring.

    ``Олександр`` and ``Александр`` → ``алаксандр``; ``Ковальов`` and ``Ковалёв`` →
    ``кавалав``; ``Пилип`` and ``Филипп`` → ``папап``.
    """
    key = fold(word)
    for pattern, repl in _IRREGULAR:
        if pattern.match(key):
            key = pattern.sub(repl, key, count=1)
            break
    if key.startswith("мик"):
        key = "ник" + key[3:]
    key = key.translate(_VARIANT_LETTERS)
    return _RUN.sub(r"\1", key)


def variant_stem(word: str) -> str:
    """The variant key without its trailing vowel: what the index holds and queries match.

    Endings that differ only in vowels then meet: ``Петро`` and ``Пётр`` → ``патр``;
    ``Андрій`` and ``Андрей`` → ``андр``; ``Марія`` and ``Мария`` → ``мар``. Keys of three
    letters or fewer keep their vowel (``Яна`` → ``ана``).
    """
    key = variant_key(word)
    if len(key) > 3 and key[-1] == _VOWEL:
        key = key[:-1]
    return key


def variants_meet(query_word: str, indexed_word: str, *, prefix: bool = False) -> bool:
    """Whether a query word finds an indexed word by its variant stem.

    A whole query word must have the same stem; with ``prefix`` (the word still being
    typed) its stem must begin the indexed one.
    """
    query, indexed = variant_stem(query_word), variant_stem(indexed_word)
    return indexed.startswith(query) if prefix else indexed == query


# --- wrong keyboard layout ---------------------------------------------------------------

_QWERTY = "`qwertyuiop[]asdfghjkl;'zxcvbnm,./"
_QWERTY_SHIFT = '~QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>?'
_RU = "ёйцукенгшщзхъфывапролджэячсмитьбю."
_RU_SHIFT = "ЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,"
_UK = "'йцукенгшщзхїфівапролджєячсмитьбю."
_UK_SHIFT = "₴ЙЦУКЕНГШЩЗХЇФІВАПРОЛДЖЄЯЧСМИТЬБЮ,"

#: Latin key → letter of the Russian ЙЦУКЕН layout.
LAYOUT_RU = str.maketrans(_QWERTY + _QWERTY_SHIFT, _RU + _RU_SHIFT)
#: Latin key → letter of the Ukrainian layout (і, ї, є, ґ and the apostrophe differ).
LAYOUT_UK = str.maketrans(_QWERTY + _QWERTY_SHIFT + "\\|", _UK + _UK_SHIFT + "ґҐ")

_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_A-Za-z]")


def from_wrong_layout(text: str) -> list[str]:
    """The readings of ``text`` as typed on the Russian and the Ukrainian layout.

    Empty when ``text`` has no Latin letters or has letters of another script (it was then
    typed in the right layout). ``Bdfyjd`` → ``["Иванов"]`` (both layouts agree);
    ``Ukb,jrbq`` → ``["Глибокий"]``; ``Rbs`` → ``["Кіы"…]`` gives two readings.
    """
    if not _ASCII_LETTER.search(text) or _NON_ASCII_LETTER.search(text):
        return []
    readings: list[str] = []
    for table in (LAYOUT_RU, LAYOUT_UK):
        reading = text.translate(table)
        if reading not in readings:
            readings.append(reading)
    return readings


# --- index tokens ------------------------------------------------------------------------

# Letters and digits of any script; an apostrophe counts only inside a word (``Мар'яна``).
_CYRILLIC_LETTER = re.compile(r"[а-я]")
_TOKEN_WORD = re.compile(r"[^\W_]+(?:['ʼ’`‘][^\W_]+)*")


def _split_words(text: str) -> list[str]:
    """Words of ``text`` (composed first, so that a decomposed й stays one letter)."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return _TOKEN_WORD.findall(text)


@functools.lru_cache(maxsize=200_000)
def word_tokens(word: str) -> tuple[str, ...]:
    """Index tokens of one name, street or city word: its exact key and its variant key."""
    exact = fold(word)
    if not exact:
        return ()
    if not _CYRILLIC_LETTER.search(exact):
        return (exact,)  # numbers and Latin words have no Ukrainian/Russian variants
    return (exact, VARIANT_MARK + variant_stem(word))


@functools.lru_cache(maxsize=100_000)
def text_tokens(text: str) -> tuple[str, ...]:
    """Index tokens of every word of a name or city field."""
    tokens: list[str] = []
    for word in _split_words(text):
        tokens.extend(word_tokens(word))
    return tuple(tokens)


@functools.lru_cache(maxsize=100_000)
def street_tokens(street: str) -> tuple[str, ...]:
    """Index tokens of a street: its words without the type word (``вул.``, ``просп.``…)."""
    tokens: list[str] = []
    for word in _split_words(street.replace("-", " ")):
        if fold(word) in STREET_TYPES or fold(word) == "т":
            continue
        tokens.extend(word_tokens(word))
    return tuple(tokens)


_FIRST_NUMBER = re.compile(r"\d+")
# A letter right after the number ("10А", "10-а", "10 а"), not the start of a word ("10 корп.").
_HOUSE_LETTER = re.compile(r"\s*[-‐]?\s*([^\W\d_])(?![^\W_])")
_HOUSE_PART = re.compile(r"\d+")


@functools.lru_cache(maxsize=100_000)
def number_tokens(mark: str, value: str) -> tuple[str, ...]:
    """Index tokens of a house (``mark`` = :data:`HOUSE_MARK`) or flat (:data:`FLAT_MARK`).

    ``10`` → ``ы10``; ``10А`` / ``10-а`` → ``ы10``, ``ы10а``; ``10/2`` and ``10 корп. 2`` →
    ``ы10``, ``ыь2``; a flat ``оф. 4`` → ``э4``. Text without a number (``б/н``) gives its
    folded words under the mark.
    """
    match = _FIRST_NUMBER.search(value)
    if not match:
        key = "".join(fold(w) for w in _split_words(value))
        return (mark + key,) if key else ()
    number = match.group().lstrip("0") or "0"
    tokens = [mark + number]
    rest = value[match.end() :]
    letter = _HOUSE_LETTER.match(rest)
    if letter:
        tokens.append(mark + number + fold(letter.group(1)))
        rest = rest[letter.end() :]
    part = _HOUSE_PART.search(rest)
    if part and mark == HOUSE_MARK:
        tokens.append(HOUSE_PART_MARK + (part.group().lstrip("0") or "0"))
    return tuple(tokens)


def account_token(number: str | None) -> str | None:
    """The token of an account number: its digits reversed (``5700000017`` → ``є7100000075``)."""
    if number and number.isdigit() and number.isascii():
        return ACCOUNT_MARK + number[::-1]
    digits = reversed_digits(number)
    return ACCOUNT_MARK + digits if digits else None


def phone_token(e164: str) -> str | None:
    """The token of a phone number: its national number reversed.

    ``+380501234567`` → ``ї765432105``; a foreign number keeps its country code.
    """
    if len(e164) == 13 and e164.startswith("+380"):
        national = e164[4:]
        if national.isdigit() and national.isascii():
            return PHONE_MARK + national[::-1]
    digits = reversed_digits(e164)
    return PHONE_MARK + digits if digits else None


class DocumentKeys:
    """Builds FTS documents fast: each distinct name word, place, house and flat is turned
    into tokens once, and :meth:`terms` lists every token seen (except account and phone
    tokens, which are reversed digits).

    One instance serves a whole index rebuild; its caches hold only distinct values.
    """

    def __init__(self) -> None:
        self._words: dict[str, str] = {}
        self._places: dict[tuple[str | None, str | None], str] = {}
        self._houses: dict[str, str] = {}
        self._flats: dict[str, str] = {}

    def __call__(
        self,
        last_name: str | None,
        first_name: str | None,
        patronymic: str | None,
        city: str | None = None,
        street: str | None = None,
        house: str | None = None,
        flat: str | None = None,
        number: str | None = None,
        phones: str | None = None,
    ) -> str:
        """The document: space-separated tokens (see :func:`document_tokens`)."""
        parts = []
        words = self._words
        for word in (last_name, first_name, patronymic):
            if word:
                tokens = words.get(word)
                if tokens is None:
                    tokens = words[word] = " ".join(dict.fromkeys(text_tokens(word)))
                if tokens:
                    parts.append(tokens)
        if city or street:
            place = self._places.get((city, street))
            if place is None:
                place_tokens = text_tokens(city or "") + street_tokens(street or "")
                place = self._places[(city, street)] = " ".join(dict.fromkeys(place_tokens))
            if place:
                parts.append(place)
        if house:
            tokens = self._houses.get(house)
            if tokens is None:
                tokens = self._houses[house] = " ".join(number_tokens(HOUSE_MARK, house))
            if tokens:
                parts.append(tokens)
        if flat:
            tokens = self._flats.get(flat)
            if tokens is None:
                tokens = self._flats[flat] = " ".join(number_tokens(FLAT_MARK, flat))
            if tokens:
                parts.append(tokens)
        if number:
            token = account_token(number)
            if token:
                parts.append(token)
        if phones:
            for phone in phones.split():
                token = phone_token(phone)
                if token:
                    parts.append(token)
        return " ".join(parts)

    def terms(self) -> set[str]:
        """Every word, place, house and flat token of the documents built so far."""
        terms: set[str] = set()
        for cache in (self._words, self._places, self._houses, self._flats):
            for tokens in cache.values():
                terms.update(tokens.split())
        return terms


_SHARED_KEYS = DocumentKeys()


def document_tokens(
    last_name: str,
    first_name: str,
    patronymic: str,
    city: str | None = None,
    street: str | None = None,
    house: str | None = None,
    flat: str | None = None,
    number: str | None = None,
    phones: str | None = None,
) -> str:
    """The FTS document of one account (or of a subscriber without accounts).

    Returns the index tokens joined by spaces: name words, city and street words (exact keys
    and variant stems), house, flat, the account number and the subscriber's current phones
    (E.164, separated by spaces). A token may repeat when two fields share a word.
    """
    return _SHARED_KEYS(
        last_name, first_name, patronymic, city, street, house, flat, number, phones
    )


def digits_of(text: str) -> str:
    """The ASCII digits of ``text``, in order."""
    return "".join(ch for ch in text if "0" <= ch <= "9")


def reversed_digits(text: str | None) -> str | None:
    """The digits of ``text`` reversed (the key of suffix search), or None without digits."""
    if not text:
        return None
    digits = digits_of(text)
    return digits[::-1] if digits else None


# --- queries -----------------------------------------------------------------------------

#: Queries longer than this are cut (nobody types more; a pasted page must not cost time).
MAX_QUERY_CHARS = 200
#: At most this many words of a query are used.
MAX_QUERY_WORDS = 8
#: Fewer significant characters than this make a short query: capped, exact matches first.
MIN_QUERY_CHARS = 3
#: A number of this many digits is a full Ukrainian national number (without the trunk 0).
NSN_LENGTH = 9

_PHONE_PUNCT = re.compile(r"[\s\-‐–—()+.,/\\#№*]")
_FLAT_WORDS = frozenset(fold(w) for w in ("кв", "квартира", "квартири", "кварт", "офіс", "оф"))
_HOUSE_WORDS = frozenset(fold(w) for w in ("буд", "будинок", "д", "дом"))
_PART_WORDS = frozenset(fold(w) for w in ("корп", "корпус", "к", "секц", "секція"))
_SHORT_MARKERS = frozenset(("м", "г", "д", "к"))
_HYPHENATED_TYPES = frozenset(("прт", "бр"))


class QueryKind(enum.Enum):
    """What a query looks like."""

    EMPTY = "empty"
    DIGITS = "digits"
    TEXT = "text"


class QueryHint(enum.Enum):
    """Why a result may be empty or partial; the GUI shows a translated message."""

    EMPTY = "empty"  # nothing searchable (blank, punctuation, emoji)
    TOO_SHORT = "too_short"  # one or two characters: capped, exact matches first
    TRUNCATED = "truncated"  # the query was cut to MAX_QUERY_CHARS / MAX_QUERY_WORDS


class TermRole(enum.Enum):
    """What a query word stands for."""

    WORD = "word"  # name, street or city word
    HOUSE = "house"  # the first number, or one after "буд."/"д."
    FLAT = "flat"  # the second number, one after "кв.", or the part after a slash
    PART = "part"  # a number after "корп."
    NUMBER = "number"  # a third number or more: matched only inside street names
    DIGITS = "digits"  # five digits or more: the end of an account or phone number


@dataclass(frozen=True, slots=True)
class QueryTerm:
    """One word of a text query and the index tokens it may match.

    Attributes:
        text: the word as typed (after a wrong-layout conversion, the converted reading).
        role: what the word stands for.
        exact: tokens matched whole in the first tiers, as a prefix in the later ones.
        variants: variant stems (with :data:`VARIANT_MARK`): whole in the second tier, the
            last word of the query as a prefix in the last tier.
        tails: tokens always matched as a prefix (reversed digits: the end of a number).
    """

    text: str = field(compare=False)
    role: TermRole
    exact: tuple[str, ...]
    variants: tuple[str, ...] = ()
    tails: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class QueryGroup:
    """A whitespace-separated chunk of the query: one or more readings, each a word list.

    A chunk typed in the right layout has one reading; Latin letters on Cyrillic keys give up
    to three (as typed, Russian layout, Ukrainian layout). The chunk matches when every term
    of one of its readings matches.
    """

    readings: tuple[tuple[QueryTerm, ...], ...]


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A query, classified and turned into what the index can answer.

    Attributes:
        text: the query as used (trimmed, possibly truncated).
        kind: empty, digits only (account or phone), or text.
        groups: for a text query, the chunks to match (all of them).
        digits: for a digits query, its digits as typed.
        national: for a digits query, the national significant number (``0501234567``,
            ``+380 50 123 45 67`` and ``80501234567`` all give ``501234567``), or the digits
            themselves when they are not a whole number (a tail).
        number_start: for a digits query that looks like the start of a Ukrainian number
            still being typed (``050 12``, ``+38 050 12``, ``8 050 12``), the beginning of
            the national significant number it gives (``5012``); empty otherwise.
        hints: reasons the result may be empty or partial.
    """

    text: str
    kind: QueryKind
    groups: tuple[QueryGroup, ...] = ()
    digits: str = ""
    national: str = ""
    number_start: str = ""
    hints: frozenset[QueryHint] = field(default_factory=frozenset)

    @property
    def short(self) -> bool:
        """One or two significant characters: search exact matches only, capped."""
        return QueryHint.TOO_SHORT in self.hints


def national_number(digits: str) -> str:
    """Digits of a Ukrainian number without country code and trunk prefix.

    ``380501234567``, ``0501234567``, ``80501234567`` → ``501234567``; anything that is not
    one of these shapes (a local number, a tail, a foreign number) is returned unchanged.
    """
    if len(digits) == 12 and digits.startswith("380"):
        return digits[3:]
    if len(digits) == 11 and digits.startswith("80"):
        return digits[2:]
    if len(digits) == 10 and digits.startswith("0"):
        return digits[1:]
    if len(digits) == 14 and digits.startswith("00380"):
        return digits[5:]
    return digits


#: Digits a number must start with (the trunk 0, the country code, the old long-distance 8
#: before the trunk 0), longest first.
_NUMBER_STARTS = ("00380", "380", "80", "0")
#: A number start gives fewer national digits than this: too common to be worth a prefix.
MIN_NUMBER_START = 4


def number_start(digits: str) -> str:
    """The beginning of a national number that ``digits`` start, if they look like one.

    ``05012`` (``050 12``), ``3805012`` (``+38 050 12``) and ``805012`` (``8 050 12``) →
    ``5012``. Empty when the digits do not begin like a Ukrainian number, give fewer than
    :data:`MIN_NUMBER_START` national digits, or already are a whole one (``0501234567``).
    """
    for start in _NUMBER_STARTS:
        if digits.startswith(start):
            national = digits[len(start) :]
            if national[:1] in ("", "0"):
                return ""  # a national number never begins with 0
            if MIN_NUMBER_START <= len(national) < NSN_LENGTH:
                return national
            return ""
    return ""


def _word_term(word: str) -> QueryTerm | None:
    exact = fold(word)
    if not exact:
        return None
    if exact.isdigit():
        return QueryTerm(word, TermRole.NUMBER, (exact,))
    if not _CYRILLIC_LETTER.search(exact):
        return QueryTerm(word, TermRole.WORD, (exact,))
    return QueryTerm(word, TermRole.WORD, (exact,), (VARIANT_MARK + variant_stem(word),))


_NUMBER_PART = re.compile(r"^(\d+)-?([^\W\d_]?)$")


def _number_term(piece: str, role: TermRole, explicit: bool) -> QueryTerm | None:
    """The term of one number of an address (``10``, ``10а``, ``10-а``).

    A house number may also be a number inside a street name (``23 Серпня``); a flat number
    that only its position made a flat (the second number) may also be that street's house.
    """
    match = _NUMBER_PART.match(piece)
    if not match:
        return None
    digits = match.group(1)
    key = (digits.lstrip("0") or "0") + fold(match.group(2))
    if role is TermRole.HOUSE:
        exact: tuple[str, ...] = (HOUSE_MARK + key, digits)
    elif role is TermRole.FLAT:
        exact = (FLAT_MARK + key, HOUSE_PART_MARK + key)
        if not explicit:
            exact = (*exact, HOUSE_MARK + key)
    elif role is TermRole.PART:
        exact = (HOUSE_PART_MARK + key,)
    else:
        exact = (digits,)
    return QueryTerm(piece, role, exact)


# A number (with a letter, with a slash part), or a word with inner apostrophes.
_CHUNK_WORD = re.compile(
    r"\d+(?:-?[^\W\d_](?![^\W_]))?(?:\s*[/\\]\s*\d+(?:-?[^\W\d_](?![^\W_]))?)?"
    r"|[^\W_]+(?:['ʼ’`‘][^\W_]+)*"
)


@dataclass(slots=True)
class _NumberState:
    """Numbers seen so far in a query, and what a marker word said the next one is."""

    count: int = 0
    next_role: TermRole | None = None

    def copy(self) -> _NumberState:
        return _NumberState(self.count, self.next_role)


#: A number of this many digits or more in a text query is an account or phone number (houses
#: and flats are shorter): "Іванов 7001234".
MIN_ID_DIGITS = 5


def _id_term(raw: str) -> QueryTerm:
    """The end of an account or phone number typed among words."""
    digits = digits_of(raw)
    national = national_number(digits)
    account = ACCOUNT_MARK + digits[::-1]
    return QueryTerm(raw, TermRole.DIGITS, (account,), tails=(account, PHONE_MARK + national[::-1]))


def _number_terms(raw: str, state: _NumberState) -> list[QueryTerm]:
    if raw.isdigit() and len(raw) >= MIN_ID_DIGITS:
        return [_id_term(raw)]
    pieces = [p.strip() for p in re.split(r"[/\\]", raw) if p.strip()]
    terms: list[QueryTerm] = []
    for index, piece in enumerate(pieces[:2]):
        explicit = index == 0 and state.next_role is not None
        if index == 1:
            role, explicit = TermRole.FLAT, True  # "10/5": house 10, flat (or part) 5
        elif state.next_role is not None:
            role = state.next_role
        elif state.count == 0:
            role = TermRole.HOUSE
        elif state.count == 1:
            role = TermRole.FLAT
        else:
            role = TermRole.NUMBER
        term = _number_term(piece, role, explicit)
        if term is not None:
            terms.append(term)
        if role is not TermRole.PART:  # "10 корп. 2 кв 5" and "10 корп. 2, 5": 5 is the flat
            state.count += 1
        state.next_role = None
    return terms


_NUMERIC_CHUNK = re.compile(r"[\d\-‐–()+.]*\d[\d\-‐–()+.]*")


def _merge_phone_chunks(chunks: list[str]) -> list[str]:
    """Join a run of number chunks that holds a phone number (``050 123 45 67``)."""
    merged: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if sum(len(digits_of(c)) for c in run) >= 7:
            merged.append(digits_of("".join(run)))
        else:
            merged.extend(run)
        run.clear()

    for chunk in chunks:
        if _NUMERIC_CHUNK.fullmatch(chunk.rstrip(",;")):
            run.append(chunk.rstrip(",;"))
        else:
            flush()
            merged.append(chunk)
    flush()
    return merged


def _chunk_terms(chunk: str, state: _NumberState, keep_markers: bool) -> list[QueryTerm]:
    """Terms of one reading of a chunk; ``state`` carries number roles across chunks."""
    terms: list[QueryTerm] = []
    if _NUMERIC_CHUNK.fullmatch(chunk) and len(digits_of(chunk)) >= MIN_ID_DIGITS:
        return [_id_term(chunk)]  # "700-12-34", "0501234567": an account or phone
    if not keep_markers and fold(chunk.strip(".,;:")).replace("-", "") in _HYPHENATED_TYPES:
        return terms  # "пр-т", "б-р": one type word, not the words "пр" and "т"
    for match in _CHUNK_WORD.finditer(chunk):
        raw = match.group()
        if raw[0].isdigit():
            terms.extend(_number_terms(raw, state))
            continue
        key = fold(raw)
        dotted = chunk[match.end() : match.end() + 1] == "."
        if not keep_markers and (dotted or key not in _SHORT_MARKERS):
            # A lone letter without a dot is an initial, not an abbreviation ("м.", "д.").
            if key in _FLAT_WORDS:
                state.next_role = TermRole.FLAT
                continue
            if key in _HOUSE_WORDS:
                state.next_role = TermRole.HOUSE
                continue
            if key in _PART_WORDS:
                state.next_role = TermRole.PART
                continue
            if key in STREET_TYPES or key == "прт":
                continue
        term = _word_term(raw)
        if term is not None:
            terms.append(term)
    return terms


def _is_marker_word(word: str) -> bool:
    key = fold(word)
    return (
        key in STREET_TYPES
        or key in _FLAT_WORDS
        or key in _HOUSE_WORDS
        or key in _PART_WORDS
        or key == "прт"
    )


def parse_query(text: str) -> ParsedQuery:
    """Classify a query and turn it into index terms (see :class:`ParsedQuery`).

    Never raises: blank text, punctuation, emoji, FTS or SQL syntax give an empty query
    with :attr:`QueryHint.EMPTY`; the terms contain only folded letters and digits, so
    nothing the clerk types can change the meaning of the index query.
    """
    hints: set[QueryHint] = set()
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        hints.add(QueryHint.TRUNCATED)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    text = text.strip()
    significant = sum(1 for ch in text if ch.isalnum())
    if not significant:
        return ParsedQuery(text, QueryKind.EMPTY, hints=frozenset({*hints, QueryHint.EMPTY}))
    if significant < MIN_QUERY_CHARS:
        hints.add(QueryHint.TOO_SHORT)

    compact = _PHONE_PUNCT.sub("", text)
    if compact.isascii() and compact.isdigit():
        digits = digits_of(compact)
        return ParsedQuery(
            text,
            QueryKind.DIGITS,
            digits=digits,
            national=national_number(digits),
            number_start=number_start(digits),
            hints=frozenset(hints),
        )

    chunks = _merge_phone_chunks(text.split())
    if len(chunks) > MAX_QUERY_WORDS:
        chunks = chunks[:MAX_QUERY_WORDS]
        hints.add(QueryHint.TRUNCATED)
    # Type words ("вул.", "кв.") are dropped, unless the query has nothing else.
    keep_markers = all(_is_marker_word(w) for chunk in chunks for w in _split_words(chunk))
    state = _NumberState()
    groups: list[QueryGroup] = []
    for chunk in chunks:
        readings: list[tuple[QueryTerm, ...]] = []
        after = state
        marker_only = False
        for index, reading in enumerate([chunk, *from_wrong_layout(chunk)]):
            trial = state.copy()
            terms = tuple(_chunk_terms(reading, trial, keep_markers))
            if index == 0 or (len(readings) == 0 and terms):
                after = trial  # the chunk as typed sets what the next number is
            if not terms:
                # A reading that is only a type word ("просп." typed as "ghjcg/") makes the
                # whole chunk a type word: it constrains nothing.
                marker_only = marker_only or bool(_split_words(reading))
                continue
            if terms not in readings:
                readings.append(terms)
        state = after
        if readings and not marker_only:
            groups.append(QueryGroup(tuple(readings)))
    if not groups:
        return ParsedQuery(text, QueryKind.EMPTY, hints=frozenset({*hints, QueryHint.EMPTY}))
    return ParsedQuery(text, QueryKind.TEXT, groups=tuple(groups), hints=frozenset(hints))


def query_words(query: ParsedQuery) -> Iterable[QueryTerm]:
    """Every term of every reading (for display and tests)."""
    for group in query.groups:
        for reading in group.readings:
            yield from reading
