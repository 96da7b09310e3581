"""The head-office HTTP service (FastAPI), run by ``receptionapp headoffice serve``.

Endpoints (all but enrollment need ``Authorization: Bearer <credential>``):

* ``POST /v1/enroll`` — an enrollment token for a credential;
* ``POST /v1/push`` — an office's operations, applied exactly once;
* ``GET /v1/pull?cursor=N&limit=L`` — changes after a cursor in the office's scopes;
* ``GET /openapi.json`` — the schema.

Every ``/v1`` request may say which wire protocol and which office database schema it
comes from: ``X-Sync-Protocol: 1`` and ``X-Schema-Version: N`` (``PRAGMA user_version`` of
the office database). A protocol this service does not speak, or a schema older than
:data:`MIN_SCHEMA_VERSION`, is answered **426** ``upgrade_required`` before the credential
or the operations are looked at; the office keeps its outbox and sends it after its update.
A request *without* these headers counts as protocol 1 from a current schema, so that
plain HTTP tools (curl, schemathesis) and older tests keep working.

Push and pull answers carry head office's ``epoch`` (a new one after a restore from a
backup, :mod:`receptionapp.sync.admin`); pull answers also ``high_water`` (the log's last
position) and ``acked_through`` (the office's last applied ``client_seq``), from which an
office tells that head office lost what it had sent or pulled.

Refusals are 4xx with a JSON body ``{"error": code, "message": text, ...}``; the service is
stateless (every fact is in the database), so several processes can serve one PostgreSQL.
"""

import json
import logging
import os
import signal
import socket
from typing import Annotated, Any, Literal

import peewee as pw
from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from receptionapp import __version__
from receptionapp.db import migrations
from receptionapp.sync import admin
from receptionapp.sync import headoffice as ho

log = logging.getLogger(__name__)

#: Environment variable naming a point of :data:`headoffice.HOOKS` where the process kills
#: itself (crash tests only).
CRASH_ENV = "RECEPTIONAPP_HO_CRASH_AT"

#: Largest request body accepted (bytes): 500 operations of ordinary rows fit easily.
MAX_BODY = 2 * 1024 * 1024

#: Wire protocols this service speaks (``X-Sync-Protocol``).
PROTOCOLS: frozenset[int] = frozenset({1})

#: Protocol assumed for a request without ``X-Sync-Protocol``.
DEFAULT_PROTOCOL = 1

#: Oldest office schema accepted (``X-Schema-Version``): version 2 brought the outbox; later
#: versions only added the lookup index, which does not travel.
MIN_SCHEMA_VERSION = 2

#: Schema assumed for a request without ``X-Schema-Version``: the one this code writes.
CURRENT_SCHEMA_VERSION = migrations.CURRENT_VERSION

#: Environment variable that raises the minimum office schema of ``headoffice serve``
#: (tests only: it lets a test see an office refused as too old, then accepted).
MIN_SCHEMA_ENV = "RECEPTIONAPP_HO_MIN_SCHEMA"

Scalar = Annotated[str, Field(max_length=100_000)] | int | float | None


class ErrorBody(BaseModel):
    """Every refusal: a stable code and a sentence for people."""

    error: str
    message: str


class UpgradeRequired(BaseModel):
    """426: the office must be updated first; it keeps every change it has not sent."""

    error: Literal["upgrade_required"]
    message: str
    min_schema_version: int
    outbox_retained: bool


def check_versions(protocol: int | None, schema: int | None, minimum: int) -> None:
    """Refuse a request from a protocol or an office schema this service does not accept.

    ``None`` (the header was not sent) counts as :data:`DEFAULT_PROTOCOL` and
    :data:`CURRENT_SCHEMA_VERSION`.

    Raises:
        SyncRefused: 426 ``upgrade_required`` with ``min_schema_version`` and
            ``outbox_retained``.
    """
    protocol = DEFAULT_PROTOCOL if protocol is None else protocol
    schema = CURRENT_SCHEMA_VERSION if schema is None else schema
    if protocol not in PROTOCOLS:
        speaks = ", ".join(str(p) for p in sorted(PROTOCOLS))
        message = (
            f"head office speaks sync protocol {speaks}, not {protocol}; update ReceptionApp "
            "(changes not yet sent are kept and will be sent after the update)"
        )
    elif schema < minimum:
        message = (
            f"the office database has schema version {schema}; head office accepts {minimum} "
            "or newer: update ReceptionApp (changes not yet sent are kept and will be sent "
            "after the update)"
        )
    else:
        return
    raise ho.SyncRefused(
        426, "upgrade_required", message, min_schema_version=minimum, outbox_retained=True
    )


class EnrollRequest(BaseModel):
    """An enrollment token printed by ``headoffice add-office`` or ``new-token``."""

    model_config = ConfigDict(extra="forbid")
    token: str = Field(min_length=1, max_length=200)


class EnrollResponse(BaseModel):
    """The office's credential (shown once; head office keeps only its hash)."""

    office: str
    credential: str
    directorates: list[str]
    epoch: str


class OpIn(BaseModel):
    """One captured change of an office row."""

    model_config = ConfigDict(extra="forbid")
    client_seq: int = Field(ge=1, lt=2**62)
    op_id: str = Field(min_length=1, max_length=64)
    entity: str = Field(min_length=1, max_length=64)
    pk: str = Field(min_length=1, max_length=64)
    kind: Literal["insert", "update", "delete"]
    hlc: int = Field(ge=0, lt=2**62)
    payload: dict[Annotated[str, Field(max_length=64)], Scalar] = Field(default_factory=dict)
    base: dict[str, tuple[Annotated[int, Field(ge=0, lt=2**62)], str]] | None = None


class PushRequest(BaseModel):
    """Operations in ``client_seq`` order, contiguous, at most 500."""

    model_config = ConfigDict(extra="forbid")
    ops: list[OpIn] = Field(max_length=ho.MAX_BATCH)


class OpResult(BaseModel):
    """What head office did with one operation."""

    model_config = ConfigDict(extra="allow")
    client_seq: int
    op_id: str
    status: str


class PushResponse(BaseModel):
    """Results of every operation sent (also of ones applied by an earlier push)."""

    acked_through: int
    results: list[OpResult]
    server_hlc: int
    epoch: str


class Change(BaseModel):
    """The current state of one row and its field clocks."""

    seq: int
    entity: str
    pk: str
    row: dict[str, Any]
    clocks: dict[str, Any]


class PullResponse(BaseModel):
    """A page of changes; pull again from ``next_cursor`` while ``has_more``."""

    changes: list[Change]
    next_cursor: int
    has_more: bool
    server_hlc: int
    epoch: str
    high_water: int
    acked_through: int


_REFUSALS: dict[int | str, dict[str, Any]] = {
    **{code: {"model": ErrorBody} for code in (400, 401, 403, 409, 413, 422)},
    426: {"model": UpgradeRequired, "description": "Upgrade required (outbox retained)"},
}


def create_app(db: pw.Database, *, min_schema_version: int = MIN_SCHEMA_VERSION) -> FastAPI:
    """The service over a head-office database whose schema exists.

    Args:
        db: head office's database.
        min_schema_version: oldest office schema accepted (tests raise it).
    """
    app = FastAPI(
        title="ReceptionApp head office",
        version=__version__,
        description="Sync of office databases with head office.",
    )

    @app.exception_handler(ho.SyncRefused)
    async def _refused(_request: Request, exc: ho.SyncRefused) -> JSONResponse:
        return JSONResponse(status_code=exc.status, content=exc.body)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        # e.g. a body that is not JSON at all: the same error shape as every refusal
        error = {400: "bad_request", 404: "not_found", 405: "method_not_allowed"}
        return JSONResponse(
            status_code=exc.status_code,
            content={"error": error.get(exc.status_code, "http"), "message": str(exc.detail)},
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return JSONResponse(
            status_code=422,
            content={
                "error": "invalid_request",
                "message": f"{where}: {first.get('msg', 'invalid')}",
                "detail": jsonable_encoder(exc.errors()[:5], custom_encoder={bytes: repr}),
            },
        )

    @app.middleware("http")
    async def _limit_body(request: Request, call_next: Any) -> Any:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            return JSONResponse(
                status_code=413,
                content={"error": "too_large", "message": f"at most {MAX_BODY} bytes per request"},
            )
        return await call_next(request)

    def versions(
        x_sync_protocol: Annotated[int | None, Header(ge=0, lt=2**31)] = None,
        x_schema_version: Annotated[int | None, Header(ge=0, lt=2**31)] = None,
    ) -> None:
        check_versions(x_sync_protocol, x_schema_version, min_schema_version)

    # Checked first (route dependencies run before the endpoint's own): an office too old
    # hears so before its credential or its operations are looked at.
    checked = [Depends(versions)]

    def office(authorization: Annotated[str | None, Header()] = None) -> ho.HoOffice:
        if not authorization or not authorization.startswith("Bearer "):
            raise ho.SyncRefused(401, "unauthorized", "send Authorization: Bearer <credential>")
        return ho.authenticate(db, authorization.removeprefix("Bearer ").strip())

    @app.post("/v1/enroll", responses=_REFUSALS, dependencies=checked)
    def enroll(body: EnrollRequest) -> EnrollResponse:
        """Exchange an enrollment token for the office's credential."""
        return EnrollResponse(**ho.enroll(db, body.token))

    @app.post("/v1/push", responses=_REFUSALS, dependencies=checked)
    def push(body: PushRequest, who: Annotated[ho.HoOffice, Depends(office)]) -> PushResponse:
        """Apply operations exactly once; refused ones are reported, not fatal."""
        result = ho.push(db, who, [op.model_dump() for op in body.ops])
        return PushResponse(**result, epoch=admin.current_epoch(db))

    @app.get("/v1/pull", responses=_REFUSALS, response_model=PullResponse, dependencies=checked)
    def pull(
        who: Annotated[ho.HoOffice, Depends(office)],
        cursor: Annotated[int, Query(ge=0, lt=2**62)] = 0,
        limit: Annotated[int, Query(ge=1, le=ho.MAX_PAGE)] = 1000,
    ) -> Response:
        """Changes after ``cursor`` in the office's directorates and the reference data."""
        facts = admin.pull_facts(db, who)  # before the page: see pull_facts
        # Thousands of rows a page: serialised directly (the model documents the shape).
        body = json.dumps({**ho.pull(db, who, cursor, limit), **facts}, ensure_ascii=False)
        return Response(body.encode(), media_type="application/json")

    return app


def serve(
    url: str, host: str = "127.0.0.1", port: int = 8765, *, sock: socket.socket | None = None
) -> int:
    """``headoffice serve``: create the schema if missing, then serve until stopped.

    Args:
        url: head office's database URL.
        host: address to listen on (ignored with ``sock``).
        port: port to listen on (ignored with ``sock``).
        sock: an already listening socket to serve on instead (the demo's head office,
            whose port the window chose and stored before this process started).
    """
    import uvicorn

    db = ho.open_headoffice(url)
    ho.ensure_schema(db)
    # One process serves one database: the models' default binding is that database too.
    from receptionapp.db.models import database_proxy

    database_proxy.initialize(db)
    crash_at = os.environ.get(CRASH_ENV)
    if crash_at:
        # Fault injection for the crash tests: die like a power cut at a named point.
        ho.HOOKS[crash_at] = lambda: os.kill(os.getpid(), signal.SIGKILL)
    minimum = int(os.environ.get(MIN_SCHEMA_ENV) or MIN_SCHEMA_VERSION)
    app = create_app(db, min_schema_version=minimum)
    if sock is not None:
        host, port = sock.getsockname()[:2]
    print(f"head office serving {url} on http://{host}:{port}", flush=True)
    if sock is None:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    else:
        config = uvicorn.Config(app, log_level="warning", access_log=False)
        uvicorn.Server(config).run(sockets=[sock])
    return 0
