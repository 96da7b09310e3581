"""Phone parsing: real-world spellings of Ukrainian and foreign numbers, and free text."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from receptionapp.core.errors import ValidationError
from receptionapp.core.phones import (
    ParsedPhone,
    area_code_for_city,
    extract_phones,
    parse_phone,
)

KHARKIV = "+380577001234"
VODAFONE = "+380501234567"

# (as written, area code of the record's city, E.164, suggested kind)
VALID = [
    # mobiles, every way the prefix is written
    ("050 123 45 67", None, VODAFONE, "mobile"),
    ("0501234567", None, VODAFONE, "mobile"),
    ("+380501234567", None, VODAFONE, "mobile"),
    ("+38 050 123 45 67", None, VODAFONE, "mobile"),
    ("+38(050)123-45-67", None, VODAFONE, "mobile"),
    ("+38 (050) 123-45-67", None, VODAFONE, "mobile"),
    ("+380 (50) 123 45 67", None, VODAFONE, "mobile"),
    ("+380 (050) 123-45-67", None, VODAFONE, "mobile"),
    ("38 050 123-45-67", None, VODAFONE, "mobile"),
    ("380501234567", None, VODAFONE, "mobile"),
    ("8 050 123 45 67", None, VODAFONE, "mobile"),
    ("8-050-123-45-67", None, VODAFONE, "mobile"),
    ("8(050)1234567", None, VODAFONE, "mobile"),
    ("(050) 123-45-67", None, VODAFONE, "mobile"),
    ("050.123.45.67", None, VODAFONE, "mobile"),
    ("050-123-4567", None, VODAFONE, "mobile"),
    ("050/123-45-67", None, VODAFONE, "mobile"),
    ("50 123 45 67", None, VODAFONE, "mobile"),
    ("0 50 123 45 67", None, VODAFONE, "mobile"),
    ("00380501234567", None, VODAFONE, "mobile"),
    ("  050 123 45 67  ", None, VODAFONE, "mobile"),
    ("050\u00a0123\u00a045\u00a067", None, VODAFONE, "mobile"),
    ("050–123–45–67", None, VODAFONE, "mobile"),
    ("050 123 45 67", "57", VODAFONE, "mobile"),
    ("067 123 45 67", None, "+380671234567", "mobile"),
    ("0987654321", None, "+380987654321", "mobile"),
    ("096 123 45 67", None, "+380961234567", "mobile"),
    ("+380 63 123 45 67", None, "+380631234567", "mobile"),
    ("073 123 45 67", None, "+380731234567", "mobile"),
    ("093-123-45-67", None, "+380931234567", "mobile"),
    ("099-123-45-67", None, "+380991234567", "mobile"),
    ("066 123 45 67", None, "+380661234567", "mobile"),
    ("091 123 45 67", None, "+380911234567", "mobile"),
    # CDMA operators
    ("092 123 45 67", None, "+380921234567", "cdma"),
    ("+380941234567", None, "+380941234567", "cdma"),
    ("8-094-123-45-67", None, "+380941234567", "cdma"),
    ("(092)1234567", None, "+380921234567", "cdma"),
    # landlines of the five cities, full and local
    ("057 700 12 34", None, KHARKIV, "home"),
    ("(057) 700-12-34", None, KHARKIV, "home"),
    ("8-057-700-12-34", None, KHARKIV, "home"),
    ("8 (057) 700 12 34", None, KHARKIV, "home"),
    ("0577001234", None, KHARKIV, "home"),
    ("+38 (057) 700-12-34", None, KHARKIV, "home"),
    ("57 700 12 34", None, KHARKIV, "home"),
    ("700-12-34", "57", KHARKIV, "home"),
    ("7001234", "057", KHARKIV, "home"),
    ("700 12 34", "57", KHARKIV, "home"),
    ("70-01-234", "57", KHARKIV, "home"),
    ("234-56-78", "44", "+380442345678", "home"),
    ("8(044)234-56-78", None, "+380442345678", "home"),
    ("044 234 56 78", None, "+380442345678", "home"),
    ("(048) 765-43-21", None, "+380487654321", "home"),
    ("765-43-21", "48", "+380487654321", "home"),
    ("745-12-34", "56", "+380567451234", "home"),
    ("0562 34 56 78", None, "+380562345678", "home"),
    ("061 234 56 78", None, "+380612345678", "home"),
    ("234-56-78", "61", "+380612345678", "home"),
    # older and smaller area codes
    ("8-0572-12-34-56", None, "+380572123456", "home"),
    ("0532 12 34 56", None, "+380532123456", "home"),
    ("12-34-56", "532", "+380532123456", "home"),
    # non-geographic
    ("0 800 50 12 34", None, "+380800501234", "other"),
    # foreign numbers
    ("+48 601 234 567", None, "+48601234567", "mobile"),
    ("0048 601 234 567", None, "+48601234567", "mobile"),
    ("8-10-48-601-234-567", None, "+48601234567", "mobile"),
    ("+7 (916) 123-45-67", None, "+79161234567", "mobile"),
    ("+1 212 555 0123", None, "+12125550123", "other"),
    ("+44 20 7946 0958", None, "+442079460958", "other"),
    ("+7 495 123 45 67", None, "+74951234567", "other"),
    ("+49 30 123456", None, "+4930123456", "other"),
]

# (as written, extension)
WITH_EXTENSION = [
    ("0577001234 доб. 123", "123"),
    ("057 700 12 34, доб. 5", "5"),
    ("0577001234 ext 5", "5"),
    ("0577001234 ext. 5", "5"),
    ("057-700-12-34 вн. 12", "12"),
    ("057-700-12-34 внутр. 12", "12"),
    ("0577001234x12", "12"),
    ("(057) 700-12-34 #7", "7"),
]

# (as written, area code, error code)
INVALID = [
    ("", None, "phone.empty"),
    ("   ", None, "phone.empty"),
    ("abc", None, "phone.not_a_number"),
    ("тел", None, "phone.not_a_number"),
    ("дом. 700-12-34", "57", "phone.not_a_number"),
    ("050-123-45-67 Олена", None, "phone.not_a_number"),
    ("050 123 45 6x", None, "phone.not_a_number"),
    ("050*123*45*67", None, "phone.not_a_number"),
    ("050 123+45 67", None, "phone.not_a_number"),
    ("---", None, "phone.not_a_number"),
    ("()", None, "phone.not_a_number"),
    ("+", None, "phone.not_a_number"),
    ("доб. 12", None, "phone.not_a_number"),
    ("12-34", "57", "phone.too_short"),
    ("1234", None, "phone.too_short"),
    ("050 123 45 6", None, "phone.too_short"),
    ("050123456", None, "phone.too_short"),
    ("+380 50 123 45 6", None, "phone.too_short"),
    ("8 050 123 45 6", None, "phone.too_short"),
    ("577-00-12-3", "57", "phone.too_short"),
    ("70012345", None, "phone.too_short"),
    ("+1 800 123", None, "phone.too_short"),
    ("050 123 45 678", None, "phone.too_long"),
    ("+380 50 123 45 678", None, "phone.too_long"),
    ("050 123 45 67 89", None, "phone.too_long"),
    ("5012345678", None, "phone.too_long"),
    ("700-12-345", "57", "phone.too_long"),
    ("8 800 123 45 67", None, "phone.too_long"),
    ("+49 30 1234 5678 9012 3456", None, "phone.too_long"),
    ("700-12-34", None, "phone.needs_area_code"),
    ("70012", None, "phone.needs_area_code"),
    ("1 234 567", None, "phone.needs_area_code"),
    ("020 123 45 67", None, "phone.unknown_code"),
    ("0101234567", None, "phone.unknown_code"),
    ("030 000 00 00", None, "phone.unknown_code"),
    ("+999 123 456", None, "phone.unknown_code"),
    ("000 000 00 00", None, "phone.unknown_code"),
]


def test_the_table_is_large() -> None:
    assert len(VALID) + len(WITH_EXTENSION) + len(INVALID) >= 100


@pytest.mark.parametrize(("text", "area", "e164", "kind"), VALID)
def test_valid_spellings(text: str, area: str | None, e164: str, kind: str) -> None:
    phone = parse_phone(text, area)
    assert phone.e164 == e164
    assert phone.kind == kind
    assert phone.extension == ""
    assert phone.text == text.strip()


@pytest.mark.parametrize(("text", "extension"), WITH_EXTENSION)
def test_extension_is_kept_apart(text: str, extension: str) -> None:
    phone = parse_phone(text)
    assert phone.e164 == KHARKIV
    assert phone.extension == extension


@pytest.mark.parametrize(("text", "area", "code"), INVALID)
def test_invalid_spellings(text: str, area: str | None, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_phone(text, area)
    assert caught.value.code == code
    assert caught.value.params["text"] == text.strip()


def test_unknown_code_names_the_number_it_tried() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_phone("020 123 45 67")
    assert caught.value.params["e164"] == "+380201234567"


def test_display_forms() -> None:
    assert parse_phone("8-057-700-12-34").national == "057 700 1234"
    assert parse_phone("8-057-700-12-34").display == "057 700 1234"
    assert parse_phone("+48601234567").display == "+48 601 234 567"
    assert parse_phone("+48601234567").country == "PL"


def test_operator_of_mobiles_and_region_of_landlines() -> None:
    assert parse_phone("067 123 45 67").operator == "Київстар"
    assert parse_phone("050 123 45 67").operator == "Vodafone Україна"
    assert parse_phone("094 123 45 67").operator == "Інтертелеком"
    assert parse_phone("092 123 45 67").operator == "PEOPLEnet"
    assert parse_phone("067 123 45 67").region == ""
    assert parse_phone("0577001234").region == "Харків"
    assert parse_phone("0442345678").region == "Київ"
    assert parse_phone("0487654321").region == "Одеса"
    assert parse_phone("0567451234").region == "Дніпро"
    assert parse_phone("0612345678").region == "Запоріжжя"
    assert parse_phone("0532123456").region == "Полтавська обл."
    assert parse_phone("0577001234").operator == ""


@pytest.mark.parametrize(
    ("city", "code"),
    [
        ("Харків", "57"),
        ("Харьков", "57"),
        ("м. Харків", "57"),
        ("  ХАРКІВ ", "57"),
        ("Київ", "44"),
        ("Киев", "44"),
        ("Одеса", "48"),
        ("Одесса", "48"),
        ("Дніпро", "56"),
        ("Днепр", "56"),
        ("Запоріжжя", "61"),
        ("Запорожье", "61"),
        ("Полтава", None),
        ("", None),
    ],
)
def test_area_code_for_city(city: str, code: str | None) -> None:
    assert area_code_for_city(city) == code


# --- free text -------------------------------------------------------------------------

# (free text, area, [(E.164, kind)], unparsed fragments)
FREE_TEXT = [
    (
        "дом. 700-12-34; моб. 050 123 45 67",
        "57",
        [(KHARKIV, "home"), (VODAFONE, "mobile")],
        [],
    ),
    (
        "р.т. 7001234, 0671234567",
        "57",
        [(KHARKIV, "work"), ("+380671234567", "mobile")],
        [],
    ),
    ("д.т. 700-12-34", "57", [(KHARKIV, "home")], []),
    ("д/т 700-12-34", "57", [(KHARKIV, "home")], []),
    ("м.т. 0501234567", None, [(VODAFONE, "mobile")], []),
    ("служ. (057) 700-12-34", None, [(KHARKIV, "work")], []),
    ("раб 0501234567", None, [(VODAFONE, "work")], []),
    ("CDMA 094 123 45 67", None, [("+380941234567", "cdma")], []),
    ("сдма: 0577001234", None, [(KHARKIV, "cdma")], []),
    ("дом. 050 123 45 67", None, [(VODAFONE, "mobile")], []),
    ("моб. 057 700 12 34", None, [(KHARKIV, "home")], []),
    ("дом. 094 123 45 67", None, [("+380941234567", "cdma")], []),
    ("факс 057 700 12 34", None, [(KHARKIV, "other")], []),
    ("тел. 0501234567", None, [(VODAFONE, "mobile")], []),
    ("к.т. 0501234567", None, [(VODAFONE, "mobile")], []),
    ("0501234567 моб.", None, [(VODAFONE, "mobile")], []),
    ("7001234 0671234567", "57", [(KHARKIV, "home"), ("+380671234567", "mobile")], []),
    ("050 123 45 67 / 057 700 12 34", None, [(VODAFONE, "mobile"), (KHARKIV, "home")], []),
    ("0501234567\n0577001234", None, [(VODAFONE, "mobile"), (KHARKIV, "home")], []),
    ("0501234567 или 0577001234", None, [(VODAFONE, "mobile"), (KHARKIV, "home")], []),
    ("дом.7001234,моб.0501234567", "57", [(KHARKIV, "home"), (VODAFONE, "mobile")], []),
    ("0501234567; 050-123-45-67; +380501234567", None, [(VODAFONE, "mobile")], []),
    ("", None, [], []),
    (" ; , ", None, [], []),
    ("тел.", None, [], []),
    ("нет", None, [], ["нет"]),
    ("немає", None, [], ["немає"]),
    ("дом. 12-34 старий", "57", [], ["дом. 12-34 старий"]),
    ("д.т. 12-34, моб. 0501234567", "57", [(VODAFONE, "mobile")], ["д.т. 12-34"]),
    ("дом. 700-12-34", None, [], ["дом. 700-12-34"]),
    ("0201234567; 0501234567", None, [(VODAFONE, "mobile")], ["0201234567"]),
    ("звонить после 18", None, [], ["звонить после 18"]),
    ("050 123 45 67 89", None, [], ["050 123 45 67 89"]),
]


@pytest.mark.parametrize(("text", "area", "numbers", "unparsed"), FREE_TEXT)
def test_extract_phones(
    text: str, area: str | None, numbers: list[tuple[str, str]], unparsed: list[str]
) -> None:
    found, left = extract_phones(text, area)
    assert [(phone.e164, phone.kind) for phone in found] == numbers
    assert left == unparsed


def test_extract_keeps_words_as_a_note_and_the_extension() -> None:
    found, left = extract_phones("моб. 0501234567 (дочка Олена); р.т. 057 700-12-34 доб. 21")
    assert left == []
    assert [(p.e164, p.kind, p.note, p.extension) for p in found] == [
        (VODAFONE, "mobile", "дочка Олена", ""),
        (KHARKIV, "work", "", "21"),
    ]
    assert found[0].text == "моб. 0501234567"


def test_extract_never_drops_text() -> None:
    """Every digit of the input ends up in a number or in an unparsed fragment."""
    text = "дом. 12-34; моб. 050 123 45 67; ??? 7001234; р.т. 0201234567"
    found, left = extract_phones(text)
    assert [p.e164 for p in found] == [VODAFONE]
    assert left == ["дом. 12-34", "??? 7001234", "р.т. 0201234567"]


# --- properties ------------------------------------------------------------------------

_UA_NSN = st.text(alphabet="0123456789", min_size=9, max_size=9).filter(lambda s: s[0] != "0")


@given(_UA_NSN)
def test_validity_agrees_with_phonenumbers(nsn: str) -> None:
    number = phonenumbers.parse("+380" + nsn, None)
    try:
        parse_phone("0" + nsn)
    except ValidationError as exc:
        assert exc.code == "phone.unknown_code"
        assert not phonenumbers.is_valid_number(number)
    else:
        assert phonenumbers.is_valid_number(number)


@given(_UA_NSN, st.sampled_from(["0{}", "+380{}", "8 0{}", "38 0{}", "(0{})"]))
def test_spellings_of_one_number_meet(nsn: str, template: str) -> None:
    try:
        expected = parse_phone("+380" + nsn)
    except ValidationError:
        return
    again = parse_phone(template.format(nsn))
    assert again.e164 == expected.e164
    assert parse_phone(expected.national).e164 == expected.e164
    assert isinstance(again, ParsedPhone)
