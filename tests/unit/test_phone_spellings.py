"""What a clerk types into the reconciliation panel: real-world spellings, one or several.

:func:`receptionapp.db.phones.split_input` is the panel's reading of the new-number field
(pure: no database): one number through ``core.phones.parse_phone``, labelled or pasted text
through ``extract_phones``. The subscriber here lives in Kharkiv (area code 57).
"""

from __future__ import annotations

import pytest

from receptionapp.core.errors import ValidationError
from receptionapp.db.phones import split_input

AREA = "57"
KHARKIV = "+380577001234"
VODAFONE = "+380501234567"

# (as typed, E.164, suggested kind)
ONE_NUMBER = [
    # the same Kharkiv landline, every way it is written
    ("(057) 700-12-34", KHARKIV, "home"),
    ("057-700-12-34", KHARKIV, "home"),
    ("057/700-12-34", KHARKIV, "home"),
    ("057.700.12.34", KHARKIV, "home"),
    ("(057)7001234", KHARKIV, "home"),
    ("0-57-700-12-34", KHARKIV, "home"),
    ("0 (57) 700-12-34", KHARKIV, "home"),
    ("8 057 700 12 34", KHARKIV, "home"),
    ("80577001234", KHARKIV, "home"),
    ("+38 057 7001234", KHARKIV, "home"),
    ("+38(057)7001234", KHARKIV, "home"),
    ("+38-057-700-12-34", KHARKIV, "home"),
    ("+380 57 700 12 34", KHARKIV, "home"),
    ("+380577001234", KHARKIV, "home"),
    ("380577001234", KHARKIV, "home"),
    ("38 (057) 700-12-34", KHARKIV, "home"),
    ("00380577001234", KHARKIV, "home"),
    ("810380577001234", KHARKIV, "home"),
    # local numbers take the subscriber's area code
    ("700 12 34", KHARKIV, "home"),
    ("700-12-34", KHARKIV, "home"),
    ("7-00-12-34", KHARKIV, "home"),
    ("70-01-234", KHARKIV, "home"),
    ("7001234", KHARKIV, "home"),
    # with a label or a word: still one number
    ("тел. 700-12-34", KHARKIV, "home"),
    ("тел.700-12-34", KHARKIV, "home"),
    ("т. 050-123-45-67", VODAFONE, "mobile"),
    ("моб.050 123 45 67", VODAFONE, "mobile"),
    ("050-123-45-67 дочка", VODAFONE, "mobile"),
    ("0501234567 (Ірина)", VODAFONE, "mobile"),
    ("+38 050 123 45 67 (Viber)", VODAFONE, "mobile"),
    ("050 123 45 67; 050 123 45 67", VODAFONE, "mobile"),
    # old city formats: five-digit area code, six-digit number
    ("(0572) 12-34-56", "+380572123456", "home"),
    ("+38 (0572) 70-12-34", "+380572701234", "home"),
    ("0567 12 34 56", "+380567123456", "home"),
    ("0612 34 56 78", "+380612345678", "home"),
    # other cities
    ("044 235-12-34", "+380442351234", "home"),
    ("+380 (44) 235 12 34", "+380442351234", "home"),
    ("048 712 34 56", "+380487123456", "home"),
    ("056 712 34 56", "+380567123456", "home"),
    ("061 234 56 78", "+380612345678", "home"),
    # mobile operators
    ("050 1234567", VODAFONE, "mobile"),
    ("0 67 123 45 67", "+380671234567", "mobile"),
    ("068 123 45 67", "+380681234567", "mobile"),
    ("097 123 45 67", "+380971234567", "mobile"),
    ("098 123 45 67", "+380981234567", "mobile"),
    ("095 123 45 67", "+380951234567", "mobile"),
    ("099 123 45 67", "+380991234567", "mobile"),
    ("093 123 45 67", "+380931234567", "mobile"),
    ("+380 (63) 123-45-67", "+380631234567", "mobile"),
    # CDMA
    ("094 123 45 67", "+380941234567", "cdma"),
    ("(092)123-45-67", "+380921234567", "cdma"),
    # foreign numbers with + (or the old 8-10 prefix)
    ("8-10-48-601-234-567", "+48601234567", "mobile"),
    ("+49 30 12345678", "+493012345678", "other"),
    ("+7 495 123-45-67", "+74951234567", "other"),
]

EXTENSIONS = [
    ("057 700 12 34 доб. 12", "12"),
    ("057 700 12 34 вн. 305", "305"),
    ("057-700-12-34 ext 7", "7"),
]

SEVERAL = [
    ("067 123 45 67, 050 765 43 21", ["+380671234567", "+380507654321"]),
    ("дом 7001234 моб 0671234567", [KHARKIV, "+380671234567"]),
    ("050 123 45 67 або 067 765 43 21", [VODAFONE, "+380677654321"]),
    ("д.т. 700-12-34, м.т. 050 123 45 67", [KHARKIV, VODAFONE]),
    ("050 123 45 67 067 765 43 21", [VODAFONE, "+380677654321"]),
    ("дом. 700-12-34; моб. 050 123 45 67\nроб. 0442351234", [KHARKIV, VODAFONE, "+380442351234"]),
]

INVALID = [
    ("", "phone.empty"),
    ("   ", "phone.empty"),
    ("тел", "phone.not_a_number"),
    ("Іваненко", "phone.not_a_number"),
    ("05O 123 45 67", "phone.not_a_number"),  # a letter O for a zero
    ("050 123 45 67, 12a", "phone.not_a_number"),
    ("1234", "phone.too_short"),
    ("050 123 45 6", "phone.too_short"),
    ("050 123 45 67; 12", "phone.too_short"),
    ("050 123 45 67 8", "phone.too_long"),
    ("+380 00 123 4567", "phone.unknown_code"),
]


def test_the_table_is_large() -> None:
    assert len(ONE_NUMBER) + len(EXTENSIONS) + len(SEVERAL) + len(INVALID) >= 70


@pytest.mark.parametrize(("text", "e164", "kind"), ONE_NUMBER)
def test_one_number(text: str, e164: str, kind: str) -> None:
    (number,) = split_input(text, AREA)
    assert (number.e164, number.kind) == (e164, kind)


@pytest.mark.parametrize(("text", "extension"), EXTENSIONS)
def test_an_extension_is_kept_apart(text: str, extension: str) -> None:
    (number,) = split_input(text, AREA)
    assert (number.e164, number.extension) == (KHARKIV, extension)


@pytest.mark.parametrize(("text", "e164s"), SEVERAL)
def test_pasted_text_splits_into_several(text: str, e164s: list[str]) -> None:
    assert [n.e164 for n in split_input(text, AREA)] == e164s


@pytest.mark.parametrize(("text", "code"), INVALID)
def test_invalid_input_says_why(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        split_input(text, AREA)
    assert info.value.code == code
    assert "text" in info.value.params


def test_words_around_a_number_become_its_note() -> None:
    (number,) = split_input("050-123-45-67 дочка", AREA)
    assert number.note == "дочка"


def test_a_local_number_without_a_known_area_code_needs_one() -> None:
    with pytest.raises(ValidationError) as info:
        split_input("700-12-34", None)
    assert info.value.code == "phone.needs_area_code"
    assert split_input("700-12-34", "044")[0].e164 == "+380447001234"
