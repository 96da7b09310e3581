"""Folding of Ukrainian/Russian spellings and street keys."""

from __future__ import annotations

import unicodedata

import pytest

from receptionapp.core.text import fold, street_key, words


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Іванов", "Иванов"),
        ("ІВАНОВ", "иванов"),
        ("Григорій", "Григорий"),
        ("Зінаїда", "Зинаида"),
        ("Євген", "Евген"),
        ("Эдуард", "Едуард"),
        ("Ковалёв", "Ковалев"),
        ("Ґудзь", "Гудзь"),
        ("Мар'яна", "Марьяна"),
        ("Марʼяна", "Мар’яна"),
        ("Мар`яна", "Марьяна"),
        ("Рибак", "Рыбак"),
        ("Подъячев", "Подячев"),
    ],
)
def test_spellings_fold_to_one_key(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_fold_keeps_letters_that_differ() -> None:
    assert fold("Петренко") != fold("Петрушко")
    assert fold("Коваль") == "коваль".replace("ь", "")


def test_decomposed_and_accented_letters_fold_like_composed_ones() -> None:
    decomposed = unicodedata.normalize("NFD", "Андрій Йосипович Їжак")
    assert fold(decomposed) == fold("Андрій Йосипович Їжак")
    assert fold("Іва́нов") == fold("Іванов")  # a stress mark


def test_latin_look_alikes_inside_a_cyrillic_word_read_as_cyrillic() -> None:
    assert fold("Iванов") == fold("Іванов")  # Latin capital I
    assert fold("Пeтренкo") == fold("Петренко")  # Latin e and o
    assert fold("Ivanov") == "ivanov"  # a Latin word stays Latin
    assert fold("TOB Nova Іванов") == "tob nova иванов"


@pytest.mark.parametrize(
    ("street", "key"),
    [
        ("вул. Сумська", "сум"),
        ("ул. Сумская", "сум"),
        ("Сумська", "сум"),
        ("вулиця Сумська", "сум"),
        ("просп. Науки", "науки"),
        ("пр-т Науки", "науки"),
        ("Науки просп.", "науки"),
        ("вул. Пушкінська", "пушкин"),
        ("ул. Пушкинская", "пушкин"),
    ],
)
def test_street_key_drops_type_words_and_endings(street: str, key: str) -> None:
    assert street_key(street) == key


def test_words_keeps_inner_apostrophes() -> None:
    assert words("вул. Дерев'янка, 5") == ["вул", "Дерев'янка", "5"]
