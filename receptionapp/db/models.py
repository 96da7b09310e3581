"""Peewee models of the office database (the same models serve head office).

Identity, scope and money rules hold for every synced table:

* ``id`` is a text UUID: UUIDv7 for rows a clerk creates (:func:`receptionapp.core.ids.new_id`),
  UUIDv5 of the natural key for reference data and billing rows
  (:func:`receptionapp.core.ids.natural_id`);
* ``scope`` is the code of the directorate the row belongs to, or :data:`COMPANY_SCOPE` for
  company-wide rows (services, packages, company tariffs, users of head office);
* ``created_at``/``updated_at`` are naive UTC datetimes; ``deleted_at`` marks a tombstone
  (rows are not hard-deleted where history matters);
* money is integer kopecks.

The schema itself is created by migrations (:mod:`receptionapp.db.migrations`), never by
``create_tables`` on a user's database.
"""

from __future__ import annotations

from typing import Any

import peewee as pw

from receptionapp.core.clock import utcnow

database_proxy = pw.DatabaseProxy()

#: ``scope`` of rows that belong to the whole company rather than one directorate.
COMPANY_SCOPE = "*"

SUBSCRIBER_KINDS = ("person", "organisation")
ACCOUNT_STATUSES = ("pending", "active", "suspended", "closed")
PHONE_KINDS = ("home", "cdma", "mobile", "work", "other")
REQUIRED_PHONE_KINDS = ("home", "cdma", "mobile")
PHONE_KIND_ANSWERS = ("none", "postponed")
ROLES = ("clerk", "senior_clerk", "director", "admin")
CONTACT_CHANNELS = ("phone", "office", "forum", "email")
CONTACT_OUTCOMES = (
    "helped_by_phone",
    "technician_request",
    "complaint",
    "referred_to_reception_point",
    "booked_with_director",
    "other",
)
REQUEST_KINDS = ("connection", "repair", "service_connection")
REQUEST_STATUSES = ("new", "assigned", "done", "cancelled")
COMPLAINT_STATUSES = ("registered", "in_progress", "resolved", "rejected")
APPOINTMENT_STATUSES = (
    "pending",
    "confirmed",
    "conflict",
    "rejected",
    "cancelled",
    "attended",
    "no_show",
)
PACKAGE_CHANGE_STATUSES = ("pending", "confirmed", "rejected")
TARIFF_SCOPES = ("company", "directorate", "building")


class BaseModel(pw.Model):
    """Binds every model to the one database proxy."""

    class Meta:
        database = database_proxy
        legacy_table_names = False


class LocalSetting(BaseModel):
    """Key/value facts of this office database that never sync (office code, credential)."""

    key = pw.TextField(primary_key=True)
    value = pw.TextField()


class SyncedModel(BaseModel):
    """Common columns of every table that syncs with head office."""

    id = pw.TextField(primary_key=True)
    scope = pw.TextField(index=True, default=COMPANY_SCOPE)
    created_at = pw.DateTimeField(default=utcnow)
    updated_at = pw.DateTimeField(default=utcnow)
    deleted_at = pw.DateTimeField(null=True)

    def save(self, *args: Any, **kwargs: Any) -> Any:
        """Stamp ``updated_at`` on every save."""
        self.updated_at = utcnow()
        return super().save(*args, **kwargs)


class Directorate(SyncedModel):
    """A branch of the company for a city or region (``scope`` equals ``code``)."""

    code = pw.TextField(unique=True)
    name = pw.TextField()
    city = pw.TextField()
    area_code = pw.TextField()


class AddressRule(SyncedModel):
    """Maps a street (and optionally a house range and parity) of a city to a directorate."""

    directorate = pw.ForeignKeyField(Directorate, backref="address_rules")
    city = pw.TextField()
    street_key = pw.TextField()
    street = pw.TextField()
    house_from = pw.IntegerField(null=True)
    house_to = pw.IntegerField(null=True)
    parity = pw.TextField(default="all")  # all / odd / even

    class Meta:
        indexes = ((("city", "street_key"), False),)


class User(SyncedModel):
    """Someone who signs in: clerk, senior clerk, director or admin."""

    login = pw.TextField(unique=True)
    name = pw.TextField()
    role = pw.TextField()
    office = pw.TextField(default="")
    password_hash = pw.TextField()
    active = pw.BooleanField(default=True)


class ReceptionPoint(SyncedModel):
    """A subscriber department (ППА) of a directorate."""

    directorate = pw.ForeignKeyField(Directorate, backref="reception_points")
    name = pw.TextField()
    address = pw.TextField()
    opening_hours = pw.TextField()  # JSON: {"mon": ["09:00", "18:00"], ...}
    phones = pw.TextField(default="[]")  # JSON list of E.164 numbers


class Director(SyncedModel):
    """The director of a directorate, who receives subscribers on set days."""

    directorate = pw.ForeignKeyField(Directorate, backref="directors")
    user = pw.ForeignKeyField(User, null=True, backref="director_of")
    name = pw.TextField()


class ReceptionSchedule(SyncedModel):
    """Weekly reception hours of a director (weekday 0 = Monday)."""

    director = pw.ForeignKeyField(Director, backref="schedules")
    weekday = pw.IntegerField()
    start_time = pw.TextField()  # "HH:MM"
    end_time = pw.TextField()
    slot_minutes = pw.IntegerField(default=20)
    valid_from = pw.DateField()
    valid_to = pw.DateField(null=True)


class ScheduleException(SyncedModel):
    """A day the director does not receive, or receives at other hours."""

    director = pw.ForeignKeyField(Director, backref="exceptions")
    date = pw.DateField()
    closed = pw.BooleanField(default=True)
    start_time = pw.TextField(null=True)
    end_time = pw.TextField(null=True)
    reason = pw.TextField(default="")


class Service(SyncedModel):
    """Cable TV, Digital TV or Internet."""

    code = pw.TextField(unique=True)
    name = pw.TextField()


class Package(SyncedModel):
    """A tariff plan: a set of services for a monthly fee (kopecks)."""

    code = pw.TextField(unique=True)
    name = pw.TextField()
    monthly_fee = pw.IntegerField()
    active = pw.BooleanField(default=True)


class PackageService(SyncedModel):
    """A service included in a package."""

    package = pw.ForeignKeyField(Package, backref="package_services", index=False)
    service = pw.ForeignKeyField(Service, backref="in_packages")

    class Meta:
        indexes = ((("package", "service"), True),)


class ConnectionTariff(SyncedModel):
    """One-off price (kopecks) of connecting a service, valid for a period and a scope.

    ``tariff_scope`` is ``company``, ``directorate`` (``directorate`` set) or ``building``
    (``building_key`` set: normalised ``city|street|house``).
    """

    service = pw.ForeignKeyField(Service, backref="tariffs")
    price = pw.IntegerField()
    tariff_scope = pw.TextField(default="company")
    directorate = pw.ForeignKeyField(Directorate, null=True, backref="tariffs")
    building_key = pw.TextField(null=True)
    valid_from = pw.DateField()
    valid_to = pw.DateField(null=True)


class Subscriber(SyncedModel):
    """A person or organisation receiving services under one or more accounts."""

    subscriber_ref = pw.TextField(null=True, unique=True)  # billing's key, when known
    last_name = pw.TextField()
    first_name = pw.TextField(default="")
    patronymic = pw.TextField(default="")
    kind = pw.TextField(default="person")
    notes = pw.TextField(default="")
    phones_reconciled_at = pw.DateTimeField(null=True)
    phones_reconciled_by = pw.ForeignKeyField(User, null=True, backref="+", index=False)


class Account(SyncedModel):
    """A personal account (особовий рахунок): one contract at one service address.

    ``balance`` (kopecks) is written only by billing imports and head office.
    """

    number = pw.TextField(unique=True)
    subscriber = pw.ForeignKeyField(Subscriber, backref="accounts")
    city = pw.TextField()
    street = pw.TextField()
    house = pw.TextField()
    flat = pw.TextField(default="")
    directorate = pw.ForeignKeyField(Directorate, backref="accounts")
    status = pw.TextField(default="pending")
    balance = pw.IntegerField(default=0)
    package = pw.ForeignKeyField(Package, null=True, backref="accounts")


class AccountService(SyncedModel):
    """A service connected on an account (connection is priced once, see tariffs)."""

    account = pw.ForeignKeyField(Account, backref="services", index=False)
    service = pw.ForeignKeyField(Service, backref="+")
    connected_at = pw.DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("account", "service"), True),)


class Phone(SyncedModel):
    """A contact number of a subscriber; retired numbers stay as history.

    ``e164`` is empty (NULL) for text from an import that could not be parsed; ``raw_text``
    keeps what was written so a clerk can resolve it.
    """

    subscriber = pw.ForeignKeyField(Subscriber, backref="phones", index=False)
    e164 = pw.TextField(null=True)
    raw_text = pw.TextField(default="")
    kind = pw.TextField(default="other")
    note = pw.TextField(default="")
    added_by = pw.ForeignKeyField(User, null=True, backref="+", index=False)
    confirmed_at = pw.DateTimeField(null=True)
    confirmed_by = pw.ForeignKeyField(User, null=True, backref="+", index=False)
    retired_at = pw.DateTimeField(null=True)
    retired_by = pw.ForeignKeyField(User, null=True, backref="+", index=False)
    retire_reason = pw.TextField(default="")

    class Meta:
        indexes = (
            (("subscriber", "e164"), True),
            (("e164",), False),
        )


class PhoneAccount(SyncedModel):
    """The accounts a phone number was recorded on."""

    phone = pw.ForeignKeyField(Phone, backref="account_links", index=False)
    account = pw.ForeignKeyField(Account, backref="phone_links")

    class Meta:
        indexes = ((("phone", "account"), True),)


class PhoneKindAnswer(SyncedModel):
    """A required phone kind answered without a number: ``none`` or ``postponed``."""

    subscriber = pw.ForeignKeyField(Subscriber, backref="phone_kind_answers", index=False)
    kind = pw.TextField()
    answer = pw.TextField()
    answered_by = pw.ForeignKeyField(User, null=True, backref="+", index=False)

    class Meta:
        indexes = ((("subscriber", "kind"), True),)


class PackageChange(SyncedModel):
    """A move of an account to another package; connection fees per service in kopecks."""

    account = pw.ForeignKeyField(Account, backref="package_changes")
    from_package = pw.ForeignKeyField(Package, null=True, backref="+")
    to_package = pw.ForeignKeyField(Package, backref="+")
    connection_fees = pw.TextField(default="{}")  # JSON {service code: kopecks}
    total_fee = pw.IntegerField(default=0)
    effective_date = pw.DateField()
    clerk = pw.ForeignKeyField(User, null=True, backref="+", index=False)
    status = pw.TextField(default="pending")


class Contact(SyncedModel):
    """A call or visit: who, why, what came of it."""

    channel = pw.TextField()
    subscriber = pw.ForeignKeyField(Subscriber, null=True, backref="contacts")
    account = pw.ForeignKeyField(Account, null=True, backref="contacts")
    caller_phone = pw.TextField(default="")
    purpose = pw.TextField(default="")
    outcome = pw.TextField(default="")
    clerk = pw.ForeignKeyField(User, null=True, backref="+", index=False)
    started_at = pw.DateTimeField(default=utcnow)
    ended_at = pw.DateTimeField(null=True)


class TechnicianRequest(SyncedModel):
    """A job for a technician; the note includes the contact phone."""

    kind = pw.TextField()
    subscriber = pw.ForeignKeyField(Subscriber, null=True, backref="requests")
    account = pw.ForeignKeyField(Account, null=True, backref="requests")
    address = pw.TextField(default="")
    note = pw.TextField(default="")
    contact_phone = pw.TextField(default="")
    preferred_time = pw.TextField(default="")
    status = pw.TextField(default="new")
    created_by = pw.ForeignKeyField(User, null=True, backref="+", index=False)


class TechnicianRequestStatus(SyncedModel):
    """One step of a technician request's status history."""

    request = pw.ForeignKeyField(TechnicianRequest, backref="history")
    status = pw.TextField()
    comment = pw.TextField(default="")
    changed_by = pw.ForeignKeyField(User, null=True, backref="+", index=False)


class Complaint(SyncedModel):
    """An entry of the one complaints register (number: office code + year + number)."""

    number = pw.TextField(unique=True)
    channel = pw.TextField()
    category = pw.TextField(default="")
    text = pw.TextField()
    subscriber = pw.ForeignKeyField(Subscriber, null=True, backref="complaints")
    account = pw.ForeignKeyField(Account, null=True, backref="complaints")
    status = pw.TextField(default="registered")
    responsible = pw.ForeignKeyField(User, null=True, backref="+", index=False)
    due_date = pw.DateField(null=True)
    created_by = pw.ForeignKeyField(User, null=True, backref="+", index=False)


class ComplaintStatus(SyncedModel):
    """One step of a complaint's status history."""

    complaint = pw.ForeignKeyField(Complaint, backref="history")
    status = pw.TextField()
    comment = pw.TextField(default="")
    changed_by = pw.ForeignKeyField(User, null=True, backref="+", index=False)


class Appointment(SyncedModel):
    """A booking of a director's reception slot."""

    director = pw.ForeignKeyField(Director, backref="appointments", index=False)
    slot_start = pw.DateTimeField()
    slot_end = pw.DateTimeField()
    subscriber = pw.ForeignKeyField(Subscriber, null=True, backref="appointments")
    account = pw.ForeignKeyField(Account, null=True, backref="appointments")
    question = pw.TextField(default="")
    tried_by_phone = pw.TextField(default="")
    status = pw.TextField(default="pending")
    outcome = pw.TextField(default="")
    conflict_with = pw.TextField(null=True)
    booked_by = pw.ForeignKeyField(User, null=True, backref="+", index=False)

    class Meta:
        indexes = ((("director", "slot_start"), False),)


class AuditEntry(BaseModel):
    """Who changed what and when, with the values before and after (JSON)."""

    id = pw.TextField(primary_key=True)
    at = pw.DateTimeField(default=utcnow, index=True)
    user = pw.ForeignKeyField(User, null=True, backref="+", index=False)
    entity = pw.TextField()
    entity_id = pw.TextField()
    action = pw.TextField()
    before = pw.TextField(null=True)
    after = pw.TextField(null=True)

    class Meta:
        indexes = ((("entity", "entity_id"), False),)


#: Every model, in dependency order (a table after the tables it references).
ALL_MODELS: tuple[type[BaseModel], ...] = (
    LocalSetting,
    Directorate,
    AddressRule,
    User,
    ReceptionPoint,
    Director,
    ReceptionSchedule,
    ScheduleException,
    Service,
    Package,
    PackageService,
    ConnectionTariff,
    Subscriber,
    Account,
    AccountService,
    Phone,
    PhoneAccount,
    PhoneKindAnswer,
    PackageChange,
    Contact,
    TechnicianRequest,
    TechnicianRequestStatus,
    Complaint,
    ComplaintStatus,
    Appointment,
    AuditEntry,
)
