"""Head office: which directorates see a row beyond its own ``scope``, and which saw it once.

A subscriber's ``scope`` is the directorate of their first account, but billing puts their
other accounts wherever those are. An office seeing one of the accounts must see the
subscriber whole: the subscriber and the rows that hang on them (phones, the kinds'
answers, and their history: contacts, complaints, technician requests, appointments, with
the status steps of the complaints and requests) are visible in their own scope **and** the
scopes of all the subscriber's live accounts. An account's rows (its services, phone links)
are visible in the account's scope (a link a clerk wrote carries the subscriber's scope: it
is visible there too). Rows naming only an account (a package change) keep their own scope.

``ho_row_scope`` keeps, per synced row, the scopes beyond ``ho_row.scope`` that see it
(``gone = 0``), and the scopes that saw it and no longer do (``gone = 1``): a row whose
directorate changed, a subscriber whose last account in a directorate left it. Pull sends a
row to an office when its own scope or a live entry is one of the office's directorates, and
``{"kind": "evict"}`` when only a gone entry is; the office drops its copy. Whenever the set
of a row changes, the caller moves the row to the log's head (under the log lock, like every
``seq``), so offices of the old and of the new directorates hear of it.

The set is recomputed from the domain tables (:func:`settle`) for the subscribers an import or
a push touched; :func:`build` computes it for a whole database (a head office older than this
table, a bulk load).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import peewee as pw

from receptionapp.db import models as m


class HoRowScope(m.BaseModel):
    """A directorate that sees a row beyond its own scope (or saw it: ``gone``)."""

    entity = pw.TextField()
    pk = pw.TextField()
    scope = pw.TextField()
    gone = pw.IntegerField(default=0)  # 1: the directorate's offices must drop the row

    class Meta:
        table_name = "ho_row_scope"
        primary_key = pw.CompositeKey("entity", "pk", "scope")
        indexes = ((("scope", "entity", "pk"), False),)


#: Rows that follow their subscriber: the column naming the subscriber.
SUBSCRIBER_ROWS: dict[str, str] = {
    "subscriber": "id",
    "phone": "subscriber_id",
    "phone_kind_answer": "subscriber_id",
    # The subscriber's history: a clerk anywhere they are served must see it before
    # registering more (RULES.md). Rows naming only an account stay with the account.
    "contact": "subscriber_id",
    "complaint": "subscriber_id",
    "technician_request": "subscriber_id",
    "appointment": "subscriber_id",
}

#: Rows that follow the history row they are a step of: (its table, the column naming it).
STEP_ROWS: dict[str, tuple[str, str]] = {
    "complaint_status": ("complaint", "complaint_id"),
    "technician_request_status": ("technician_request", "request_id"),
}

#: Rows that follow their account: the column naming the account.
ACCOUNT_ROWS: dict[str, str] = {
    "account": "id",
    "account_service": "account_id",
    "phone_account": "account_id",
}

#: Tables whose writes may change who sees what.
WATCHED: frozenset[str] = frozenset({*SUBSCRIBER_ROWS, *ACCOUNT_ROWS, *STEP_ROWS})

_CHUNK = 400

Key = tuple[str, str]


def _marks(db: pw.Database, n: int) -> str:
    return ", ".join([db.param] * n)


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _lock_key(subscriber: str) -> int:
    digest = hashlib.blake2b(f"ho_row_scope\x1f{subscriber}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _among(db: pw.Database, column: str, values: Sequence[str]) -> tuple[str, list[Any]]:
    """``column`` is one of ``values``: one array parameter on PostgreSQL (the statement's
    text stays the same), a list of parameters on SQLite."""
    if isinstance(db, pw.PostgresqlDatabase):
        return f"{column} = ANY(%s)", [list(values)]
    return f"{column} IN ({_marks(db, len(values))})", list(values)


def step_of(entity: str, row: Mapping[str, Any]) -> str | None:
    """The history row a written row of :data:`STEP_ROWS` is a step of (None for others)."""
    if entity not in STEP_ROWS:
        return None
    parent = row.get(STEP_ROWS[entity][1])
    return parent if isinstance(parent, str) else None


def parents(entity: str, pk: str, row: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """The subscriber and the account a written row of :data:`WATCHED` hangs on.

    A status step names neither (see :func:`step_of`).
    """
    if entity in STEP_ROWS:
        return None, None
    if entity == "subscriber":
        return pk, None
    if entity == "account":
        subscriber = row.get("subscriber_id")
        return (subscriber if isinstance(subscriber, str) else None), pk
    if entity in SUBSCRIBER_ROWS:
        subscriber = row.get("subscriber_id")
        return (subscriber if isinstance(subscriber, str) else None), None
    account = row.get("account_id")
    return None, (account if isinstance(account, str) else None)


def needs_settling(
    db: pw.Database,
    subscribers: Sequence[str],
    accounts: Sequence[str],
    steps_of: Sequence[str] = (),
) -> bool:
    """Whether a push's writes around these subscribers and accounts may change who sees what.

    Only a subscriber with an entry or with an account outside their own directorate has
    rows seen beyond their own scope: for the others (nearly every push) there is nothing to
    settle, and this one query says so. ``steps_of`` are the history rows (complaints,
    requests) a push added status steps to: a step needs settling when its row has entries
    (a history row written in the same push names its subscriber among ``subscribers``).
    On PostgreSQL it first takes the subscribers' turn (see :func:`settle`), so a push adding
    a phone sees an account another push has just added in another directorate.
    """
    if not subscribers and not accounts and not steps_of:
        return False
    _take_turns(db, subscribers)
    subs, subs_params = _among(db, "pk", subscribers or [""])
    by_sub, by_sub_params = _among(db, "s.id", subscribers or [""])
    by_acc, by_acc_params = _among(db, "a.id", accounts or [""])
    # Three index probes (an OR across the two tables would scan the accounts).
    crossing = "FROM account AS a JOIN subscriber AS s ON s.id = a.subscriber_id WHERE"
    sql = (
        f"SELECT 1 FROM ho_row_scope WHERE entity = 'subscriber' AND {subs} "
        f"UNION ALL SELECT 1 {crossing} {by_sub} AND a.scope <> s.scope "
        f"UNION ALL SELECT 1 {crossing} {by_acc} AND a.scope <> s.scope"
    )
    params = [*subs_params, *by_sub_params, *by_acc_params]
    if steps_of:  # only a push adding status steps pays for this probe
        kinds = ", ".join(f"'{parent}'" for parent, _ in STEP_ROWS.values())
        steps, steps_params = _among(db, "pk", steps_of)
        sql += f" UNION ALL SELECT 1 FROM ho_row_scope WHERE entity IN ({kinds}) AND {steps}"
        params.extend(steps_params)
    found = db.execute_sql(sql + " LIMIT 1", params).fetchone()
    return found is not None


def _take_turns(db: pw.Database, subscribers: Iterable[str]) -> None:
    """PostgreSQL: hold the subscribers' advisory locks until the commit (sorted keys)."""
    if isinstance(db, pw.PostgresqlDatabase) and subscribers:
        keys = sorted({_lock_key(sid) for sid in subscribers})
        db.execute_sql(
            "SELECT count(pg_advisory_xact_lock(k)) FROM unnest(%s::bigint[]) AS k", (keys,)
        )


def build(db: pw.Database) -> list[Key]:
    """Add the live entries every row should have (set-based; entries already there stay).

    Returns:
        The rows that got an entry, to be moved to the log's head by the caller.
    """
    p = db.param
    before = {(str(e), str(k)) for e, k in db.execute_sql("SELECT entity, pk FROM ho_row_scope")}
    for entity, column in SUBSCRIBER_ROWS.items():
        db.execute_sql(
            "INSERT INTO ho_row_scope (entity, pk, scope, gone) "
            f'SELECT DISTINCT {p}, t.id, a.scope, 0 FROM "{entity}" AS t '
            f'JOIN account AS a ON a.subscriber_id = t."{column}" '
            "WHERE a.deleted_at IS NULL AND a.scope <> t.scope "
            "ON CONFLICT (entity, pk, scope) DO NOTHING",
            (entity,),
        )
    for entity, (parent, column) in STEP_ROWS.items():
        db.execute_sql(
            "INSERT INTO ho_row_scope (entity, pk, scope, gone) "
            f'SELECT DISTINCT {p}, t.id, a.scope, 0 FROM "{entity}" AS t '
            f'JOIN "{parent}" AS q ON q.id = t."{column}" '
            "JOIN account AS a ON a.subscriber_id = q.subscriber_id "
            "WHERE a.deleted_at IS NULL AND a.scope <> t.scope "
            "ON CONFLICT (entity, pk, scope) DO NOTHING",
            (entity,),
        )
    for entity, column in ACCOUNT_ROWS.items():
        if entity == "account":
            continue
        db.execute_sql(
            "INSERT INTO ho_row_scope (entity, pk, scope, gone) "
            f'SELECT {p}, t.id, a.scope, 0 FROM "{entity}" AS t '
            f'JOIN account AS a ON a.id = t."{column}" WHERE a.scope <> t.scope '
            "ON CONFLICT (entity, pk, scope) DO NOTHING",
            (entity,),
        )
    after = {(str(e), str(k)) for e, k in db.execute_sql("SELECT entity, pk FROM ho_row_scope")}
    return sorted(after - before)


def settle(
    db: pw.Database, touched: Iterable[Key], moved: Mapping[Key, str] | None = None
) -> set[Key]:
    """Bring the entries of the rows around some written rows up to date.

    Args:
        db: head office's database, inside the transaction that wrote the rows.
        touched: rows written (any table; those of :data:`WATCHED` count): the subscriber
            each belongs to is settled whole (its rows and its accounts' rows), an account's
            rows are settled.
        moved: rows whose own scope changed, with the scope they had: offices of that scope
            drop them unless they still see them otherwise.

    Returns:
        The rows whose set of directorates changed (to be moved to the log's head).
    """
    moved = dict(moved or {})
    p = db.param
    subs: set[str] = set()
    account_ids: set[str] = set()
    by_entity: dict[str, set[str]] = {}
    for entity, pk in [*touched, *moved]:
        if entity == "subscriber":
            subs.add(pk)
        elif entity == "account":
            account_ids.add(pk)
        elif entity in WATCHED:
            by_entity.setdefault(entity, set()).add(pk)
    for entity, pks in by_entity.items():
        if entity in STEP_ROWS:
            parent, link = STEP_ROWS[entity]
            source = f'"{entity}" AS t JOIN "{parent}" AS q ON q.id = t."{link}"'
            column, into = "q.subscriber_id", subs
        elif entity in SUBSCRIBER_ROWS:
            source, column, into = f'"{entity}" AS t', f't."{SUBSCRIBER_ROWS[entity]}"', subs
        else:
            source, column = f'"{entity}" AS t', f't."{ACCOUNT_ROWS[entity]}"'
            into = account_ids
        for chunk in _chunks(sorted(pks)):
            into.update(
                str(r[0])
                for r in db.execute_sql(
                    f"SELECT {column} FROM {source} WHERE t.id IN ({_marks(db, len(chunk))})",
                    list(chunk),
                )
                if r[0] is not None
            )
    for chunk in _chunks(sorted(account_ids)):
        subs.update(
            str(r[0])
            for r in db.execute_sql(
                f"SELECT subscriber_id FROM account WHERE id IN ({_marks(db, len(chunk))})",
                list(chunk),
            )
        )
    # Two pushes settling one subscriber (an account added here, a phone there) take turns:
    # the second reads what the first committed. A deadlock with a push's row locks is
    # broken by PostgreSQL and the push run again.
    _take_turns(db, subs)
    # (entity, pk) -> (own scope, the scopes that should see it besides)
    wanted: dict[Key, tuple[str, set[str]]] = {}
    for chunk in _chunks(sorted(subs)):
        marks = _marks(db, len(chunk))
        live: dict[str, set[str]] = {}
        accounts_here: list[str] = []
        for sid, aid, scope in db.execute_sql(
            f"SELECT subscriber_id, id, scope FROM account WHERE subscriber_id IN ({marks}) "
            "AND deleted_at IS NULL",
            list(chunk),
        ):
            live.setdefault(str(sid), set()).add(str(scope))
            accounts_here.append(str(aid))
        for entity, column in SUBSCRIBER_ROWS.items():
            for pk, sid, scope in db.execute_sql(
                f'SELECT id, "{column}", scope FROM "{entity}" WHERE "{column}" IN ({marks})',
                list(chunk),
            ):
                others = live.get(str(sid), set()) - {scope}
                wanted[(entity, str(pk))] = (str(scope), others)
        for entity, (parent, column) in STEP_ROWS.items():
            for pk, sid, scope in db.execute_sql(
                f'SELECT t.id, q.subscriber_id, t.scope FROM "{entity}" AS t '
                f'JOIN "{parent}" AS q ON q.id = t."{column}" '
                f"WHERE q.subscriber_id IN ({marks})",
                list(chunk),
            ):
                others = live.get(str(sid), set()) - {scope}
                wanted[(entity, str(pk))] = (str(scope), others)
        account_ids.update(accounts_here)
    for chunk in _chunks(sorted(account_ids)):
        marks = _marks(db, len(chunk))
        for entity, column in ACCOUNT_ROWS.items():
            own = "t.id" if entity == "account" else f't."{column}"'
            for pk, scope, account_scope in db.execute_sql(
                f'SELECT t.id, t.scope, a.scope FROM "{entity}" AS t '
                f"JOIN account AS a ON a.id = {own} WHERE {own} IN ({marks})",
                list(chunk),
            ):
                wanted[(entity, str(pk))] = (str(scope), {str(account_scope)} - {scope})
    for key in moved:
        if key not in wanted:  # a row outside the families (a directorate): its own scope only
            row = db.execute_sql(
                f'SELECT scope FROM "{key[0]}" WHERE id = {p}', (key[1],)
            ).fetchone()
            if row is not None:
                wanted[key] = (str(row[0]), set())
    return _write(db, wanted, moved)


def _write(
    db: pw.Database, wanted: dict[Key, tuple[str, set[str]]], moved: dict[Key, str]
) -> set[Key]:
    """Make the stored entries of ``wanted`` rows what they should be; the changed rows."""
    p = db.param
    stored: dict[Key, dict[str, int]] = {}
    by_entity: dict[str, list[str]] = {}
    for entity, pk in wanted:
        by_entity.setdefault(entity, []).append(pk)
    for entity, pks in by_entity.items():
        for chunk in _chunks(sorted(pks)):
            for pk, scope, gone in db.execute_sql(
                f"SELECT pk, scope, gone FROM ho_row_scope WHERE entity = {p} "
                f"AND pk IN ({_marks(db, len(chunk))})",
                [entity, *chunk],
            ):
                stored.setdefault((entity, str(pk)), {})[str(scope)] = int(gone)
    changed: set[Key] = set()
    upserts: list[tuple[str, str, str, int]] = []
    deletes: list[tuple[str, str, str]] = []
    for key, (own, others) in wanted.items():
        have = stored.get(key, {})
        seen_before = {moved.get(key, own)} | {s for s, gone in have.items() if not gone}
        seen_now = {own} | others
        if seen_before != seen_now:
            changed.add(key)
        final = dict.fromkeys(others, 0)
        for scope in (seen_before | set(have)) - seen_now:
            final[scope] = 1  # its offices drop the row (or already did)
        upserts.extend(
            (*key, scope, gone) for scope, gone in final.items() if have.get(scope) != gone
        )
        deletes.extend((*key, scope) for scope in have if scope not in final)
    for entity, pk, scope, gone in upserts:
        db.execute_sql(
            f"INSERT INTO ho_row_scope (entity, pk, scope, gone) VALUES ({p}, {p}, {p}, {p}) "
            "ON CONFLICT (entity, pk, scope) DO UPDATE SET gone = excluded.gone",
            (entity, pk, scope, gone),
        )
    for entity, pk, scope in deletes:
        db.execute_sql(
            f"DELETE FROM ho_row_scope WHERE entity = {p} AND pk = {p} AND scope = {p}",
            (entity, pk, scope),
        )
    return changed


def may_see(
    db: pw.Database, scopes: Sequence[str], entity: str, pk: str, row: Mapping[str, Any]
) -> bool:
    """Whether an office of ``scopes`` sees a row (or, for a new row, its subscriber or account).

    The push rule for rows outside the office's directorates: a phone (or a contact, a
    complaint, ...) of a subscriber whose account is in one of them may be written there, and
    a status step of a complaint or request the office sees.
    """
    if not scopes:
        return False
    p = db.param
    marks = _marks(db, len(scopes))
    keys: list[Key] = [(entity, pk)]
    subscriber = row.get("subscriber_id") if entity != "subscriber" else pk
    if isinstance(subscriber, str):
        keys.append(("subscriber", subscriber))
    step = step_of(entity, row)
    if step is not None:
        keys.append((STEP_ROWS[entity][0], step))
        # A step of a row written in the same push: that row names the subscriber.
        found = db.execute_sql(
            f'SELECT subscriber_id FROM "{STEP_ROWS[entity][0]}" WHERE id = {p}', (step,)
        ).fetchone()
        if found is not None and isinstance(found[0], str):
            keys.append(("subscriber", found[0]))
    for key in keys:
        found = db.execute_sql(
            f"SELECT 1 FROM ho_row_scope WHERE entity = {p} AND pk = {p} AND gone = 0 "
            f"AND scope IN ({marks})",
            [*key, *scopes],
        ).fetchone()
        if found is not None:
            return True
    account = row.get("account_id") if entity != "account" else None
    if isinstance(account, str):
        found = db.execute_sql(
            f"SELECT 1 FROM account WHERE id = {p} AND scope IN ({marks})", [account, *scopes]
        ).fetchone()
        if found is not None:
            return True
    return False


def extra_rows(
    db: pw.Database, scopes: Sequence[str], cursor: int, upto: int, limit: int
) -> list[tuple[str, str, int, str, bool]]:
    """Log rows in ``(cursor, upto]`` an office sees only through an entry, oldest first.

    ``upto`` is the last ``seq`` the caller's page of rows in the office's own scopes
    reaches (or the log's head): the walk along the log covers the same stretch as that page,
    probing the entries of rows of other directorates only.

    Returns:
        ``(entity, pk, seq, clocks, live)``: ``live`` False when every entry of the office's
        directorates is gone (the office must drop the row).
    """
    p = db.param
    marks = _marks(db, len(scopes))
    any_here = db.execute_sql(
        f"SELECT 1 FROM ho_row_scope WHERE scope IN ({marks}) LIMIT 1", list(scopes)
    ).fetchone()
    if any_here is None:
        return []  # the usual case: no subscriber of another directorate has an account here
    found = db.execute_sql(
        "SELECT entity, pk, seq, clocks, g FROM (SELECT r.entity, r.pk, r.seq, r.clocks, "
        "(SELECT min(x.gone) FROM ho_row_scope AS x WHERE x.entity = r.entity "
        f"AND x.pk = r.pk AND x.scope IN ({marks})) AS g FROM ho_row AS r "
        f"WHERE r.seq > {p} AND r.seq <= {p} AND r.scope NOT IN ({marks}, {p})) AS t "
        "WHERE g IS NOT NULL ORDER BY seq LIMIT " + str(int(limit)),
        [*scopes, cursor, upto, *scopes, m.COMPANY_SCOPE],
    )
    return [(str(e), str(k), int(s), str(c), int(g) == 0) for e, k, s, c, g in found]
