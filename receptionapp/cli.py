"""The ``receptionapp`` command line: the GUI by default, subcommands for the rest.

Contract (DESIGN.md §3): every subcommand has ``--help``; a failure is one clear line on
standard error and a non-zero exit, never a traceback. Handlers import what they need
lazily, so that ``receptionapp lookup`` starts fast and never loads Qt.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from receptionapp import __version__
from receptionapp.core.errors import ReceptionError

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace], int]


class CliError(Exception):
    """A failure to report as one line on standard error with an exit code."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def _err(message: str) -> None:
    print(f"receptionapp: {message}", file=sys.stderr)


# --- handlers --------------------------------------------------------------------------


def _cmd_gui(args: argparse.Namespace) -> int:
    from receptionapp.gui.app import run_gui

    return run_gui(db_path=args.db, demo=args.demo, language=args.lang)


def _cmd_init(args: argparse.Namespace) -> int:
    from receptionapp.db.database import open_database
    from receptionapp.db.reference import load_reference_data

    db = open_database(args.db, create=True)
    try:
        counts = load_reference_data(db)
    finally:
        db.close()
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    print(f"{args.db}: ready ({summary})")
    return 0


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        if not sys.stdin.isatty():
            raise CliError("no terminal to ask the password on; use --password-stdin")
        password = getpass.getpass("Password: ")
        if getpass.getpass("Repeat the password: ") != password:
            raise CliError("the two passwords differ; nothing was saved")
    return password


def _cmd_user_add(args: argparse.Namespace) -> int:
    from receptionapp.db.database import open_database
    from receptionapp.db.users import add_user

    password = _read_password(args)
    db = open_database(args.db)
    try:
        user = add_user(args.login, args.name, args.role, password, office=args.office or "")
    finally:
        db.close()
    print(f"user {user.login} ({user.role}) added")
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    from receptionapp.db.database import backup_file

    backup_file(args.db, args.dest)
    print(f"{args.db} copied to {args.dest}")
    return 0


def _cmd_demo_data(args: argparse.Namespace) -> int:
    from receptionapp.db.demo import run_demo_data_command

    return run_demo_data_command(args.db, subscribers=args.subscribers, seed=args.seed)


def _cmd_import(args: argparse.Namespace) -> int:
    from receptionapp.db.billing import run_import_command

    return run_import_command(args.db, args.file)


def _cmd_lookup(args: argparse.Namespace) -> int:
    from receptionapp.db.search import run_lookup_command

    return run_lookup_command(args.db, " ".join(args.query), as_json=args.json, limit=args.limit)


def _cmd_sync(args: argparse.Namespace) -> int:
    from receptionapp.sync.client import run_sync_command

    return run_sync_command(args.db, args.server, args.token)


def _cmd_ho_serve(args: argparse.Namespace) -> int:
    from receptionapp.sync.server import serve

    return serve(args.db, host=args.host, port=args.port)


def _cmd_ho_import(args: argparse.Namespace) -> int:
    from receptionapp.sync.headoffice import run_import_command

    return run_import_command(args.db, args.file)


@contextlib.contextmanager
def _headoffice(url: str) -> Iterator[Any]:
    """Head office's database at ``url``, its schema created if missing; closed after."""
    from receptionapp.sync.headoffice import ensure_schema, open_headoffice

    db = open_headoffice(url)
    try:
        ensure_schema(db)
        yield db
    finally:
        db.close()


def _cmd_ho_add_office(args: argparse.Namespace) -> int:
    from receptionapp.sync.headoffice import add_office

    with _headoffice(args.db) as db:
        token = add_office(db, args.code, args.directorate)
    print(f"office {args.code} registered for {', '.join(args.directorate)}; enrollment token:")
    print(token)
    return 0


def _cmd_ho_new_token(args: argparse.Namespace) -> int:
    from receptionapp.sync.headoffice import new_token

    with _headoffice(args.db) as db:
        token = new_token(db, args.code)
    print(f"new enrollment token of office {args.code}:")
    print(token)
    return 0


def _cmd_ho_revoke(args: argparse.Namespace) -> int:
    from receptionapp.sync.headoffice import revoke_office

    with _headoffice(args.db) as db:
        revoke_office(db, args.code)
    print(f"office {args.code} revoked: it can no longer sync")
    return 0


def _cmd_ho_new_epoch(args: argparse.Namespace) -> int:
    from receptionapp.sync.admin import run_new_epoch_command

    with _headoffice(args.db) as db:
        return run_new_epoch_command(db)


def _port(text: str) -> int:
    value = _positive_int(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"not a port: {text}")
    return value


# --- parser ----------------------------------------------------------------------------


def _int_at_least(minimum: int) -> Callable[[str], int]:
    """An argparse type: a whole number not below ``minimum``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be {minimum} or more: {text}")
        return value

    return parse


_positive_int = _int_at_least(1)
_non_negative_int = _int_at_least(0)


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line (exit 2), per the contract."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, for ``main`` and for tests of ``--help``."""
    parser = _Parser(
        prog="receptionapp",
        description="ReceptionApp: the front desk of a cable-TV and Internet provider. "
        "Without a subcommand it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", type=Path, help="office database file to open in the window")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo office (created on first use) signed in as the demo clerk",
    )
    parser.add_argument("--lang", choices=("uk", "ru", "en"), help="interface language")
    parser.set_defaults(handler=_cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("init", help="create or migrate an office database, load reference data")
    p.add_argument("--db", type=Path, required=True, help="the database file")
    p.set_defaults(handler=_cmd_init)

    p = sub.add_parser("user", help="manage users")
    user_sub = p.add_subparsers(title="user commands", metavar="ACTION", parser_class=_Parser)
    p.set_defaults(handler=lambda _a: _usage(p))
    q = user_sub.add_parser("add", help="add a user (password asked on the terminal)")
    q.add_argument("--db", type=Path, required=True, help="the database file")
    q.add_argument("--login", required=True)
    q.add_argument("--name", required=True, help="full name as shown in records")
    q.add_argument("--role", required=True, choices=("clerk", "senior_clerk", "director", "admin"))
    q.add_argument("--office", help="office code (optional)")
    q.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    q.set_defaults(handler=_cmd_user_add)

    p = sub.add_parser("backup", help="consistent copy of a live database")
    p.add_argument("--db", type=Path, required=True, help="the database file")
    p.add_argument("dest", type=Path, help="file (or folder) to write the copy to")
    p.set_defaults(handler=_cmd_backup)

    p = sub.add_parser("demo-data", help="generate a deterministic demo company")
    p.add_argument("--db", type=Path, required=True, help="the database file")
    p.add_argument("--subscribers", type=_positive_int, required=True, help="how many")
    p.add_argument("--seed", type=_non_negative_int, default=1, help="random seed (default 1)")
    p.set_defaults(handler=_cmd_demo_data)

    p = sub.add_parser("import", help="import a billing export (CSV)")
    p.add_argument("--db", type=Path, required=True, help="the database file")
    p.add_argument("file", type=Path, help="the CSV file")
    p.set_defaults(handler=_cmd_import)

    p = sub.add_parser("lookup", help="find subscribers, as the window's search does")
    p.add_argument("--db", type=Path, required=True, help="the database file")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--limit", type=_positive_int, default=50, help="at most N results (50)")
    p.add_argument("query", nargs="+", help="name, address, account or phone")
    p.set_defaults(handler=_cmd_lookup)

    p = sub.add_parser("sync", help="one push-and-pull cycle with head office")
    p.add_argument("--db", type=Path, required=True, help="the office database file")
    p.add_argument("--server", help="head office's base URL, e.g. http://127.0.0.1:8765")
    p.add_argument("--token", help="enrollment token (first sync only)")
    p.set_defaults(handler=_cmd_sync)

    p = sub.add_parser("headoffice", help="the head-office service and its offices")
    ho_sub = p.add_subparsers(title="head-office commands", metavar="ACTION", parser_class=_Parser)
    p.set_defaults(handler=lambda _a: _usage(p))
    url_help = "sqlite:///relative.db, sqlite:////absolute.db or postgresql://user@host:port/name"
    q = ho_sub.add_parser("serve", help="serve offices over HTTP (creates the schema if missing)")
    q.add_argument("--db", required=True, help=url_help)
    q.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    q.add_argument("--port", type=_port, default=8765, help="port (8765)")
    q.set_defaults(handler=_cmd_ho_serve)
    q = ho_sub.add_parser("import", help="import a billing export for every directorate")
    q.add_argument("--db", required=True, help=url_help)
    q.add_argument("file", type=Path, help="the CSV file")
    q.set_defaults(handler=_cmd_ho_import)
    q = ho_sub.add_parser("add-office", help="register an office; prints its enrollment token")
    q.add_argument("--db", required=True, help=url_help)
    q.add_argument("--code", required=True, help="office code")
    q.add_argument(
        "--directorate",
        required=True,
        nargs="+",
        action="extend",
        help="directorate codes it serves, or all (a call centre)",
    )
    q.set_defaults(handler=_cmd_ho_add_office)
    q = ho_sub.add_parser("new-token", help="a fresh enrollment token for an office")
    q.add_argument("--db", required=True, help=url_help)
    q.add_argument("--code", required=True, help="office code")
    q.set_defaults(handler=_cmd_ho_new_token)
    q = ho_sub.add_parser("revoke-office", help="revoke an office's credential")
    q.add_argument("--db", required=True, help=url_help)
    q.add_argument("--code", required=True, help="office code")
    q.set_defaults(handler=_cmd_ho_revoke)
    q = ho_sub.add_parser(
        "new-epoch",
        help="after restoring head office from a backup: offices resend and pull everything",
    )
    q.add_argument("--db", required=True, help=url_help)
    q.set_defaults(handler=_cmd_ho_new_epoch)

    return parser


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``receptionapp`` command."""
    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s %(name)s %(levelname)s %(message)s"
    )
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except CliError as exc:
        _err(str(exc))
        return exc.exit_code
    except ReceptionError as exc:
        _err(exc.message)
        return 1
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except Exception as exc:  # a bug: log the traceback, show one line
        log.debug("unexpected error", exc_info=True)
        _err(f"unexpected error: {type(exc).__name__}: {exc}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
