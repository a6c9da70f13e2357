"""The command line: open the app, or run a headless command on a workshop file.

Exit codes: 0 success, 1 a problem the user can fix (one line on stderr,
never a traceback), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.pool import StaticPool

from app import __version__
from app.cli_check import CHECKS
from app.cli_trajectory import EPILOG as EPILOG_TRAJECTORY
from app.cli_trajectory import add_parsers, run_new, run_save_template, run_templates
from app.model import schema
from app.model.errors import (
    DamagedFileError,
    FileError,
    OperationError,
    WorkshopError,
)
from app.model.inspection import reading, upgraded
from app.model.integrity import semantic_problems
from app.model.store import WorkshopStore, inspect_file, new_workshop
from app.server.cli import add_serve_parser, run_serve

PROG = "bruinpapier"
VERBS = ("demo", "import", "export", "check", "serve", "templates", "new", "save-template")
USAGE = f"""{PROG} [-h] [--version] [--demo | FILE] [--round NAME]
       {PROG} demo OUT.bruinpapier
       {PROG} import FILE.bruinpapier (NOTES.csv|WORKSHOP.json | --actions ACTIONS.csv)
       {PROG} export FILE.bruinpapier (--csv OUT.csv | --json OUT.json | --pdf OUT.pdf
              [--a3 | --meeting N] | --actions OUT.csv | --ics OUT.ics)
       {PROG} check FILE.bruinpapier
       {PROG} serve FILE.bruinpapier [--round NAME] [--host ADDR] [--port N] [--tray]
                         [--cards OUT.pdf]
       {PROG} templates
       {PROG} new FILE.bruinpapier --template ID [--school NAME] [--topic TEXT ...]
              [--date YYYY-MM-DD]
       {PROG} save-template FILE.bruinpapier NAME"""
DESCRIPTION = """\
Bruinpapier: capture, cluster and report brown-paper sessions.

Without a command, open the app (on FILE, or on the SWS Balans demo with
--demo). The commands work on a workshop file without opening a window."""
EPILOG = (
    """\
commands:
  demo OUT       write the SWS Balans demo workshop to a new file OUT
  import FILE SOURCE
                 add post-its from a CSV file (session,round,subgroup,kind,
                 cluster,text,votes; ',' or ';' separated) or a whole workshop
                 from a JSON export (only into an empty workshop); FILE is
                 created when it does not exist
  import FILE --actions ACTIONS.csv
                 read back the follow-up (owner, due date, status, progress)
  export FILE (--csv OUT | --json OUT | --pdf OUT [--a3])
                 write all post-its as CSV, the whole workshop as JSON, or
                 the report as PDF (boards on A4; --a3 prints them on A3);
                 --pdf OUT --meeting N writes the agenda and minutes of
                 supportgroep meeting N instead
  export FILE --actions OUT.csv | --ics OUT.ics
                 the actions with owner, due date, status and progress, or
                 every dated activity as a calendar
  check FILE     check the file's integrity and count what it holds, without
                 changing it (works while the workshop is open elsewhere)
  serve FILE [--round NAME] [--host ADDR] [--port N] [--tray] [--cards OUT.pdf]
                 let participants write and vote from their phones in one
                 round (default: the first open round with subgroups); prints
                 each subgroup's name, a tab and its join URL; --tray collects
                 arrivals in a "Binnengekomen" frame per subgroup; --cards
                 writes printable QR cards; Ctrl+C stops
"""
    + EPILOG_TRAJECTORY
    + """

exit codes: 0 success, 1 a problem with a file (one line on stderr), 2 wrong usage"""
)


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
        "source",
        type=Path,
        nargs="?",
        metavar="NOTES.csv|WORKSHOP.json",
        help="chosen by its extension",
    )
    imp.add_argument(
        "--actions", type=Path, metavar="ACTIONS.csv", help="the follow-up, as exported"
    )
    exp = verbs.add_parser(
        "export", prog=f"{PROG} export", help="export post-its, the workshop or the report"
    )
    exp.add_argument("file", type=Path, metavar="FILE.bruinpapier")
    target = exp.add_mutually_exclusive_group(required=True)
    target.add_argument("--csv", type=Path, metavar="OUT.csv", help="all post-its as CSV")
    target.add_argument("--json", type=Path, metavar="OUT.json", help="the whole workshop")
    target.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="the report")
    exp.add_argument("--a3", action="store_true", help="print the report's boards on A3")
    target.add_argument("--actions", type=Path, metavar="OUT.csv", help="the follow-up")
    target.add_argument("--ics", type=Path, metavar="OUT.ics", help="dated activities")
    exp.add_argument(
        "--meeting", type=int, metavar="N", help="with --pdf: supportgroep meeting N's minutes"
    )
    check = verbs.add_parser(
        "check", prog=f"{PROG} check", help="integrity and counts, without changing the file"
    )
    check.add_argument("file", type=Path, metavar="FILE.bruinpapier")
    add_serve_parser(verbs, PROG)
    add_parsers(verbs, PROG)
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

    info = inspect_file(path)
    with _read_only(path, info.revision) as db:
        return find_round(db, name)


@contextlib.contextmanager
def _read_only(path: Path, revision: str) -> Iterator[DbSession]:
    """An ORM session on ``path``'s committed content that cannot write.

    An older file is read through an upgraded private copy, so the file itself is never
    migrated; unreadable content is a DamagedFileError.
    """
    with contextlib.ExitStack() as stack:
        conn = stack.enter_context(reading(path))
        if revision != schema.head_revision():
            conn = stack.enter_context(upgraded(conn))
        engine = create_engine("sqlite+pysqlite://", creator=lambda: conn, poolclass=StaticPool)
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
    with new_workshop(path) as store:
        yield store
    store.close()


def _workshop(path: Path, create: bool = False) -> contextlib.AbstractContextManager[WorkshopStore]:
    """The workshop at ``path`` (backed up first if we will write), or a new one if allowed."""
    if create and not path.exists():
        return _new_workshop(path)
    store = WorkshopStore.open(path, backup=False)
    if create:
        try:
            store.backup()  # a command line write never starts without one
        except BaseException:
            store.close()
            raise
    return store


def run_demo(args: argparse.Namespace) -> int:
    from app.model.demo import build_demo

    with _new_workshop(args.out) as store:
        build_demo(store)
    print(f"wrote the demo workshop to {args.out}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    if (args.source is None) == (args.actions is None):
        raise UsageError("give either a NOTES.csv or WORKSHOP.json file, or --actions ACTIONS.csv")
    if args.actions is not None:
        from app.model.interchange.csv_actions import import_actions_csv

        with _workshop(args.file) as store:
            count = import_actions_csv(store, args.actions)
        print(f"read back {count} actions from {args.actions} into {args.file}")
        return 0
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
    if args.meeting is not None and args.pdf is None:
        raise UsageError("--meeting goes with --pdf OUT.pdf")
    with WorkshopStore.snapshot(args.file) as store:
        if args.actions is not None:
            from app.model.interchange.csv_actions import export_actions_csv

            count = export_actions_csv(store, args.actions)
            print(f"wrote {count} actions to {args.actions}")
        elif args.ics is not None:
            from app.model.interchange.ics import export_ics

            count = export_ics(store, args.ics)
            print(f"wrote {count} events to {args.ics}")
        elif args.meeting is not None:
            from app.export.meeting import write_meeting

            result = write_meeting(store, args.meeting, args.pdf)
            print(f"wrote meeting {args.meeting} ({result.pages} pages) to {result.path}")
        elif args.csv is not None:
            from app.model.interchange.csv_export import export_notes_csv

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
            paper = {"paper": "a3"} if args.a3 else {}
            result = write_report(store, args.pdf, **paper)
            print(f"wrote the report ({result.pages} pages) to {result.path}")
            for warning in result.warnings:
                print(f"warning: {warning}", file=sys.stderr)
    return 0


def run_check(args: argparse.Namespace) -> int:
    path: Path = args.file
    info = inspect_file(path, full=True, semantic=False)
    with reading(path) as conn:
        problems = semantic_problems(conn)
    if problems:
        for line in problems:
            print(f"{path}: {line}")
        raise DamagedFileError(
            path,
            "the file holds what Bruinpapier cannot show ({count} problems, listed above)",
            count=len(problems),
        )
    print(f"{path}: integrity ok (schema {info.revision})")
    with _read_only(path, info.revision) as db:
        for check in CHECKS:
            for line in check(db):
                print(line)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": run_demo,
    "import": run_import,
    "export": run_export,
    "check": run_check,
    "serve": run_serve,
    "templates": run_templates,
    "new": lambda args: run_new(args, _new_workshop),
    "save-template": lambda args: run_save_template(args, _workshop),
}


# -- entry point -------------------------------------------------------------


def _one_line(message: object) -> str:
    return " ".join(str(message).split())


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt  # unwinds the commands' `with` blocks: the workshop closes whole


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not (argv and argv[0] in VERBS and threading.current_thread() is threading.main_thread()):
        return _main(argv)
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        return _main(argv)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _main(argv: list[str]) -> int:
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
