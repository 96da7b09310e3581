"""Phone numbers as people and old records write them: parse, validate, classify, extract.

Every number is stored in E.164 and shown in national format; the default region is
Ukraine. :func:`parse_phone` reads one number typed any way a clerk or an old record has it
(spaces, dashes, dots, brackets; with or without ``+38``/``38``/``0``; the pre-2009
long-distance prefix ``8`` and international prefix ``8-10``; a local number that takes the
area code of the city; foreign numbers with ``+``; an extension such as ``доб. 12``).
:func:`extract_phones` reads the free text of a billing export's ``phones`` field, which
holds several numbers with words around them, and keeps what it cannot read as text.

The module is pure: it uses the ``phonenumbers`` metadata and raises
:class:`~receptionapp.core.errors.ValidationError` with these codes (``params`` always
carry ``text``):

* ``phone.empty``: nothing but blanks;
* ``phone.not_a_number``: letters or symbols where digits are expected;
* ``phone.too_short`` / ``phone.too_long``: wrong number of digits (``digits`` param);
* ``phone.unknown_code``: the digits have a plausible length, but no such code or range
  exists (``phonenumbers.is_valid_number`` is false; ``e164`` param);
* ``phone.needs_area_code``: a local number (5–7 digits) and no area code known.

Speed: the Ukrainian path builds the ``PhoneNumber`` directly instead of calling
``phonenumbers.parse``; about 25 µs per number on the reference machine (see
``tests/benchmarks/bench_import.py``). The operator and region are computed only when asked
for: the ``phonenumbers.carrier`` module takes a third of a second to import, and the
geocoder (4 s, all countries' data) is not used at all (see :data:`AREA_REGIONS`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, PhoneNumberFormat, PhoneNumberType

from receptionapp.core.errors import ValidationError
from receptionapp.core.text import fold

#: Kinds a number can be suggested as (the same as ``receptionapp.db.models.PHONE_KINDS``).
KINDS = ("home", "cdma", "mobile", "work", "other")

UA_COUNTRY_CODE = 380
#: Ukrainian national significant numbers (without the trunk ``0``) have nine digits.
UA_NSN_LENGTH = 9
#: Operator codes of the Ukrainian CDMA networks: PEOPLEnet (92) and Intertelecom (94).
#: ``phonenumbers`` files them as plain mobile numbers; the clerk's checklist needs them apart.
CDMA_CODES = frozenset({"92", "94"})

#: Area codes (without the trunk ``0``) of the demo company's five cities.
CITY_AREA_CODES: dict[str, str] = {
    "Харків": "57",
    "Київ": "44",
    "Одеса": "48",
    "Дніпро": "56",
    "Запоріжжя": "61",
}

# Spellings of the five cities a billing record or a clerk may use (folded on lookup).
_CITY_SPELLINGS: dict[str, tuple[str, ...]] = {
    "Харків": ("Харків", "Харьков", "Kharkiv", "Kharkov"),
    "Київ": ("Київ", "Киев", "Kyiv", "Kiev"),
    "Одеса": ("Одеса", "Одесса", "Odesa", "Odessa"),
    "Дніпро": (
        "Дніпро",
        "Днепр",
        "Дніпропетровськ",
        "Днепропетровск",
        "Dnipro",
        "Dnipropetrovsk",
    ),
    "Запоріжжя": ("Запоріжжя", "Запорожье", "Zaporizhzhia", "Zaporozhye"),
}
_CITY_BY_KEY: dict[str, str] = {
    fold(spelling): city for city, spellings in _CITY_SPELLINGS.items() for spelling in spellings
}

#: Region shown beside a Ukrainian landline, by the two leading digits of its area code.
#: The five demo cities are named as cities; other codes cover a whole region. A small
#: table instead of ``phonenumbers.geocoder``, whose import loads every country's data (4 s)
#: and whose Ukrainian names are uneven (``Дніпропетро́вськ/Дніпро``, ``м. Київ``).
AREA_REGIONS: dict[str, str] = {
    "31": "Закарпатська обл.",
    "32": "Львівська обл.",
    "33": "Волинська обл.",
    "34": "Івано-Франківська обл.",
    "35": "Тернопільська обл.",
    "36": "Рівненська обл.",
    "37": "Чернівецька обл.",
    "38": "Хмельницька обл.",
    "41": "Житомирська обл.",
    "43": "Вінницька обл.",
    "44": "Київ",
    "45": "Київська обл.",
    "46": "Чернігівська обл.",
    "47": "Черкаська обл.",
    "48": "Одеса",
    "51": "Миколаївська обл.",
    "52": "Кіровоградська обл.",
    "53": "Полтавська обл.",
    "54": "Сумська обл.",
    "55": "Херсонська обл.",
    "56": "Дніпро",
    "57": "Харків",
    "61": "Запоріжжя",
    "62": "Донецька обл.",
    "64": "Луганська обл.",
    "65": "АР Крим",
    "69": "Севастополь",
}

# Characters a single number may be written with besides digits.
_NUMBER_CHARS = re.compile(r"[\d\s()\-.–—/+]*")
_NON_DIGITS = re.compile(r"\D+")
_EXTENSION = re.compile(
    r"[\s,;]*(?:доб(?:авочн\w*)?|дод(?:атков\w*)?|ext(?:ension)?|вн(?:утр\w*)?|x|х|#)"
    r"[.:]?\s*(\d{1,6})\s*\.?$",
    re.IGNORECASE,
)
_LEADING_CITY_WORD = re.compile(r"^(?:м|г|місто|город)\.?\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ParsedPhone:
    """One valid phone number.

    Attributes:
        e164: the number in E.164 (``+380577001234``), the key it is stored under.
        kind: suggested kind: ``mobile``, ``cdma``, ``home`` (a landline), ``work`` (only
            from a label in free text) or ``other``.
        country: ISO code of the number's country (``UA``, ``PL``…).
        extension: the extension typed after the number (``доб. 12`` → ``12``), or ``""``.
        text: the text the number was read from (with its label in free text).
        note: words written around the number in free text (``дочка``), or ``""``.
    """

    e164: str
    kind: str
    country: str
    extension: str = ""
    text: str = ""
    note: str = ""

    @property
    def national(self) -> str:
        """National format from ``phonenumbers`` (``057 700 1234``), computed when asked."""
        return _format(self.e164, national=True)

    @property
    def display(self) -> str:
        """How to show the number: national for Ukraine, international for other countries."""
        if self.country == "UA":
            return self.national
        return _format(self.e164, national=False)

    @property
    def operator(self) -> str:
        """The mobile operator's name in Ukrainian (``Київстар``), ``""`` for a landline."""
        return _operator(self.e164)

    @property
    def region(self) -> str:
        """The city or region of a Ukrainian landline (``Харків``), ``""`` otherwise."""
        if self.country != "UA" or self.kind == "mobile":
            return ""
        return AREA_REGIONS.get(self.e164[4:6], "")


def area_code_for_city(city: str) -> str | None:
    """Area code (without ``0``) of one of the demo company's cities, in any spelling.

    ``Харків``, ``Харьков``, ``м. Харків`` → ``"57"``; an unknown city → None. The database
    layer prefers the directorate's own ``area_code`` and falls back on this table.
    """
    name = _LEADING_CITY_WORD.sub("", city.strip())
    found = _CITY_BY_KEY.get(fold(name))
    return CITY_AREA_CODES[found] if found else None


def parse_phone(text: str, area_code: str | None = None) -> ParsedPhone:
    """Read one phone number typed any way people and old records write it.

    Args:
        text: the number, e.g. ``8 (057) 700-12-34``, ``+38 050 123 45 67``, ``7001234``,
            ``+48 601 234 567``, ``057 700 12 34 доб. 12``.
        area_code: area code of the city (``"57"`` or ``"057"``) a local number without
            area code belongs to; None when unknown.

    Returns:
        The number with its E.164 form, display form, suggested kind and extension.

    Raises:
        ValidationError: ``phone.empty``, ``phone.not_a_number``, ``phone.too_short``,
            ``phone.too_long``, ``phone.unknown_code`` or ``phone.needs_area_code``.
    """
    source = text.strip()
    if not source:
        raise ValidationError("no phone number given", code="phone.empty", text=source)
    body = source
    extension = ""
    match = _EXTENSION.search(body)
    if match and match.start() > 0:
        extension = match.group(1)
        body = body[: match.start()]
    if not _NUMBER_CHARS.fullmatch(body) or "+" in body.lstrip()[1:]:
        raise ValidationError(
            f"not a phone number: {source!r}", code="phone.not_a_number", text=source
        )
    digits = _NON_DIGITS.sub("", body)
    if not digits:
        raise ValidationError(
            f"not a phone number: {source!r}", code="phone.not_a_number", text=source
        )
    plus = body.lstrip().startswith("+")
    return _from_digits(digits, plus, _clean_area_code(area_code), source, extension)


def extract_phones(text: str, area_code: str | None = None) -> tuple[list[ParsedPhone], list[str]]:
    """Read every number out of free text as billing clerks typed it.

    Numbers are separated by ``;``, ``,``, new lines, or just words
    (``дом. 700-12-34; моб. 050 123 45 67``, ``р.т. 7001234, 0671234567``). A label before a
    number suggests its kind (``дом``/``д.т.`` home, ``моб``/``м.т.`` mobile,
    ``роб``/``раб``/``р.т.``/``служ`` work, ``CDMA``), corrected by what the number itself is
    (a label ``дом.`` on a Kyivstar number gives ``mobile``); other words become the
    number's ``note``. Two numbers written one after the other with only spaces between them
    are told apart when the run of digits is too long for one number.

    Args:
        text: the free text.
        area_code: area code for local numbers without one (the city of the record).

    Returns:
        ``(numbers, unparsed)``: the valid numbers, each once (the first spelling wins), in
        the order written; and the fragments that are not valid numbers, as written, so
        that nothing is lost.
    """
    area = _clean_area_code(area_code)
    found: list[ParsedPhone] = []
    unparsed: list[str] = []
    for segment in _split_segments(text):
        _read_segment(segment, area, found, unparsed)
    seen: set[str] = set()
    numbers: list[ParsedPhone] = []
    for phone in found:
        if phone.e164 not in seen:
            seen.add(phone.e164)
            numbers.append(phone)
    kept: list[str] = []
    for fragment in unparsed:
        if fragment not in kept:
            kept.append(fragment)
    return numbers, kept


# --- one number ------------------------------------------------------------------------


def _clean_area_code(area_code: str | None) -> str | None:
    if area_code is None:
        return None
    digits = _NON_DIGITS.sub("", area_code).lstrip("0")
    return digits if 2 <= len(digits) <= 5 else None


def _error(code: str, message: str, source: str, digits: str) -> ValidationError:
    return ValidationError(f"{message}: {source!r}", code=code, text=source, digits=digits)


def _from_digits(
    digits: str, plus: bool, area: str | None, source: str, extension: str
) -> ParsedPhone:
    """Route the digits by their prefix to a Ukrainian or a foreign number."""
    if plus:
        return _from_international(digits, source, extension)
    if digits.startswith("00"):  # today's international prefix
        return _from_international(digits[2:], source, extension)
    if digits.startswith("810") and len(digits) > 10:  # pre-2009 international prefix 8-10
        return _from_international(digits[3:], source, extension)
    if digits.startswith("380") and len(digits) >= 11:
        return _ukrainian(digits[3:], source, extension)
    if digits.startswith("80") and len(digits) >= 10:  # pre-2009 long-distance prefix 8
        return _ukrainian(digits[2:], source, extension)
    if digits.startswith("0"):
        return _ukrainian(digits[1:], source, extension)
    if digits.startswith("38") and len(digits) == 11:  # "38 57 700 12 34"
        return _ukrainian(digits[2:], source, extension)
    if len(digits) >= UA_NSN_LENGTH:  # national number written without its trunk 0
        return _ukrainian(digits, source, extension)
    return _local(digits, area, source, extension)


def _local(digits: str, area: str | None, source: str, extension: str) -> ParsedPhone:
    """A number shorter than a national one: a local number of the record's city."""
    if digits.startswith("8") or len(digits) < 5:
        raise _error("phone.too_short", "too few digits for a phone number", source, digits)
    if area is None:
        if len(digits) > 7:
            raise _error("phone.too_short", "too few digits for a phone number", source, digits)
        raise _error("phone.needs_area_code", "a local number without area code", source, digits)
    local_length = UA_NSN_LENGTH - len(area)
    if len(digits) < local_length:
        raise _error("phone.too_short", "too few digits for a phone number", source, digits)
    if len(digits) > local_length:
        if digits.startswith(area):  # a national number missing a digit
            raise _error("phone.too_short", "too few digits for a phone number", source, digits)
        raise _error("phone.too_long", "too many digits for a local number", source, digits)
    return _ukrainian(area + digits, source, extension)


def _ukrainian(nsn: str, source: str, extension: str) -> ParsedPhone:
    """Validate a Ukrainian national significant number (nine digits, no trunk 0)."""
    if len(nsn) == UA_NSN_LENGTH + 1 and nsn[0] == "0":  # "+380 (050) …": 0 kept after +380
        nsn = nsn[1:]
    if len(nsn) < UA_NSN_LENGTH:
        raise _error("phone.too_short", "too few digits for a phone number", source, nsn)
    if len(nsn) > UA_NSN_LENGTH:
        raise _error("phone.too_long", "too many digits for a phone number", source, nsn)
    e164 = f"+{UA_COUNTRY_CODE}{nsn}"
    if nsn[0] == "0":
        raise _unknown_code(source, nsn, e164)
    number = PhoneNumber(country_code=UA_COUNTRY_CODE, national_number=int(nsn))
    # For a country code of one region, number_type() is UNKNOWN exactly when
    # is_valid_number() is false (a unit test checks it); calling both doubles the cost.
    number_type = phonenumbers.number_type(number)
    if number_type == PhoneNumberType.UNKNOWN:
        raise _unknown_code(source, nsn, e164)
    if number_type == PhoneNumberType.MOBILE:
        kind = "cdma" if nsn[:2] in CDMA_CODES else "mobile"
    elif number_type in (PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE):
        kind = "home"
    else:
        kind = "other"
    return ParsedPhone(e164, kind, "UA", extension, source)


def _unknown_code(source: str, digits: str, e164: str) -> ValidationError:
    return ValidationError(
        f"no such phone number (unknown code or range): {source!r}",
        code="phone.unknown_code",
        text=source,
        digits=digits,
        e164=e164,
    )


_PARSE_ERRORS = {
    NumberParseException.TOO_SHORT_NSN: "phone.too_short",
    NumberParseException.TOO_SHORT_AFTER_IDD: "phone.too_short",
    NumberParseException.TOO_LONG: "phone.too_long",
    NumberParseException.NOT_A_NUMBER: "phone.not_a_number",
}
_POSSIBLE_ERRORS = {
    phonenumbers.ValidationResult.TOO_SHORT: "phone.too_short",
    phonenumbers.ValidationResult.TOO_LONG: "phone.too_long",
}


def _from_international(digits: str, source: str, extension: str) -> ParsedPhone:
    """A number written with its country code (after ``+``, ``00`` or ``8-10``)."""
    if digits.startswith("380"):
        return _ukrainian(digits[3:], source, extension)
    if len(digits) > 17:
        raise _error("phone.too_long", "too many digits for a phone number", source, digits)
    try:
        number = phonenumbers.parse("+" + digits, None)
    except NumberParseException as exc:
        code = _PARSE_ERRORS.get(exc.error_type, "phone.unknown_code")
        raise ValidationError(
            f"not a valid international number: {source!r}",
            code=code,
            text=source,
            digits=digits,
            e164="+" + digits,
        ) from None
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    possible = phonenumbers.is_possible_number_with_reason(number)
    if possible in _POSSIBLE_ERRORS:
        raise _error(_POSSIBLE_ERRORS[possible], "wrong number of digits", source, digits)
    if not phonenumbers.is_valid_number(number):
        raise _unknown_code(source, digits, e164)
    country = phonenumbers.region_code_for_number(number) or ""
    number_type = phonenumbers.number_type(number)
    kind = "mobile" if number_type == PhoneNumberType.MOBILE else "other"
    return ParsedPhone(e164, kind, country, extension, source)


@functools.lru_cache(maxsize=4096)
def _format(e164: str, *, national: bool) -> str:
    # Formatting is a third of the cost of parsing, and an import never shows a number.
    style = PhoneNumberFormat.NATIONAL if national else PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(phonenumbers.parse(e164, None), style)


@functools.lru_cache(maxsize=4096)
def _operator(e164: str) -> str:
    # Imported here: the carrier data takes a third of a second to load, and an import of
    # a billing file never needs it.
    from phonenumbers import carrier

    number = phonenumbers.parse(e164, None)
    return carrier.name_for_number(number, "uk") or carrier.name_for_number(number, "en")


# --- free text -------------------------------------------------------------------------

_SEGMENT_SEPARATORS = re.compile(r"[;,\n\r|]+")
_TOKEN = re.compile(
    r"(?P<num>\+?\(?\d[\d\s().\-–—/]*\d|\+?\d)"
    r"|(?P<word>[^\W\d_]+(?:[./\-][^\W\d_]+)*\.?)"
    r"|(?P<other>\S)"
)
_RUN_GROUPS = re.compile(r"[\s/]+")
_MAX_RUN_GROUPS = 12

# Label words by the parts of an abbreviation: ``д.т.`` → ``д``, ``т``; ``моб.`` → ``моб``.
# The kind ``""`` marks filler that says "phone" without saying which (``тел.``, ``к.т.``).
_LABEL_WORDS: dict[str, tuple[str, ...]] = {
    "home": (
        "д",
        "дом",
        "домашн",
        "домашній",
        "домашний",
        "домашня",
        "кв",
        "квартирний",
        "квартирный",
        "home",
    ),
    "mobile": (
        "м",
        "моб",
        "мобил",
        "мобільний",
        "мобильный",
        "мобілка",
        "мобилка",
        "мобила",
        "сот",
        "сотовый",
        "стільниковий",
        "mob",
        "mobile",
        "cell",
        "gsm",
    ),
    "work": (
        "р",
        "роб",
        "раб",
        "робочий",
        "рабочий",
        "робоч",
        "рабоч",
        "служ",
        "службовий",
        "служебный",
        "сл",
        "work",
        "офіс",
        "офис",
        "office",
    ),
    "cdma": ("cdma", "сдма", "сdma", "cдма", "цдма"),
    "other": ("факс", "fax", "ф"),
    "": (
        "т",
        "тел",
        "телеф",
        "телефон",
        "телефони",
        "телефоны",
        "tel",
        "phone",
        "к",
        "конт",
        "контакт",
        "контактний",
        "контактный",
        "н",
        "номер",
        "no",
        "nr",
    ),
}
_LABEL_PARTS: dict[str, str] = {
    part: kind for kind, parts in _LABEL_WORDS.items() for part in parts
}
_EXTENSION_WORDS = frozenset(
    (
        "доб",
        "добав",
        "добавочный",
        "дод",
        "додатковий",
        "ext",
        "extension",
        "вн",
        "внутр",
        "внутрішній",
        "внутренний",
        "x",
        "х",
    )
)
_CONNECTORS = frozenset(("або", "или", "и", "і", "та", "й", "or", "and"))


@dataclass(slots=True)
class _Segment:
    """What one separator-delimited piece of free text yielded."""

    text: str
    parsed: list[ParsedPhone]
    failed: list[str]
    words: list[str]
    meaningful: bool = False
    last_labelled: bool = False


def _split_segments(text: str) -> list[str]:
    return [part for part in _SEGMENT_SEPARATORS.split(text) if part.strip()]


def _classify_word(word: str) -> str | None:
    """``home``/``mobile``/``work``/``cdma``/``other`` for a label, ``""`` for filler
    (``тел.``), ``"ext"`` for an extension word, None for any other word."""
    key = word.casefold().replace("ё", "е")
    parts = [part for part in re.split(r"[./\-]", key) if part]
    if len(parts) == 1 and parts[0] in _EXTENSION_WORDS:
        return "ext"
    if len(parts) == 1 and parts[0] in _CONNECTORS:
        return ""
    kinds = set()
    for part in parts:
        if part not in _LABEL_PARTS:
            return None
        kinds.add(_LABEL_PARTS[part])
    kinds.discard("")
    if len(kinds) > 1:
        return None
    return kinds.pop() if kinds else ""


def _kind_with_label(kind: str, label: str | None) -> str:
    """The kind suggested by the number itself, corrected by the clerk's label.

    A label that names a use (work, fax) wins; a label that names a technology (home line,
    mobile, CDMA) wins only where the number does not contradict it, since the number's
    range is a fact and old labels are often wrong. ``CDMA`` on a landline range stays
    ``cdma``: CDMA operators also handed out city numbers.
    """
    if label is None or label == kind:
        return kind
    if label in ("work", "other"):
        return label
    if label == "cdma":
        return "mobile" if kind == "mobile" else "cdma"
    return kind


def _parse_run(run: str, area: str | None) -> list[ParsedPhone]:
    """A run of digits: one number, or several written with only spaces between them."""
    try:
        return [parse_phone(run, area)]
    except ValidationError as exc:
        if exc.code != "phone.too_long":
            raise
        groups = [group for group in _RUN_GROUPS.split(run) if group]
        if len(groups) < 2 or len(groups) > _MAX_RUN_GROUPS:
            raise
        for cut in range(1, len(groups)):
            try:
                first = parse_phone(" ".join(groups[:cut]), area)
                rest = _parse_run(" ".join(groups[cut:]), area)
            except ValidationError:
                continue
            return [first, *rest]
        raise


def _read_segment(
    text: str, area: str | None, found: list[ParsedPhone], unparsed: list[str]
) -> None:
    segment = _Segment(text, [], [], [])
    label: str | None = None
    label_start: int | None = None
    extension_pending = False
    for token in _TOKEN.finditer(text):
        if token.lastgroup == "word":
            word_kind = _classify_word(token.group())
            if word_kind == "ext":
                extension_pending = True
            elif word_kind:
                label, label_start = word_kind, token.start()
            elif word_kind is None:
                segment.words.append(token.group())
                segment.meaningful = True
            continue
        if token.lastgroup != "num":
            continue
        segment.meaningful = True
        run = token.group()
        if extension_pending and segment.parsed and len(_NON_DIGITS.sub("", run)) <= 6:
            segment.parsed[-1] = replace(segment.parsed[-1], extension=_NON_DIGITS.sub("", run))
            extension_pending = False
            continue
        extension_pending = False
        start = label_start if label_start is not None else token.start()
        fragment = text[start : token.end()].strip()
        try:
            numbers = _parse_run(run, area)
        except ValidationError:
            segment.failed.append(fragment)
        else:
            note = " ".join(segment.words)
            segment.words.clear()
            for number in numbers:
                segment.parsed.append(
                    replace(
                        number,
                        kind=_kind_with_label(number.kind, label),
                        text=fragment if len(numbers) == 1 else number.text,
                        note=note,
                    )
                )
            segment.last_labelled = label is not None
        label, label_start = None, None
    if not segment.parsed:
        if segment.meaningful:
            unparsed.append(text.strip(" \t.:-"))
        return
    last = segment.parsed[-1]
    if label is not None and not segment.last_labelled:  # the label written after the number
        last = replace(last, kind=_kind_with_label(last.kind, label))
    if segment.words:
        last = replace(last, note=" ".join(filter(None, (last.note, *segment.words))))
    segment.parsed[-1] = last
    found.extend(segment.parsed)
    unparsed.extend(segment.failed)
