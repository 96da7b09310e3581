"""Money: hryvnias at the edges, kopecks inside."""

from __future__ import annotations

import pytest

from receptionapp.core.errors import ValidationError
from receptionapp.core.money import format_hryvnias, parse_hryvnias


@pytest.mark.parametrize(
    ("text", "kopecks"),
    [
        ("0", 0),
        ("7", 700),
        ("100.05", 10005),
        ("100,5", 10050),
        ("-12,5", -1250),
        ("-0.01", -1),
        (" 250.00 ", 25000),
        ("1234567.89", 123456789),
    ],
)
def test_parse(text: str, kopecks: int) -> None:
    assert parse_hryvnias(text) == kopecks


@pytest.mark.parametrize("text", ["", "-", "1.234", "1,2,3", "abc", "1e3", "+5", "12.", "--1"])
def test_parse_rejects(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_hryvnias(text)
    assert info.value.code == "money.invalid"


@pytest.mark.parametrize(("kopecks", "text"), [(0, "0.00"), (-1250, "-12.50"), (10005, "100.05")])
def test_format_round_trips(kopecks: int, text: str) -> None:
    assert format_hryvnias(kopecks) == text
    assert parse_hryvnias(format_hryvnias(kopecks)) == kopecks
