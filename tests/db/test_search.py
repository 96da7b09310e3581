"""The lookup engine on a real database: every query kind, ranking, index upkeep, bad input."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import peewee as pw
import pytest

from receptionapp.core.clock import utcnow
from receptionapp.core.ids import natural_id
from receptionapp.core.search_keys import DIGIT_MARKS, FLAT_MARK, HOUSE_MARK, VARIANT_MARK
from receptionapp.db import migrations
from receptionapp.db.database import open_database
from receptionapp.db.models import Account, Directorate, Phone, Subscriber, database_proxy
from receptionapp.db.search import (
    SHORT_QUERY_LIMIT,
    LookupResult,
    MatchKind,
    format_address,
    index_subscribers,
    lookup,
    rebuild_index,
)

DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass
class Office:
    """A test database and the ids of the subscribers written into it."""

    db: pw.SqliteDatabase
    ids: dict[str, str]


def _directorate(code: str, city: str, area: str) -> Directorate:
    return Directorate.create(
        id=natural_id("directorate", code),
        scope=code,
        code=code,
        name=city,
        city=city,
        area_code=area,
    )


def add_subscriber(
    ref: str,
    name: tuple[str, str, str],
    accounts: list[tuple[str, str, str, str, str]],
    phones: list[str] = (),  # type: ignore[assignment]
    *,
    directorate: str = "kharkiv",
    retired: list[str] = (),  # type: ignore[assignment]
) -> str:
    """A subscriber with accounts ``(number, city, street, house, flat)`` and phones."""
    last, first, patronymic = name
    sid = natural_id("subscriber", ref)
    Subscriber.create(
        id=sid,
        scope=directorate,
        subscriber_ref=ref,
        last_name=last,
        first_name=first,
        patronymic=patronymic,
    )
    for number, city, street, house, flat in accounts:
        Account.create(
            id=natural_id("account", number),
            scope=directorate,
            number=number,
            subscriber=sid,
            city=city,
            street=street,
            house=house,
            flat=flat,
            directorate=natural_id("directorate", directorate),
            status="active",
        )
    for e164 in phones:
        Phone.create(
            id=natural_id("phone", ref, e164),
            scope=directorate,
            subscriber=sid,
            e164=e164,
            raw_text=e164,
            kind="mobile",
        )
    for e164 in retired:
        Phone.create(
            id=natural_id("phone", ref, e164),
            scope=directorate,
            subscriber=sid,
            e164=e164,
            raw_text=e164,
            kind="home",
            retired_at=utcnow(),
            retire_reason="no longer theirs",
        )
    return sid


def _fill() -> dict[str, str]:
    _directorate("kharkiv", "Харків", "57")
    _directorate("kyiv", "Київ", "44")
    ids = {
        "kovalov": add_subscriber(
            "S1",
            ("Ковальов", "Олександр", "Петрович"),
            [
                ("5700000017", "Харків", "вул. Сумська", "10", "5"),
                ("5700000025", "Харків", "просп. Науки", "14А", ""),
            ],
            ["+380501234567", "+380577001234"],
            retired=["+380577009999"],
        ),
        "ivanov": add_subscriber(
            "S2",
            ("Иванов", "Николай", "Григорьевич"),
            [("5700000033", "Харків", "ул. Сумская", "12", "7")],
            ["+380671112233"],
        ),
        "shevchenko": add_subscriber(
            "S3",
            ("Шевченко", "Олена", "Іванівна"),
            [("4400000041", "Київ", "вул. 23 Серпня", "5", "")],
            ["+380442345678"],
            directorate="kyiv",
        ),
        "kovalenko": add_subscriber(
            "S4",
            ("Коваленко", "Ганна", "Миколаївна"),
            [("4400000058", "Київ", "вул. Хрещатик", "1", "12")],
            ["+380667654321"],
            directorate="kyiv",
        ),
        "kovalevska": add_subscriber(
            "S5",
            ("Ковалевська", "Марія", "Олегівна"),
            [("5700001234", "Харків", "вул. Пушкінська", "22", "")],
            [],
        ),
        "ivanenko": add_subscriber(
            "S6",
            ("Іваненко", "Іван", "Іванович"),
            [("5700004567", "Харків", "вул. Сумська", "10", "6")],
            ["+380971234567"],
        ),
        "no_accounts": add_subscriber("S7", ("Ґудзь", "Пилип", "Хомич"), [], ["+380939876543"]),
    }
    return ids


@pytest.fixture(scope="module")
def shared_office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    db = open_database(tmp_path_factory.mktemp("search") / "office.db", create=True)
    try:
        ids = _fill()
        rebuild_index(db)
        yield Office(db, ids)
    finally:
        db.close()


@pytest.fixture
def office(shared_office: Office) -> Office:
    """The shared database, for tests that only read it."""
    database_proxy.initialize(shared_office.db)
    return shared_office


@pytest.fixture
def own_office(tmp_path: Path) -> Iterator[Office]:
    """A database of its own, for tests that change it."""
    db = open_database(tmp_path / "office.db", create=True)
    try:
        ids = _fill()
        rebuild_index(db)
        yield Office(db, ids)
    finally:
        db.close()


def names(results: list[LookupResult]) -> list[str]:
    return [r.name for r in results]


def numbers(results: list[LookupResult]) -> list[str]:
    return [r.account_number for r in results]


# --- every query kind ----------------------------------------------------------------------


@pytest.mark.parametrize("query", ["Ков", "ков", "КОВАЛ", "Коваль"])
def test_surname_prefix_finds_every_matching_surname(office: Office, query: str) -> None:
    found = set(names(lookup(query)))
    assert {
        "Ковальов Олександр Петрович",
        "Коваленко Ганна Миколаївна",
        "Ковалевська Марія Олегівна",
    } <= found
    assert "Иванов Николай Григорьевич" not in found


@pytest.mark.parametrize(
    "query",
    [
        "Ковальов Олександр Петрович",
        "Олександр Ковальов",
        "Петрович Ковальов Олександр",
        "ковальов олек",
        "Ков Ол Пет",
    ],
)
def test_full_name_in_any_order_and_any_prefix(office: Office, query: str) -> None:
    results = lookup(query)
    assert set(names(results)) == {"Ковальов Олександр Петрович"}
    assert sorted(numbers(results)) == ["5700000017", "5700000025"]  # all their accounts


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Ковалёв", "Ковальов Олександр Петрович"),
        ("Ковалев Александр", "Ковальов Олександр Петрович"),
        ("Александр Петрович", "Ковальов Олександр Петрович"),
        ("Іванов Микола", "Иванов Николай Григорьевич"),
        ("Микола Григорович", "Иванов Николай Григорьевич"),
        ("Елена Ивановна", "Шевченко Олена Іванівна"),
        ("Анна Коваленко", "Коваленко Ганна Миколаївна"),
        ("Гудзь Филипп", "Ґудзь Пилип Хомич"),
        ("Фомич", "Ґудзь Пилип Хомич"),
    ],
)
def test_the_other_languages_spelling_finds(office: Office, query: str, expected: str) -> None:
    results = lookup(query)
    assert names(results)[0] == expected
    assert results[0].match is MatchKind.VARIANT


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Rjdfkmjd", "Ковальов Олександр Петрович"),  # Ковальов, Ukrainian layout
        ("Rjdfk`d", "Ковальов Олександр Петрович"),  # Ковалёв, Russian layout
        ("Bdfyjd", "Иванов Николай Григорьевич"),
        ("Bdfytyrj Sdfy", "Іваненко Іван Іванович"),  # Іван: і on the s key
        ("Ittdxtyrj", "Шевченко Олена Іванівна"),
        ("Ittdxtyrj Jktyf", "Шевченко Олена Іванівна"),
    ],
)
def test_wrong_keyboard_layout_finds(office: Office, query: str, expected: str) -> None:
    assert names(lookup(query))[0] == expected


@pytest.mark.parametrize(
    "query",
    [
        "Сумська 10 кв 5",
        "Сумська 10/5",
        "Сумская 10/5",
        "Сумська, 10, кв. 5",
        "вул. Сумська 10 кв. 5",
        "ул. Сумская, д. 10, кв. 5",
        "Харків Сумська 10 5",
    ],
)
def test_address_with_house_and_flat(office: Office, query: str) -> None:
    assert numbers(lookup(query))[0] == "5700000017"
    # flat 6 of the same house is not flat 5
    assert "5700004567" not in numbers(lookup(query))


def test_address_street_and_house_finds_every_flat(office: Office) -> None:
    assert set(numbers(lookup("Сумська 10"))) == {"5700000017", "5700004567"}
    assert set(numbers(lookup("Сумська 10")[:2])) == {"5700000017", "5700004567"}


def test_address_house_with_letter_and_type_word_variants(office: Office) -> None:
    for query in ("Науки 14А", "просп. Науки 14а", "пр-т Науки 14", "Науки 14-а"):
        assert numbers(lookup(query))[0] == "5700000025", query


def test_a_number_in_the_street_name(office: Office) -> None:
    assert numbers(lookup("23 Серпня 5")) == ["4400000041"]
    assert numbers(lookup("вул. 23 Серпня")) == ["4400000041"]


@pytest.mark.parametrize("query", ["5700000017", "57 0000 0017", "0017", "00017"])
def test_account_number_full_or_tail(office: Office, query: str) -> None:
    results = lookup(query)
    assert results[0].account_number == "5700000017"


def test_account_exact_is_an_account_match_and_tail_is_a_tail(office: Office) -> None:
    assert lookup("5700000017")[0].match is MatchKind.ACCOUNT
    assert lookup("0017")[0].match is MatchKind.ACCOUNT_TAIL


@pytest.mark.parametrize(
    "query",
    [
        "+380501234567",
        "+38 (050) 123-45-67",
        "050 123 45 67",
        "0501234567",
        "8-050-123-45-67",
        "380501234567",
        "050.123.45.67",
    ],
)
def test_phone_in_any_format(office: Office, query: str) -> None:
    results = lookup(query)
    assert {r.name for r in results} == {"Ковальов Олександр Петрович"}
    assert len(results) == 2  # every account of the subscriber
    assert all(r.match is MatchKind.PHONE for r in results)


@pytest.mark.parametrize("query", ["700-12-34", "7001234", "57 700 12 34", "12-34", "1234"])
def test_phone_tail(office: Office, query: str) -> None:
    found = names(lookup(query))
    assert "Ковальов Олександр Петрович" in found


def test_a_subscriber_without_accounts_is_found_with_empty_account_fields(office: Office) -> None:
    (result,) = lookup("Ґудзь")
    assert result.name == "Ґудзь Пилип Хомич"
    assert (result.account_number, result.address, result.directorate, result.status) == (
        "",
        "",
        "",
        "",
    )
    assert result.phones == ("+380939876543",)
    assert lookup("0939876543")[0].subscriber_id == office.ids["no_accounts"]


# --- ranking -------------------------------------------------------------------------------


def test_exact_phone_ranks_before_account_tails(office: Office) -> None:
    # 971234567 is Іваненко's mobile; "1234567" also ends Ковальов's mobile number.
    results = lookup("0971234567")
    assert results[0].name == "Іваненко Іван Іванович"
    assert results[0].match is MatchKind.PHONE
    assert len({r.subscriber_id for r in results}) == 1


def test_exact_account_ranks_before_tails_of_others(own_office: Office) -> None:
    add_subscriber(
        "S8", ("Тест", "Рахунок", ""), [("99005700001234", "Харків", "Сумська", "1", "")]
    )
    index_subscribers(own_office.db, [natural_id("subscriber", "S8")])
    results = lookup("5700001234")
    assert results[0].account_number == "5700001234"
    assert results[0].match is MatchKind.ACCOUNT
    assert results[1].account_number == "99005700001234"
    assert results[1].match is MatchKind.ACCOUNT_TAIL


def test_phone_tail_and_account_tail_rank_by_how_much_was_typed(own_office: Office) -> None:
    add_subscriber("S11", ("Короткий", "Рахунок", ""), [("991234", "Харків", "Сумська", "7", "")])
    index_subscribers(own_office.db, [natural_id("subscriber", "S11")])
    # "1234" is 4 of the 6 digits of account 991234, 4 of the 9 of the national number
    # 57 700 12 34, and 4 of the 10 of account 5700001234.
    results = lookup("1234")
    assert results[0].account_number == "991234"
    assert results[0].match is MatchKind.ACCOUNT_TAIL
    kovalov = [i for i, r in enumerate(results) if r.subscriber_id == own_office.ids["kovalov"]]
    kovalevska = [i for i, r in enumerate(results) if r.account_number == "5700001234"]
    assert results[kovalov[0]].match is MatchKind.PHONE_TAIL
    assert 0 < kovalov[0] < kovalevska[0]


def test_whole_words_rank_before_prefixes_before_variants(own_office: Office) -> None:
    add_subscriber("S9", ("Іванів", "Петро", ""), [("5700009999", "Харків", "Сумська", "2", "")])
    index_subscribers(own_office.db, [natural_id("subscriber", "S9")])
    results = lookup("Іван")
    kinds = [r.match for r in results]
    assert kinds == sorted(kinds, key=list(MatchKind).index)
    assert results[0].name == "Іваненко Іван Іванович"  # the whole word "Іван"
    assert results[0].match is MatchKind.WORDS
    by_name = {r.name: r.match for r in results}
    assert by_name["Іванів Петро"] is MatchKind.PREFIX
    assert by_name["Иванов Николай Григорьевич"] is MatchKind.PREFIX  # і = и by folding


def test_within_a_tier_results_are_alphabetical(office: Office) -> None:
    results = lookup("Ков")
    found = [r.name.split()[0] for r in results if r.match is MatchKind.PREFIX]
    assert found == sorted(found)


def test_limit_counts_results(office: Office) -> None:
    assert len(lookup("Сумська", limit=2)) == 2
    assert len(lookup("Ков", limit=1)) == 1
    assert lookup("Ков", limit=0) == []


def test_short_query_is_capped_and_exact_first(own_office: Office) -> None:
    for i in range(SHORT_QUERY_LIMIT + 5):
        add_subscriber(
            f"K{i}",
            ("Ко", f"Ім{i}", ""),
            [(f"61{i:08d}", "Київ", "Січових", "1", "")],
            directorate="kyiv",
        )
    index_subscribers(own_office.db, [natural_id("subscriber", f"K{i}") for i in range(30)])
    results = lookup("Ко", limit=100)
    assert len(results) == SHORT_QUERY_LIMIT
    assert all(r.match is MatchKind.WORDS for r in results)  # the surname "Ко" itself
    assert lookup("К")  # one letter: still a quick answer


# --- what a result holds -------------------------------------------------------------------


def test_result_fields(office: Office) -> None:
    result = lookup("5700000017")[0]
    assert result.to_json() == {
        "subscriber_id": office.ids["kovalov"],
        "name": "Ковальов Олександр Петрович",
        "account_number": "5700000017",
        "address": "Харків, вул. Сумська 10, кв. 5",
        "directorate": "kharkiv",
        "status": "active",
        "phones": ["+380501234567", "+380577001234"],  # sorted; the retired one is not there
    }
    assert result.account_id == natural_id("account", "5700000017")


def test_a_retired_number_finds_nobody(office: Office) -> None:
    assert lookup("0577009999") == []


def test_format_address() -> None:
    assert format_address("Харків", "вул. Сумська", "10", "5") == "Харків, вул. Сумська 10, кв. 5"
    assert format_address("Харків", "просп. Науки", "14А", "") == "Харків, просп. Науки 14А"
    assert format_address("", "", "", "") == ""
    assert format_address("Харків", "вул. Пушкінська", "30 корп. 1", "оф. 4") == (
        "Харків, вул. Пушкінська 30 корп. 1, оф. 4"
    )


# --- keeping the index current -------------------------------------------------------------


def test_index_subscribers_follows_edits(own_office: Office) -> None:
    sid = own_office.ids["ivanov"]
    assert names(lookup("Иванов")) == ["Иванов Николай Григорьевич"] or lookup("Иванов")
    Subscriber.update(last_name="Петренко").where(Subscriber.id == sid).execute()
    Phone.update(retired_at=utcnow()).where(Phone.subscriber == sid).execute()
    Phone.create(
        id=natural_id("phone", "S2", "+380501110000"),
        scope="kharkiv",
        subscriber=sid,
        e164="+380501110000",
        kind="mobile",
    )
    Account.update(street="вул. Клочківська", house="3", flat="").where(
        Account.subscriber == sid
    ).execute()
    # Before the refresh the index still has the old keys.
    assert "Иванов Николай Григорьевич" not in names(lookup("Петренко Николай"))
    index_subscribers(own_office.db, [sid])
    assert names(lookup("Петренко Николай")) == ["Петренко Николай Григорьевич"]
    assert "Петренко Николай Григорьевич" not in names(lookup("Иванов Николай"))
    assert lookup("0671112233") == []
    assert names(lookup("0501110000")) == ["Петренко Николай Григорьевич"]
    assert names(lookup("Клочківська 3")) == ["Петренко Николай Григорьевич"]
    assert lookup("ул. Сумская 12 кв 7") == []


def test_index_subscribers_drops_deleted_rows(own_office: Office) -> None:
    sid = own_office.ids["kovalov"]
    Account.update(deleted_at=utcnow()).where(Account.number == "5700000025").execute()
    index_subscribers(own_office.db, [sid])
    assert numbers(lookup("Ковальов Олександр")) == ["5700000017"]
    Subscriber.update(deleted_at=utcnow()).where(Subscriber.id == sid).execute()
    index_subscribers(own_office.db, [sid])
    assert lookup("Ковальов Олександр") == []
    assert lookup("0501234567") == []


def test_index_subscribers_of_an_unknown_id_or_none_is_harmless(own_office: Office) -> None:
    index_subscribers(own_office.db, [])
    index_subscribers(own_office.db, ["no-such-id"])
    assert names(lookup("Шевченко")) == ["Шевченко Олена Іванівна"]


def _all_index_rows(db: pw.SqliteDatabase) -> tuple[list[tuple[object, ...]], ...]:
    docs = db.execute_sql(
        "SELECT subscriber_id, account_id, keys FROM search_doc ORDER BY 1, 2"
    ).fetchall()
    terms = db.execute_sql("SELECT term FROM search_term ORDER BY 1").fetchall()
    return docs, terms


def test_incremental_and_full_rebuild_agree(own_office: Office) -> None:
    index_subscribers(own_office.db, own_office.ids.values())
    incremental = _all_index_rows(own_office.db)
    rebuild_index(own_office.db)
    assert _all_index_rows(own_office.db) == incremental
    own_office.db.execute_sql("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')")


def test_the_term_list_holds_words_not_numbers(own_office: Office) -> None:
    terms = {row[0] for row in own_office.db.execute_sql("SELECT term FROM search_term")}
    assert {"ковалов", VARIANT_MARK + "кавалав", HOUSE_MARK + "10", FLAT_MARK + "5"} <= terms
    assert not any(t[0] in DIGIT_MARKS for t in terms)


def test_rebuild_reports_progress_to_the_end(own_office: Office) -> None:
    seen: list[tuple[int, int]] = []
    rebuild_index(own_office.db, lambda done, total: seen.append((done, total)))
    assert seen
    dones = [d for d, _t in seen]
    assert dones == sorted(dones)
    assert seen[-1][0] == seen[-1][1]
    assert all(d <= t for d, t in seen)


def test_rebuild_inside_an_open_transaction(own_office: Office) -> None:
    with own_office.db.atomic():
        add_subscriber(
            "S10", ("Нова", "Людина", ""), [("5700010001", "Харків", "Сумська", "3", "")]
        )
        rebuild_index(own_office.db)
    assert names(lookup("Нова Людина")) == ["Нова Людина"]


# --- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "",
        " ",
        "*",
        "**",
        '" OR 1=1 --',
        "'; DROP TABLE subscriber; --",
        "NEAR(",
        "NEAR(a b)",
        "a OR b",
        "NOT",
        "AND",
        "(",
        ")",
        '"',
        "^",
        "col:x",
        "😀",
        "🙂 Ковальов 🙂",
        "x" * 10_000,
        "Ковальов " * 2000,
        "\x00",
        "\n\t",
        "%",
        "_",
        "\\",
        "ʼ",
        "--",
        "1=1",
    ],
)
def test_bad_input_never_raises(office: Office, query: str) -> None:
    results = lookup(query)
    assert isinstance(results, list)
    assert Subscriber.select().count() == 7  # nothing was changed


def test_emoji_around_a_name_still_finds(office: Office) -> None:
    assert names(lookup("🙂 Ковальов 🙂"))[0] == "Ковальов Олександр Петрович"


# --- migration -----------------------------------------------------------------------------


def test_a_schema_1_database_with_data_comes_out_searchable(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    shutil.copy(DATA / "office_schema_v1.db", path)
    db = open_database(path)
    try:
        assert migrations.schema_version(db) == migrations.CURRENT_VERSION
        for query in (
            "Ковальов",
            "Ковалёв Александр",
            "Сумська 10 кв 5",
            "5700000017",
            "0017",
            "050 123 45 67",
            "700-12-34",
            "Науки 14А",
        ):
            results = lookup(query)
            assert results, query
            assert results[0].name == "Ковальов Олександр Іванович", query
    finally:
        db.close()


def test_lookup_on_the_proxy_and_on_an_explicit_database_agree(office: Office) -> None:
    assert lookup("Сумська", db=office.db) == lookup("Сумська")


def test_a_short_last_word_is_a_prefix_before_it_is_another_spelling(office: Office) -> None:
    # "Ков" has the variant stem of "Київ"; the surnames that start with it come first.
    results = lookup("Ков")
    assert results[0].name.startswith("Ков")
    assert all(r.match is not MatchKind.VARIANT for r in results[:3])


def test_house_with_korpus_and_an_office_as_flat(own_office: Office) -> None:
    add_subscriber(
        "S12",
        ("ТОВ «Світанок»", "", ""),
        [
            ("5700012345", "Харків", "вул. Пушкінська", "30 корп. 1", "оф. 4"),
            ("5700012346", "Харків", "вул. Пушкінська", "30", "7"),
        ],
    )
    index_subscribers(own_office.db, [natural_id("subscriber", "S12")])
    for query in ("Пушкінська 30 корп. 1", "Пушкінська 30 к. 1 оф. 4", "Пушкинская 30 корп 1"):
        assert numbers(lookup(query))[0] == "5700012345", query
    assert numbers(lookup("Пушкінська 30 оф 4")) == ["5700012345"]
    assert numbers(lookup("Пушкінська 30 кв 7")) == ["5700012346"]
    assert numbers(lookup("Світанок"))[:2] == ["5700012345", "5700012346"]


@pytest.mark.parametrize(
    "query", ["Ковальов 700-12-34", "Ковальов 050 123 45 67", "Олександр 000017", "Ковальов 00017"]
)
def test_a_name_with_a_phone_or_account_number(office: Office, query: str) -> None:
    results = lookup(query)
    assert {r.name for r in results} == {"Ковальов Олександр Петрович"}


def test_a_name_with_someone_elses_number_finds_nobody(office: Office) -> None:
    assert lookup("Коваленко 050 123 45 67") == []


def test_a_number_being_typed_is_a_prefix_a_finished_one_is_not(office: Office) -> None:
    assert "5700000017" in numbers(lookup("Сумська 1"))  # typing "10"
    assert "5700000017" not in numbers(lookup("Сумська 1 кв 5"))  # house 1, not 10


# --- the start of a number being typed -----------------------------------------------------


@pytest.mark.parametrize(
    "query",
    ["050 12", "050 123 4", "05012345", "+38 050 12", "+380 50 123", "8 050 12", "(050) 1234"],
)
def test_the_start_of_a_phone_number_finds_it(office: Office, query: str) -> None:
    results = lookup(query)
    assert results and results[0].subscriber_id == office.ids["kovalov"]
    assert results[0].match is MatchKind.PHONE_PREFIX


def test_the_start_of_a_landline_with_its_area_code_finds_it(office: Office) -> None:
    results = lookup("(057) 70")
    assert results[0].subscriber_id == office.ids["kovalov"]
    assert results[0].match is MatchKind.PHONE_PREFIX


def test_too_few_digits_of_a_number_start_are_not_a_prefix(office: Office) -> None:
    # "050 1" is three significant digits: the start of a tenth of all mobile numbers.
    assert all(r.match is not MatchKind.PHONE_PREFIX for r in lookup("050 1"))


def test_a_retired_number_is_not_found_by_its_start(office: Office) -> None:
    # +380577009999 is Ковальов's retired number; 577001234 (current) does not start 57700999.
    assert lookup("057 700 999") == []


def test_exact_then_number_start_then_tail(own_office: Office) -> None:
    # 0671112 begins Іванов's 067 111 22 33 and ends the number 044 067 11 12 of another.
    add_subscriber(
        "S9",
        ("Хвостенко", "Петро", ""),
        [("4400000099", "Київ", "Хрещатик", "2", "")],
        ["+380440671112"],
    )
    index_subscribers(own_office.db, [natural_id("subscriber", "S9")])
    results = lookup("067 111 2")
    assert [r.name for r in results] == ["Иванов Николай Григорьевич", "Хвостенко Петро"]
    assert [r.match for r in results] == [MatchKind.PHONE_PREFIX, MatchKind.PHONE_TAIL]
    whole = lookup("067 111 22 33")
    assert whole[0].match is MatchKind.PHONE
    assert MatchKind.PHONE_PREFIX not in {r.match for r in whole}


@pytest.mark.parametrize("query", ["4567", "12-34", "34567", "7001234"])
def test_digits_that_do_not_start_a_number_are_still_tails(office: Office, query: str) -> None:
    results = lookup(query)
    assert results
    assert {r.match for r in results} <= {MatchKind.ACCOUNT_TAIL, MatchKind.PHONE_TAIL}


@pytest.mark.parametrize("query", ["57000", "5700 0000", "570000002"])
def test_the_start_of_an_account_number_finds_it(office: Office, query: str) -> None:
    results = lookup(query)
    found = [r.account_number for r in results if r.match is MatchKind.ACCOUNT_PREFIX]
    expected = ["5700000017", "5700000025", "5700000033", "5700001234", "5700004567"]
    assert [n for n in expected if n.startswith(query.replace(" ", ""))] == sorted(found)
    assert found and results[0].match is MatchKind.ACCOUNT_PREFIX


def test_an_account_start_ranks_before_tails(own_office: Office) -> None:
    add_subscriber("S10", ("Хвіст", "Рахунок", ""), [("9944000", "Київ", "Хрещатик", "3", "")])
    index_subscribers(own_office.db, [natural_id("subscriber", "S10")])
    results = lookup("44000")
    assert [r.match for r in results] == [
        MatchKind.ACCOUNT_PREFIX,
        MatchKind.ACCOUNT_PREFIX,
        MatchKind.ACCOUNT_TAIL,
    ]
    assert results[2].account_number == "9944000"


def test_four_digits_are_not_an_account_start(office: Office) -> None:
    assert all(r.match is not MatchKind.ACCOUNT_PREFIX for r in lookup("5700"))
