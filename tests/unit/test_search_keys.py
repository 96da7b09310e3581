"""Search keys: Ukrainian/Russian name variants, wrong keyboard layout, query parsing."""

from __future__ import annotations

import tomllib

import pytest

from receptionapp.core.search_keys import (
    FLAT_MARK,
    HOUSE_MARK,
    HOUSE_PART_MARK,
    IRREGULAR_NAMES,
    MAX_QUERY_CHARS,
    PHONE_MARK,
    VARIANT_MARK,
    QueryHint,
    QueryKind,
    TermRole,
    document_tokens,
    from_wrong_layout,
    national_number,
    number_start,
    number_tokens,
    parse_query,
    query_words,
    reversed_digits,
    variant_stem,
    variants_meet,
)
from receptionapp.core.text import fold
from receptionapp.resources import resource_path

# The examples the rules were designed around (DESIGN.md §4, the issue) and the given names
# of IRREGULAR_NAMES: these are not evidence that the rules generalise.
DESIGN_EXAMPLES = [
    ("Олександр", "Александр"),
    ("Олексій", "Алексей"),
    ("Олена", "Елена"),
    ("Микола", "Николай"),
    ("Григорій", "Григорий"),
    ("Іванов", "Иванов"),
    ("Ковальов", "Ковалёв"),
    ("Ковальов", "Ковалев"),
    ("Ганна", "Анна"),
    ("Катерина", "Екатерина"),
    ("Костянтин", "Константин"),
    ("Костянтинович", "Константинович"),
    ("Володимир", "Владимир"),
    ("Володимирович", "Владимирович"),
    ("Павло", "Павел"),
    ("Надія", "Надежда"),
    ("Параска", "Прасковья"),
    ("Явдоха", "Евдокия"),
]

# Ukrainian and Russian spellings of the same given name, patronymic or surname, assembled
# after the rules were written and not used to write them. On the first run 234 of these 238
# met; Гнат/Игнат, Панас/Афанасий and Якович/Яковлевич were then added to IRREGULAR_NAMES
# (folk forms and an irregular Russian patronymic no spelling rule covers); Христина/Кристина
# (х/к) still fails and is marked so.
UNSEEN_PAIRS = [
    ("Андрій", "Андрей"),
    ("Сергій", "Сергей"),
    ("Дмитро", "Дмитрий"),
    ("Петро", "Пётр"),
    ("Іван", "Иван"),
    ("Юрій", "Юрий"),
    ("Василь", "Василий"),
    ("Михайло", "Михаил"),
    ("Федір", "Фёдор"),
    ("Яків", "Яков"),
    ("Віктор", "Виктор"),
    ("Євген", "Евгений"),
    ("Анатолій", "Анатолий"),
    ("Віталій", "Виталий"),
    ("Валерій", "Валерий"),
    ("Геннадій", "Геннадий"),
    ("Аркадій", "Аркадий"),
    ("Леонід", "Леонид"),
    ("Кирило", "Кирилл"),
    ("Данило", "Даниил"),
    ("Гаврило", "Гавриил"),
    ("Матвій", "Матвей"),
    ("Тимофій", "Тимофей"),
    ("Пилип", "Филипп"),
    ("Хома", "Фома"),
    ("Юхим", "Ефим"),
    ("Йосип", "Иосиф"),
    ("Опанас", "Афанасий"),
    ("Трохим", "Трофим"),
    ("Охрім", "Ефрем"),
    ("Семен", "Семён"),
    ("Зіновій", "Зиновий"),
    ("Марко", "Марк"),
    ("Ілля", "Илья"),
    ("Іларіон", "Илларион"),
    ("Онисим", "Анисим"),
    ("Омелян", "Емельян"),
    ("Микита", "Никита"),
    ("Микифор", "Никифор"),
    ("Олесь", "Алесь"),
    ("В'ячеслав", "Вячеслав"),
    ("Станіслав", "Станислав"),
    ("Арсеній", "Арсений"),
    ("Ігор", "Игорь"),
    ("Гліб", "Глеб"),
    ("Прокіп", "Прокопий"),
    ("Єгор", "Егор"),
    ("Артем", "Артём"),
    ("Веніамін", "Вениамин"),
    ("Едуард", "Эдуард"),
    ("Ерік", "Эрик"),
    ("Еміль", "Эмиль"),
    ("Філіп", "Филипп"),
    ("Фелікс", "Феликс"),
    ("Євдоким", "Евдоким"),
    ("Ісаак", "Исаак"),
    ("Інокентій", "Иннокентий"),
    ("Іполит", "Ипполит"),
    ("Єфим", "Ефим"),
    ("Корній", "Корней"),
    ("Савелій", "Савелий"),
    ("Сава", "Савва"),
    ("Тихін", "Тихон"),
    ("Юліан", "Юлиан"),
    ("Самійло", "Самуил"),
    ("Ігнат", "Игнат"),
    ("Леонтій", "Леонтий"),
    ("Терентій", "Терентий"),
    ("Гнат", "Игнат"),
    ("Панас", "Афанасий"),
    ("Марія", "Мария"),
    ("Наталія", "Наталья"),
    ("Тетяна", "Татьяна"),
    ("Ірина", "Ирина"),
    ("Юлія", "Юлия"),
    ("Софія", "Софья"),
    ("Дарія", "Дарья"),
    ("Ксенія", "Ксения"),
    ("Євгенія", "Евгения"),
    ("Вікторія", "Виктория"),
    ("Світлана", "Светлана"),
    ("Віра", "Вера"),
    ("Любов", "Любовь"),
    ("Лідія", "Лидия"),
    ("Зінаїда", "Зинаида"),
    ("Раїса", "Раиса"),
    ("Таїсія", "Таисия"),
    ("Аліна", "Алина"),
    ("Поліна", "Полина"),
    ("Уляна", "Ульяна"),
    ("Мар'яна", "Марьяна"),
    ("Анастасія", "Анастасия"),
    ("Єлизавета", "Елизавета"),
    ("Єва", "Ева"),
    ("Валерія", "Валерия"),
    ("Антоніна", "Антонина"),
    ("Ніна", "Нина"),
    ("Інна", "Инна"),
    ("Іванна", "Иванна"),
    ("Христина", "Кристина"),
    ("Єфросинія", "Ефросинья"),
    ("Віолетта", "Виолетта"),
    ("Сніжана", "Снежана"),
    ("Мілана", "Милана"),
    ("Аріна", "Арина"),
    ("Вероніка", "Вероника"),
    ("Діана", "Диана"),
    ("Ангеліна", "Ангелина"),
    ("Каріна", "Карина"),
    ("Кіра", "Кира"),
    ("Ельвіра", "Эльвира"),
    ("Емілія", "Эмилия"),
    ("Евеліна", "Эвелина"),
    ("Соломія", "Соломия"),
    ("Фаїна", "Фаина"),
    ("Олександра", "Александра"),
    ("Олександрович", "Александрович"),
    ("Олексійович", "Алексеевич"),
    ("Миколайович", "Николаевич"),
    ("Сергійович", "Сергеевич"),
    ("Андрійович", "Андреевич"),
    ("Іванович", "Иванович"),
    ("Іванівна", "Ивановна"),
    ("Григорович", "Григорьевич"),
    ("Юрійович", "Юрьевич"),
    ("Василівна", "Васильевна"),
    ("Михайлівна", "Михайловна"),
    ("Дмитрович", "Дмитриевич"),
    ("Федорович", "Фёдорович"),
    ("Якович", "Яковлевич"),
    ("Євгенович", "Евгеньевич"),
    ("Анатоліївна", "Анатольевна"),
    ("Віталійович", "Витальевич"),
    ("Валерійович", "Валерьевич"),
    ("Геннадійович", "Геннадьевич"),
    ("Леонідович", "Леонидович"),
    ("Павлівна", "Павловна"),
    ("Степанівна", "Степановна"),
    ("Петрівна", "Петровна"),
    ("Олегівна", "Олеговна"),
    ("Вікторович", "Викторович"),
    ("Богданівна", "Богдановна"),
    ("Ігорович", "Игоревич"),
    ("Ілліч", "Ильич"),
    ("Хомич", "Фомич"),
    ("Соловйов", "Соловьёв"),
    ("Воробйов", "Воробьёв"),
    ("Корольов", "Королёв"),
    ("Журавльов", "Журавлёв"),
    ("Горбачов", "Горбачёв"),
    ("Кисельов", "Киселёв"),
    ("Пономарьов", "Пономарёв"),
    ("Сергієнко", "Сергиенко"),
    ("Гордієнко", "Гордиенко"),
    ("Андрієнко", "Андриенко"),
    ("Олексієнко", "Алексеенко"),
    ("Мірошниченко", "Мирошниченко"),
    ("Лисенко", "Лысенко"),
    ("Рибак", "Рыбак"),
    ("Рибалко", "Рыбалко"),
    ("Білоус", "Белоус"),
    ("Білик", "Белик"),
    ("Чорний", "Черный"),
    ("Чорновіл", "Черновол"),
    ("Білий", "Белый"),
    ("Сірий", "Серый"),
    ("Сивий", "Сивый"),
    ("Лісовий", "Лесовой"),
    ("Молодий", "Молодой"),
    ("Хмельницький", "Хмельницкий"),
    ("Ковалевський", "Ковалевский"),
    ("Вишневський", "Вишневский"),
    ("Яворський", "Яворский"),
    ("Лозинський", "Лозинский"),
    ("Кравець", "Кравец"),
    ("Швець", "Швец"),
    ("Стрілець", "Стрелец"),
    ("Олійник", "Олейник"),
    ("Ігнатенко", "Игнатенко"),
    ("Іщенко", "Ищенко"),
    ("Ільченко", "Ильченко"),
    ("Єрмоленко", "Ермоленко"),
    ("Єфименко", "Ефименко"),
    ("Охріменко", "Ефременко"),
    ("Пилипенко", "Филипенко"),
    ("Хоменко", "Фоменко"),
    ("Омельченко", "Емельченко"),
    ("Зінченко", "Зинченко"),
    ("Кушнір", "Кушнир"),
    ("Бабій", "Бабий"),
    ("Чорноморець", "Черноморец"),
    ("Гагарін", "Гагарин"),
    ("Пушкін", "Пушкин"),
    ("Воронін", "Воронин"),
    ("Кузьмін", "Кузьмин"),
    ("Ільїн", "Ильин"),
    ("Тітов", "Титов"),
    ("Новіков", "Новиков"),
    ("Бєлов", "Белов"),
    ("Бєляєв", "Беляев"),
    ("Андрєєв", "Андреев"),
    ("Васильєв", "Васильев"),
    ("Медведєв", "Медведев"),
    ("Лєбєдєв", "Лебедев"),
    ("Сєров", "Серов"),
    ("Гусєв", "Гусев"),
    ("Зуєв", "Зуев"),
    ("Єгоров", "Егоров"),
    ("Семенов", "Семёнов"),
    ("Федоров", "Фёдоров"),
    ("Лук'янов", "Лукьянов"),
    ("Дяченко", "Дьяченко"),
    ("Д'яков", "Дьяков"),
    ("Полікарпов", "Поликарпов"),
    ("Щукін", "Щукин"),
    ("Сорокін", "Сорокин"),
    ("Кисіль", "Кисель"),
    ("Лебідь", "Лебедь"),
    ("П'ятниця", "Пятница"),
    ("Кучерявий", "Кучерявый"),
    ("Пугачов", "Пугачёв"),
    ("Хрущов", "Хрущёв"),
    ("Ткачов", "Ткачёв"),
    ("Сичов", "Сычёв"),
    ("Кривоніс", "Кривонос"),
    ("Білокінь", "Белоконь"),
    ("Мірошник", "Мирошник"),
    ("Рябокінь", "Рябоконь"),
    ("Ґудзь", "Гудзь"),
    ("Ґалаґан", "Галаган"),
    ("Ґонта", "Гонта"),
    ("Жолудєв", "Желудев"),
    ("Чорнобай", "Чернобай"),
    ("Оліфіренко", "Олифиренко"),
    ("Єременко", "Еременко"),
    ("Єрьоменко", "Ерёменко"),
    ("Сьомін", "Сёмин"),
    ("Льовін", "Лёвин"),
]

KNOWN_FAILURES = {("Христина", "Кристина")}


def _pair_params(pairs: list[tuple[str, str]]) -> list[object]:
    return [
        pytest.param(
            a,
            b,
            id=f"{a}-{b}",
            marks=pytest.mark.xfail(reason="х/к: no spelling rule", strict=True)
            if (a, b) in KNOWN_FAILURES
            else (),
        )
        for a, b in pairs
    ]


def test_the_unseen_pairs_are_many_and_distinct() -> None:
    assert len(UNSEEN_PAIRS) >= 100
    assert len(set(UNSEEN_PAIRS)) == len(UNSEEN_PAIRS)
    assert not set(UNSEEN_PAIRS) & set(DESIGN_EXAMPLES)
    # Pairs that fold alone would merge do not test the variant rules; most pairs need them.
    need_rules = [(a, b) for a, b in UNSEEN_PAIRS if fold(a) != fold(b)]
    assert len(need_rules) >= 100


@pytest.mark.parametrize(("ukrainian", "russian"), _pair_params(DESIGN_EXAMPLES))
def test_design_examples_meet(ukrainian: str, russian: str) -> None:
    assert variants_meet(ukrainian, russian)
    assert variants_meet(russian, ukrainian)


@pytest.mark.parametrize(("ukrainian", "russian"), _pair_params(UNSEEN_PAIRS))
def test_unseen_ukrainian_and_russian_spellings_meet(ukrainian: str, russian: str) -> None:
    assert variants_meet(ukrainian, russian)
    assert variants_meet(russian, ukrainian)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Іван", "Ігор"),
        ("Петро", "Павло"),
        ("Олена", "Ольга"),
        ("Коваль", "Ковальчук"),
        ("Сидоренко", "Сидорчук"),
        ("Марія", "Марина"),
        ("Микола", "Михайло"),
        ("Шевченко", "Шевчук"),
        ("Петренко", "Петров"),
        ("Антон", "Антоніна"),
    ],
)
def test_different_names_do_not_meet(a: str, b: str) -> None:
    assert not variants_meet(a, b)


def test_a_word_being_typed_meets_as_a_prefix() -> None:
    assert variants_meet("Олекс", "Александр", prefix=True)
    assert variants_meet("Алекса", "Олександр", prefix=True)
    assert variants_meet("Ковал", "Ковалёв", prefix=True)
    assert not variants_meet("Олекс", "Александр")  # a whole word must be the whole stem


def test_irregular_names_are_few() -> None:
    assert len(IRREGULAR_NAMES) <= 12


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Bdfyjd", "Иванов"),
        ("Ghjcgtrn", "Проспект"),
        ("Rjdfkmjd", "Ковальов"),
        ("Rjdfk`d", "Ковалёв"),  # ё is on the ` key of the Russian layout
        ("Sdfy", "Іван"),  # і is on the s key of the Ukrainian layout (ы on the Russian)
        ("Rb]d", "Київ"),  # ї on ]
        ("'dutysz", "Євгенія"),  # є on '
        ("\\elpm", "Ґудзь"),  # ґ on \\
        ("Vfh`zyf", "Мар'яна"),  # the apostrophe on ` of the Ukrainian layout
        ("Cdj,jlf", "Свобода"),  # б on ,
    ],
)
def test_wrong_layout_readings_include_the_meant_word(typed: str, meant: str) -> None:
    readings = from_wrong_layout(typed)
    assert fold(meant) in {fold(r) for r in readings}


def test_ukrainian_and_russian_layouts_differ_only_where_the_letters_do() -> None:
    assert from_wrong_layout("Bdfyjd") == ["Иванов"]  # both layouts agree
    assert from_wrong_layout("Sdfy") == ["Ыван", "Іван"]


@pytest.mark.parametrize("text", ["Иванов", "1234", "", "...", "Ivan Иванов"])
def test_text_in_the_right_layout_has_no_other_reading(text: str) -> None:
    assert from_wrong_layout(text) == []


def test_document_tokens_hold_exact_and_variant_keys_house_and_flat() -> None:
    tokens = document_tokens(
        "Ковальов", "Олександр", "Петрович", "Харків", "вул. Сумська", "10А", "5"
    )
    parts = tokens.split()
    assert "ковалов" in parts
    assert VARIANT_MARK + variant_stem("Ковалёв") in parts
    assert "сумска" in parts
    assert "вул" not in parts  # the street type word is not indexed
    assert {HOUSE_MARK + "10", HOUSE_MARK + "10а", FLAT_MARK + "5"} <= set(parts)
    assert len(parts) == len(set(parts))


@pytest.mark.parametrize(
    ("house", "tokens"),
    [
        ("10", (HOUSE_MARK + "10",)),
        ("10А", (HOUSE_MARK + "10", HOUSE_MARK + "10а")),
        ("10-а", (HOUSE_MARK + "10", HOUSE_MARK + "10а")),
        ("10/2", (HOUSE_MARK + "10", HOUSE_PART_MARK + "2")),
        ("30 корп. 1", (HOUSE_MARK + "30", HOUSE_PART_MARK + "1")),
        ("12 а", (HOUSE_MARK + "12", HOUSE_MARK + "12а")),
        ("010", (HOUSE_MARK + "10",)),
        ("б/н", (HOUSE_MARK + "бн",)),
    ],
)
def test_house_tokens(house: str, tokens: tuple[str, ...]) -> None:
    assert number_tokens(HOUSE_MARK, house) == tokens


def test_flat_tokens() -> None:
    assert number_tokens(FLAT_MARK, "5") == (FLAT_MARK + "5",)
    assert number_tokens(FLAT_MARK, "оф. 4") == (FLAT_MARK + "4",)
    assert number_tokens(FLAT_MARK, "12/1") == (FLAT_MARK + "12",)


def test_house_part_after_korpus() -> None:
    roles = _roles("Пушкінська 30 корп. 1 кв. 7")
    assert roles[1] == ("house", (HOUSE_MARK + "30", "30"))
    assert roles[2] == ("part", (HOUSE_PART_MARK + "1",))
    assert roles[3] == ("flat", (FLAT_MARK + "7", HOUSE_PART_MARK + "7"))
    roles = _roles("Пушкінська 30 к. 1, 7")
    assert roles[2] == ("part", (HOUSE_PART_MARK + "1",))
    assert roles[3][0] == "flat"


def test_a_street_number_is_a_plain_token() -> None:
    assert "23" in document_tokens("А", "", "", "Київ", "вул. 23 Серпня", "5").split()


@pytest.mark.parametrize(
    ("text", "national"),
    [
        ("+38 (050) 123-45-67", "501234567"),
        ("380501234567", "501234567"),
        ("0501234567", "501234567"),
        ("8-050-123-45-67", "501234567"),
        ("050.123.45.67", "501234567"),
        ("700-12-34", "7001234"),
        ("4567", "4567"),
        ("5704829136", "5704829136"),  # ten digits not starting with 0: an account number
    ],
)
def test_digit_queries_give_the_national_number(text: str, national: str) -> None:
    query = parse_query(text)
    assert query.kind is QueryKind.DIGITS
    assert query.national == national
    assert national_number(query.digits) == national


def test_reversed_digits() -> None:
    assert reversed_digits("+380501234567") == "765432105083"
    assert reversed_digits("no digits") is None
    assert reversed_digits(None) is None


def _roles(text: str) -> list[tuple[str, tuple[str, ...]]]:
    query = parse_query(text)
    assert query.kind is QueryKind.TEXT
    return [(t.role.value, t.exact) for t in query_words(query)]


@pytest.mark.parametrize(
    "text",
    ["Сумська 10 кв 5", "Сумська, 10, кв. 5", "вул. Сумська 10 кв. 5", "Сумська буд. 10 кв 5"],
)
def test_house_and_flat_forms(text: str) -> None:
    roles = _roles(text)
    assert roles[0] == ("word", ("сумска",))
    assert roles[1] == ("house", (HOUSE_MARK + "10", "10"))
    assert roles[2] == ("flat", (FLAT_MARK + "5", HOUSE_PART_MARK + "5"))


def test_house_slash_flat() -> None:
    roles = _roles("Сумская 10/5")
    assert roles[1][0] == "house"
    assert roles[2] == ("flat", (FLAT_MARK + "5", HOUSE_PART_MARK + "5"))


def test_a_second_number_without_a_marker_may_be_a_flat_or_a_house() -> None:
    roles = _roles("23 Серпня 5")
    assert roles[0] == ("house", (HOUSE_MARK + "23", "23"))
    assert roles[2] == ("flat", (FLAT_MARK + "5", HOUSE_PART_MARK + "5", HOUSE_MARK + "5"))


def test_street_type_words_are_dropped_unless_alone() -> None:
    assert [t.exact for t in query_words(parse_query("просп. Науки"))] == [("науки",)]
    assert [t.exact for t in query_words(parse_query("пров"))] == [("пров",)]
    # A lone letter is an initial unless it has a dot after it ("м. Харків").
    assert [t.exact for t in query_words(parse_query("м. Харків"))] == [("харкив",)]
    assert [t.exact for t in query_words(parse_query("Іванов М"))] == [("иванов",), ("м",)]


def test_wrong_layout_chunk_has_several_readings() -> None:
    query = parse_query("Bdfyjd Сумська")
    assert len(query.groups) == 2
    readings = query.groups[0].readings
    assert [r[0].exact for r in readings] == [("bdfyjd",), ("иванов",)]
    # A chunk that reads as a street type word in the meant layout constrains nothing.
    assert len(parse_query("ghjcg/ Yferb").groups) == 1


def test_latin_words_have_no_variant_key() -> None:
    (group,) = parse_query("Nova").groups
    ((as_typed,), (russian_layout,)) = group.readings
    assert as_typed.variants == ()
    assert russian_layout.variants == (VARIANT_MARK + variant_stem("Тщмф"),)
    (term,) = query_words(parse_query("Олена"))
    assert term.variants == (VARIANT_MARK + variant_stem("Олена"),)
    assert term.role is TermRole.WORD


@pytest.mark.parametrize("text", ["", "   ", "*", "...", "😀", "🙂🙂🙂", "-- ;", "()"])
def test_nothing_searchable(text: str) -> None:
    query = parse_query(text)
    assert query.kind is QueryKind.EMPTY
    assert QueryHint.EMPTY in query.hints


@pytest.mark.parametrize("text", ['" OR 1=1 --', "NEAR(", "a* OR b*", "x NOT y", "col:val", "^abc"])
def test_query_syntax_becomes_plain_words(text: str) -> None:
    query = parse_query(text)
    for term in query_words(query):
        for token in term.exact + term.variants:
            assert token.isalnum(), token


def test_short_and_long_queries() -> None:
    assert parse_query("Ко").short
    assert parse_query("12").short
    assert not parse_query("Ков").short
    long = parse_query("Іванов " * 2000)
    assert QueryHint.TRUNCATED in long.hints
    assert len(long.text) <= MAX_QUERY_CHARS


def _demo_name_pairs() -> list[tuple[str, str]]:
    """The Ukrainian/Russian name pairs of the demo company, written by another engineer
    for the demo data, independently of the variant rules."""
    with resource_path("reference/demo.toml").open("rb") as file:
        names = tomllib.load(file)["names"]
    pairs = {(row[0], row[1]) for row in names["surnames"]}
    for row in names["male"]:
        pairs |= {(row[0], row[1]), (row[2], row[4]), (row[3], row[5])}
    for row in names["female"]:
        pairs.add((row[0], row[1]))
    return sorted(pairs)


def test_the_demo_companys_name_pairs_meet() -> None:
    # 302 of these 303 pairs met on the first run; Іллівна/Ильинична (the irregular Russian
    # patronymic of Илья) was then added to IRREGULAR_NAMES.
    pairs = _demo_name_pairs()
    assert len([p for p in pairs if fold(p[0]) != fold(p[1])]) >= 90
    failing = {(a, b) for a, b in pairs if not (variants_meet(a, b) and variants_meet(b, a))}
    assert failing == set()


@pytest.mark.parametrize(
    ("text", "national"),
    [
        ("Іванов 700-12-34", "7001234"),
        ("Іванов 7001234", "7001234"),
        ("Іванов 050 123 45 67", "501234567"),
        ("Іванов (050) 123-45-67", "501234567"),
        ("Іванов +38 050 123 45 67", "501234567"),
    ],
)
def test_a_phone_or_account_among_words(text: str, national: str) -> None:
    terms = list(query_words(parse_query(text)))
    assert [t.role for t in terms] == [TermRole.WORD, TermRole.DIGITS]
    assert PHONE_MARK + national[::-1] in terms[1].tails


def test_short_numbers_among_words_stay_house_and_flat() -> None:
    assert [t.role for t in query_words(parse_query("Сумська 10 125"))] == [
        TermRole.WORD,
        TermRole.HOUSE,
        TermRole.FLAT,
    ]


@pytest.mark.parametrize(
    ("query", "start"),
    [
        ("050 12", "5012"),
        ("050 123 4", "501234"),
        ("+38 050 12", "5012"),
        ("+380 50 123", "50123"),
        ("8 050 12", "5012"),
        ("(057) 70", "5770"),
        ("0038 050 12", "5012"),
        ("05012345", "5012345"),
    ],
)
def test_the_start_of_a_ukrainian_number(query: str, start: str) -> None:
    parsed = parse_query(query)
    assert parsed.kind is QueryKind.DIGITS
    assert parsed.number_start == start
    assert number_start(parsed.digits) == start


@pytest.mark.parametrize(
    "query",
    ["4567", "12-34", "7001234", "050 1", "0501234567", "+380501234567", "00123", "57000"],
)
def test_what_is_not_the_start_of_a_number(query: str) -> None:
    # Tails, too few national digits, a whole number, a trunk 0 followed by another 0.
    assert parse_query(query).number_start == ""
