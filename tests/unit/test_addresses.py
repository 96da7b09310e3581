"""Address → directorate rules."""

from __future__ import annotations

import pytest

from receptionapp.core.addresses import AddressRuleSpec, house_number, resolve_directorate
from receptionapp.core.text import street_key

RULES = [
    AddressRuleSpec("kharkiv", "Харків"),
    AddressRuleSpec("kyiv", "Київ"),
    AddressRuleSpec("kharkiv-north", "Харків", street_key("вул. Сумська"), 1, 99, "odd"),
    AddressRuleSpec("kharkiv-south", "Харків", street_key("вул. Сумська"), 100, None),
]


@pytest.mark.parametrize(
    ("city", "street", "house", "expected"),
    [
        ("Харків", "вул. Пушкінська", "5", "kharkiv"),
        ("харків", "вул. Сумська", "11", "kharkiv-north"),
        ("Харків", "ул. Сумская", "11А", "kharkiv-north"),
        ("Харків", "Сумська", "12", "kharkiv"),  # even house: the odd-side rule does not apply
        ("Харків", "Сумська", "120/2", "kharkiv-south"),
        ("Київ", "просп. Перемоги", "1", "kyiv"),
        ("Львів", "вул. Городоцька", "1", None),
    ],
)
def test_most_specific_rule_wins(city: str, street: str, house: str, expected: str | None) -> None:
    assert resolve_directorate(RULES, city, street, house) == expected


@pytest.mark.parametrize(
    ("house", "number"), [("10", 10), ("10А", 10), ("12/2", 12), ("к. 3", 3), ("", None)]
)
def test_house_number(house: str, number: int | None) -> None:
    assert house_number(house) == number


def test_house_without_number_takes_only_rules_without_ranges() -> None:
    assert resolve_directorate(RULES, "Харків", "вул. Сумська", "б/н") == "kharkiv"
