"""The command line: open the app, or run a headless command on a workshop file.

Exit codes: 0 success, 1 a problem the user can fix (one line on stderr,
never a traceback), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.pool import StaticPool

from app import __version__
from app.model import schema
from app.model.batenlogica.analysis import findings_lines
from app.model.entities import Workshop
from app.model.errors import (
    DamagedFileError,
    FileError,
    NewerSchemaError,
    OperationError,
    WorkshopError,
)
from app.model.queries import round_counts, row_counts
from app.model.store import WorkshopStore, _readonly_connection, inspect_file

PROG = "bruinpapier"
VERBS = ("demo", "import", "export", "check")
USAGE = f"""{PROG} [-h] [--version] [--demo | FILE] [--round NAME]
       {PROG} demo OUT.bruinpapier
       {PROG} import FILE.bruinpapier NOTES.csv|WORKSHOP.json
       {PROG} export FILE.bruinpapier (--csv OUT.csv | --json OUT.json | --pdf OUT.pdf)
       {PROG} check FILE.bruinpapier"""
DESCRIPTION = """\
Bruinpapier: capture, cluster and report brown-paper sessions.

Without a command, open the app (on FILE, or on the SWS Balans demo with
--demo). The commands work on a workshop file without opening a window."""
EPILOG = """\
commands:
  demo OUT       write the SWS Balans demo workshop to a new file OUT
  import FILE SOURCE
                 add post-its from a CSV file (session,round,subgroup,kind,
                 cluster,text,votes; ',' or ';' separated) or a whole workshop
                 from a JSON export (only into an empty workshop); FILE is
                 created when it does not exist
  export FILE (--csv OUT | --json OUT | --pdf OUT)
                 write all post-its as CSV, the whole workshop as JSON, or
                 the report as PDF
  check FILE     check the file's integrity and count what it holds, without
                 changing it (works while the workshop is open elsewhere)

exit codes: 0 success, 1 a problem with a file (one line on stderr), 2 wrong usage"""


class UsageError(Exception):
    """Arguments that parse but make no sense together; exit code 2."""


# -- parsing -----------------------------------------------------------------


def _parser(add_help: bool = True) -> argparse.ArgumentParser:
    return argparse.ArgumentParser(
        prog=PROG,
        usage=USAGE,
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        add_help=add_help,
    )


def gui_parser() -> argparse.ArgumentParser:
    parser = _parser()
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the SWS Balans demo workshop")
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE", help="a workshop to open")
    parser.add_argument(
        "--round",
        metavar="NAME",
        help="open at this round: its full title or a unique start of it",
    )
    return parser


def command_parser() -> argparse.ArgumentParser:
    parser = _parser()
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="COMMAND")
    demo = verbs.add_parser(
        "demo", prog=f"{PROG} demo", help="write the demo workshop to a new file"
    )
    demo.add_argument("out", type=Path, metavar="OUT.bruinpapier", help="must not exist yet")
    imp = verbs.add_parser(
        "import", prog=f"{PROG} import", help="import post-its (CSV) or a whole workshop (JSON)"
    )
    imp.add_argument("file", type=Path, metavar="FILE.bruinpapier", help="created if missing")
    imp.add_argument(
        "source", type=Path, metavar="NOTES.csv|WORKSHOP.json", help="chosen by its extension"
    )
    exp = verbs.add_parser(
        "export", prog=f"{PROG} export", help="export post-its, the workshop or the report"
    )
    exp.add_argument("file", type=Path, metavar="FILE.bruinpapier")
    target = exp.add_mutually_exclusive_group(required=True)
    target.add_argument("--csv", type=Path, metavar="OUT.csv", help="all post-its as CSV")
    target.add_argument("--json", type=Path, metavar="OUT.json", help="the whole workshop")
    target.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="the report")
    check = verbs.add_parser(
        "check", prog=f"{PROG} check", help="integrity and counts, without changing the file"
    )
    check.add_argument("file", type=Path, metavar="FILE.bruinpapier")
    return parser


# -- commands ----------------------------------------------------------------


def run_gui(args: argparse.Namespace) -> int:
    if args.demo and args.file is not None:
        raise UsageError("give either --demo or a FILE, not both")
    if args.round is not None and not args.demo and args.file is None:
        raise UsageError("--round needs a FILE or --demo")
    if args.round is not None and args.file is not None:
        _round_in_file(args.file, args.round)  # a wrong name stops before any window opens
    try:
        from app.ui.app import run_app
    except ImportError as exc:
        print(f"{PROG}: the graphical interface is not available ({exc})", file=sys.stderr)
        return 1
    return run_app(args.file, args.demo, args.round)


def _round_in_file(path: Path, name: str) -> int:
    """The round called ``name`` in the workshop at ``path``, read without changing the file."""
    from app.model.round_names import find_round

    inspect_file(path)
    with _read_only(path) as db:
        return find_round(db, name)


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[DbSession]:
    """An ORM session on ``path`` that cannot write; unreadable content is a DamagedFileError."""
    engine = create_engine(
        "sqlite+pysqlite://", creator=lambda: _readonly_connection(path), poolclass=StaticPool
    )
    try:
        with DbSession(engine) as db:
            yield db
    except DBAPIError as exc:
        raise DamagedFileError(
            path, "its content cannot be read ({reason})", reason=exc.orig
        ) from None
    finally:
        engine.dispose()


@contextlib.contextmanager
def _new_workshop(path: Path) -> Iterator[WorkshopStore]:
    """A workshop created at ``path``, removed again if the command fails."""
    store = WorkshopStore.create(path)
    try:
        yield store
    except BaseException:
        store.close()
        for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise
    store.close()


def _workshop(path: Path, create: bool = False) -> contextlib.AbstractContextManager[WorkshopStore]:
    """The workshop at ``path`` (backed up first if we will write), or a new one if allowed."""
    if create and not path.exists():
        return _new_workshop(path)
    return WorkshopStore.open(path, backup=create)


def run_demo(args: argparse.Namespace) -> int:
    from app.model.demo import build_demo

    with _new_workshop(args.out) as store:
        build_demo(store)
    print(f"wrote the demo workshop to {args.out}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    suffix = args.source.suffix.lower()
    if suffix == ".csv":
        from app.model.interchange.csv_notes import apply_notes, read_notes_csv

        records = read_notes_csv(args.source)
        with _workshop(args.file, create=True) as store:
            try:
                result = apply_notes(store, records)
            except OperationError as exc:  # e.g. a closed round; name the workshop
                raise FileError(args.file, str(exc)) from None
        print(
            f"imported {result.notes} notes into {args.file} (new: {result.sessions} sessions, "
            f"{result.rounds} rounds, {result.subgroups} subgroups, {result.clusters} clusters)"
        )
    elif suffix == ".json":
        from app.model.interchange.json_workshop import apply_workshop, read_workshop_json

        rows = read_workshop_json(args.source)
        with _workshop(args.file, create=True) as store:
            apply_workshop(store, rows)
        print(f"imported the workshop {args.source} into {args.file}")
    else:
        raise UsageError(f"{args.source}: expected a .csv (post-its) or .json (workshop) file")
    return 0


def run_export(args: argparse.Namespace) -> int:
    with _workshop(args.file) as store:
        if args.csv is not None:
            from app.model.interchange.csv_notes import export_notes_csv

            count = export_notes_csv(store, args.csv)
            print(f"wrote {count} notes to {args.csv}")
        elif args.json is not None:
            from app.model.interchange.json_workshop import export_workshop_json

            export_workshop_json(store, args.json)
            print(f"wrote the workshop to {args.json}")
        else:
            try:
                from app.export.report import write_report
            except ImportError:
                raise WorkshopError("the PDF report is not available yet") from None
            result = write_report(store, args.pdf)
            print(f"wrote the report ({result.pages} pages) to {result.path}")
            for warning in result.warnings:
                print(f"warning: {warning}", file=sys.stderr)
    return 0


# -- check -------------------------------------------------------------------

CheckLines = Callable[[DbSession], Iterable[str]]


def workshop_lines(db: DbSession) -> Iterable[str]:
    for w in db.scalars(select(Workshop)):
        yield (
            f"workshop: {w.name or '(no name)'}"
            + (f", {w.organisation}" if w.organisation else "")
            + (f", facilitator {w.facilitator}" if w.facilitator else "")
        )


def round_lines(db: DbSession) -> Iterable[str]:
    for c in round_counts(db.connection()):
        yield (
            f"{c.session} / {c.round}: {c.subgroups} subgroups, "
            f"{c.clusters} clusters, {c.notes} notes"
        )


def totals_lines(db: DbSession) -> Iterable[str]:
    n = row_counts(db.connection())
    yield (
        f"batenlogica: {n['logic_node']} nodes, {n['logic_edge']} arrows; "
        f"{n['theme']} themes, {n['principle']} principles, "
        f"{n['initiative']} initiatives, {n['action']} actions"
    )


def logic_findings(db: DbSession) -> Iterable[str]:
    """The batenlogica analysis, one finding per line."""
    return findings_lines(db, "en")


CHECKS: list[CheckLines] = [workshop_lines, round_lines, totals_lines, logic_findings]
"""What ``check`` prints after the integrity line; append a function to report more."""


def run_check(args: argparse.Namespace) -> int:
    path: Path = args.file
    info = inspect_file(path, full=True)
    if info.revision not in schema.known_revisions():
        raise NewerSchemaError(
            path,
            "saved by a newer Bruinpapier (schema {revision}); cannot count its content",
            revision=info.revision,
        )
    print(f"{path}: integrity ok (schema {info.revision})")
    with _read_only(path) as db:
        for check in CHECKS:
            for line in check(db):
                print(line)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": run_demo,
    "import": run_import,
    "export": run_export,
    "check": run_check,
}


# -- entry point -------------------------------------------------------------


def _one_line(message: object) -> str:
    return " ".join(str(message).split())


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = command_parser() if argv and argv[0] in VERBS else gui_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else 2
    try:
        verb = getattr(args, "verb", None)
        return COMMANDS[verb](args) if verb else run_gui(args)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"{PROG}: error: {_one_line(exc)}", file=sys.stderr)
        return 2
    except WorkshopError as exc:
        print(f"{PROG}: {_one_line(exc)}", file=sys.stderr)
        return 1
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"{PROG}: {where}{_one_line(exc.strerror or exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
