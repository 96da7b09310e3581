"""Reference data of the demo company: what `init` loads, idempotence, natural ids, rules."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import peewee as pw
import phonenumbers
import pytest

from receptionapp.core.addresses import AddressRuleSpec, resolve_directorate
from receptionapp.core.errors import ValidationError
from receptionapp.core.ids import natural_id
from receptionapp.core.text import street_key
from receptionapp.db.database import open_database
from receptionapp.db.models import (
    COMPANY_SCOPE,
    AddressRule,
    ConnectionTariff,
    Director,
    Directorate,
    Package,
    ReceptionPoint,
    ReceptionSchedule,
    Service,
)
from receptionapp.db.reference import (
    REFERENCE_MODELS,
    DirectorateResolver,
    directorate_rules,
    find_directorate,
    load_reference_data,
    read_reference_file,
    reference_file,
)
from receptionapp.db.users import add_user

TODAY = dt.date(2026, 11, 28)
CITIES = {
    "kharkiv": ("Харків", "57"),
    "kyiv": ("Київ", "44"),
    "odesa": ("Одеса", "48"),
    "dnipro": ("Дніпро", "56"),
    "zaporizhzhia": ("Запоріжжя", "61"),
}
PACKAGES = {
    "TV-BASIC": {"CTV"},
    "TV-DIGITAL": {"DTV"},
    "NET-100": {"NET"},
    "NET-500": {"NET"},
    "DUO-100": {"CTV", "NET"},
    "DUO-DIGITAL": {"DTV", "NET"},
    "TRIO": {"CTV", "DTV", "NET"},
}
TABLES = [model._meta.table_name for model, _name in REFERENCE_MODELS]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[pw.SqliteDatabase]:
    database = open_database(tmp_path / "office.db", create=True)
    yield database
    database.close()


def dump(path: Path, tables: list[str] = TABLES) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY id').fetchall() for t in tables}
    finally:
        conn.close()


def test_counts_match_the_tables(db: pw.SqliteDatabase) -> None:
    counts = load_reference_data(db)
    for model, name in REFERENCE_MODELS:
        assert counts[name] == model.select().count() > 0, name


def test_directorates_have_the_exact_codes_cities_and_area_codes(db: pw.SqliteDatabase) -> None:
    load_reference_data(db)
    found = {d.code: (d.city, d.area_code, d.scope, d.id) for d in Directorate.select()}
    assert found == {
        code: (city, area, code, natural_id("directorate", code))
        for code, (city, area) in CITIES.items()
    }


def test_packages_have_the_exact_codes_and_services(db: pw.SqliteDatabase) -> None:
    load_reference_data(db)
    services = {s.id: s.code for s in Service.select()}
    assert set(services.values()) == {"CTV", "DTV", "NET"}
    packages = {p.code: p for p in Package.select()}
    assert set(PACKAGES) <= set(packages)
    assert 6 <= len(packages) <= 10
    for code, expected in PACKAGES.items():
        package = packages[code]
        assert package.id == natural_id("package", code)
        assert package.scope == COMPANY_SCOPE
        assert {services[ps.service_id] for ps in package.package_services} == expected
        assert isinstance(package.monthly_fee, int) and package.monthly_fee > 0
    # the fee grows with what is included
    assert packages["TRIO"].monthly_fee > packages["DUO-100"].monthly_fee
    assert packages["DUO-100"].monthly_fee > packages["NET-100"].monthly_fee


def test_second_load_changes_no_row(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    db = open_database(path, create=True)
    try:
        load_reference_data(db)
        before = dump(path)
        changes = db.connection().total_changes
        load_reference_data(db)
        assert db.connection().total_changes == changes  # not even a same-value rewrite
    finally:
        db.close()
    assert dump(path) == before


def test_init_twice_on_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    for _ in range(2):
        result = subprocess.run(
            [sys.executable, "-m", "receptionapp.cli", "init", "--db", str(path)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert "5 directorates" in result.stdout
    assert len(dump(path)["directorate"]) == 5


def test_two_fresh_databases_get_identical_rows(tmp_path: Path) -> None:
    for name in ("head-office.db", "office.db"):
        db = open_database(tmp_path / name, create=True)
        load_reference_data(db)
        db.close()
    assert dump(tmp_path / "head-office.db") == dump(tmp_path / "office.db")


def test_ids_are_uuid5_of_natural_keys(db: pw.SqliteDatabase) -> None:
    load_reference_data(db)
    assert Service.get(Service.code == "NET").id == natural_id("service", "NET")
    kharkiv = Directorate.get(Directorate.code == "kharkiv")
    director = Director.get(Director.directorate == kharkiv)
    assert director.id == natural_id("director", "kharkiv")
    point = ReceptionPoint.get(ReceptionPoint.id == natural_id("reception_point", "kharkiv", 1))
    assert point.directorate_id == kharkiv.id
    rule = AddressRule.get(AddressRule.street == "вул. Сумська")
    assert rule.id == natural_id("address_rule", "kharkiv", "Харків", street_key("вул. Сумська"),
                                 "", "", "all")  # fmt: skip
    city_rule = AddressRule.get(AddressRule.street_key == "", AddressRule.city == "Київ")
    assert city_rule.id == natural_id("address_rule", "kyiv", "Київ", "", "", "", "all")
    for tariff in ConnectionTariff.select():
        scope = tariff.directorate.code if tariff.directorate_id else COMPANY_SCOPE
        assert tariff.scope == scope
        assert tariff.id == natural_id(
            "tariff", tariff.service.code, scope, tariff.valid_from.isoformat()
        )


def test_every_city_has_streets_and_a_whole_city_rule(db: pw.SqliteDatabase) -> None:
    load_reference_data(db)
    for code, (city, _area) in CITIES.items():
        rules = list(AddressRule.select().join(Directorate).where(Directorate.code == code))
        assert all(r.scope == code and r.city == city for r in rules)
        streets = [r for r in rules if r.street_key]
        assert len({r.street_key for r in streets}) >= 30
        assert all(r.street_key == street_key(r.street) for r in streets)
        assert sum(1 for r in rules if r.street_key == "") == 1


@pytest.mark.parametrize(
    ("city", "street", "house", "expected"),
    [
        ("Харків", "вул. Сумська", "10", "kharkiv"),
        ("Харків", "ул. Клочковская", "5А", "kharkiv"),
        ("Київ", "просп. Берестейський", "12/2", "kyiv"),
        ("Одеса", "Французький бульвар", "60", "odesa"),
        ("Дніпро", "Набережна Перемоги", "86", "dnipro"),
        ("Запоріжжя", "просп. Соборний", "158", "zaporizhzhia"),
        ("Запоріжжя", "вул. Якої Немає", "1", "zaporizhzhia"),  # the whole-city rule
        ("Львів", "вул. Городоцька", "1", None),
    ],
)
def test_find_directorate(
    db: pw.SqliteDatabase, city: str, street: str, house: str, expected: str | None
) -> None:
    load_reference_data(db)
    assert find_directorate(db, city, street, house) == expected


def test_resolver_agrees_with_the_core_rule_engine(db: pw.SqliteDatabase) -> None:
    load_reference_data(db)
    rules = [
        *directorate_rules(db),
        # rules with ranges and parity, as a city split between directorates would have
        AddressRuleSpec("kharkiv-north", "Харків", street_key("вул. Сумська"), 1, 99, "odd"),
        AddressRuleSpec("kharkiv-south", "Харків", street_key("вул. Сумська"), 100, None),
    ]
    resolver = DirectorateResolver(rules)
    addresses = [
        (city, street, house)
        for city in ("Харків", "харків", "Київ", "Львів")
        for street in ("вул. Сумська", "Сумская", "вул. Пушкінська", "вул. Хрещатик", "")
        for house in ("1", "11А", "12", "99", "120/2", "б/н", "")
    ]
    assert not resolver.house_independent("Харків", "ул. Сумская")
    assert resolver.house_independent("Харків", "вул. Пушкінська")
    for city, street, house in addresses:
        assert resolver.resolve(city, street, house) == resolve_directorate(
            rules, city, street, house
        ), (city, street, house)


def test_reception_points_have_hours_and_valid_phones(db: pw.SqliteDatabase) -> None:
    load_reference_data(db)
    points = list(ReceptionPoint.select())
    assert {p.scope for p in points} == set(CITIES)
    for point in points:
        city = CITIES[point.scope][0]
        assert point.address.startswith(f"{city}, ")
        hours = json.loads(point.opening_hours)
        assert hours and set(hours) <= {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
        for start, end in hours.values():
            assert dt.time.fromisoformat(start) < dt.time.fromisoformat(end)
        phones = json.loads(point.phones)
        assert phones
        for phone in phones:
            number = phonenumbers.parse(phone)
            assert phonenumbers.is_valid_number(number)
            assert phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == phone


def test_each_directorate_has_a_director_with_reception_hours(db: pw.SqliteDatabase) -> None:
    load_reference_data(db)
    directors = {d.directorate.code: d for d in Director.select()}
    assert set(directors) == set(CITIES)
    for code, director in directors.items():
        assert len(director.name.split()) == 3
        current = [
            s
            for s in director.schedules
            if s.valid_from <= TODAY and (s.valid_to is None or s.valid_to >= TODAY)
        ]
        assert current, code
        for hours in director.schedules:
            assert 0 <= hours.weekday <= 6
            assert hours.start_time < hours.end_time
            assert hours.slot_minutes > 0
    history = ReceptionSchedule.select().where(ReceptionSchedule.valid_to.is_null(False))
    assert history.count() >= 1  # a past schedule, kept


def test_tariffs_have_a_past_and_a_current_price_per_service(db: pw.SqliteDatabase) -> None:
    load_reference_data(db)
    for service in Service.select():
        company = [
            t for t in service.tariffs if t.tariff_scope == "company" and t.directorate_id is None
        ]
        assert any(t.valid_to is not None and t.valid_to < TODAY for t in company), service.code
        current = [t for t in company if t.valid_from <= TODAY and t.valid_to is None]
        assert len(current) == 1, service.code
    local = ConnectionTariff.select().where(ConnectionTariff.tariff_scope == "directorate")
    assert local.count() >= 1
    assert all(t.directorate_id is not None and t.scope == t.directorate.code for t in local)


def test_director_is_linked_to_the_user_with_the_login(db: pw.SqliteDatabase) -> None:
    load_reference_data(db)
    kharkiv = Director.get(Director.id == natural_id("director", "kharkiv"))
    assert kharkiv.user_id is None
    user = add_user("director", kharkiv.name, "director", "director", scope="kharkiv")
    load_reference_data(db)
    assert Director.get_by_id(kharkiv.id).user_id == user.id
    # a link an administrator made for another director survives a reload
    other = add_user("okorol", "Олена Король", "director", "secret1", scope="kyiv")
    Director.update(user=other.id).where(Director.id == natural_id("director", "kyiv")).execute()
    load_reference_data(db)
    assert Director.get_by_id(natural_id("director", "kyiv")).user_id == other.id
    assert Director.get_by_id(kharkiv.id).user_id == user.id


def edited_copy(tmp_path: Path, old: str, new: str) -> Path:
    text = reference_file().read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "company.toml"
    path.write_text(
        text.replace(old, new, 1).replace(
            "revision = 2026-11-01T00:00:00", "revision = 2026-12-01T00:00:00"
        ),
        encoding="utf-8",
    )
    return path


def test_a_changed_value_is_updated_and_a_dropped_street_retired(
    db: pw.SqliteDatabase, tmp_path: Path
) -> None:
    load_reference_data(db)
    trio = natural_id("package", "TRIO")
    path = edited_copy(tmp_path, "monthly_fee = 48000", "monthly_fee = 49000")
    text = path.read_text(encoding="utf-8").replace('    { street = "вул. Весніна" },\n', "", 1)
    path.write_text(text, encoding="utf-8")
    untouched = Package.get_by_id(natural_id("package", "TV-BASIC")).updated_at

    load_reference_data(db, path)

    package = Package.get_by_id(trio)
    assert package.monthly_fee == 49000
    assert package.updated_at == dt.datetime(2026, 12, 1)
    assert package.created_at == dt.datetime(2026, 11, 1)
    assert Package.get_by_id(natural_id("package", "TV-BASIC")).updated_at == untouched
    rule = AddressRule.get(AddressRule.street == "вул. Весніна")
    assert rule.deleted_at == dt.datetime(2026, 12, 1)
    assert street_key("вул. Весніна") not in {r.street_key for r in directorate_rules(db)}


def test_a_broken_file_writes_nothing(db: pw.SqliteDatabase, tmp_path: Path) -> None:
    path = edited_copy(tmp_path, 'phones = ["+380577001020"]', 'phones = ["057 700 10 20"]')
    with pytest.raises(ValidationError) as info:
        load_reference_data(db, path)
    assert info.value.code == "reference.invalid"
    assert "E.164" in info.value.message
    assert Directorate.select().count() == 0

    garbage = tmp_path / "garbage.toml"
    garbage.write_text("[[directorates]\ncode = ", encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        load_reference_data(db, garbage)
    assert info.value.code == "reference.unreadable"


def test_the_bundled_file_parses_on_its_own() -> None:
    data = read_reference_file()
    assert data["meta"]["revision"] <= dt.datetime.combine(TODAY, dt.time())
    assert [d["code"] for d in data["directorates"]] == list(CITIES)


def test_loads_into_the_database_it_is_given(tmp_path: Path) -> None:
    # the models stay bound to whatever database the application opened last
    first = open_database(tmp_path / "head-office.db", create=True)
    second = open_database(tmp_path / "office.db", create=True)
    try:
        load_reference_data(first)
        assert Directorate.select().count() == 0  # bound to the second database
        assert len(directorate_rules(first)) > 150
        assert directorate_rules(second) == []
    finally:
        first.close()
        second.close()
    assert len(dump(tmp_path / "head-office.db")["directorate"]) == 5
