"""The command line's trajectory verbs: list templates, start from one, save one; session lines.

Kept beside ``app.__main__`` so the entry point stays a dispatcher.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy.orm import Session as DbSession

from app.model.errors import FileError, WorkshopError
from app.model.templates import all_templates, find_template
from app.model.trajectory.read import meetings, sessions

EPILOG = """\
  templates      list the method templates: id, a tab, the name
  new FILE --template ID [--school NAME] [--topic TEXT ...] [--date YYYY-MM-DD]
                 make a new workshop from a template (a focusgroep takes its
                 topics from --topic, one round each)
  save-template FILE NAME
                 save the workshop's sessions and rounds as your own template"""


def _date(word: str) -> dt.date:
    try:
        return dt.date.fromisoformat(word)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{word!r} is not a date (2026-09-01)") from None


def add_parsers(verbs: argparse._SubParsersAction, prog: str) -> None:
    verbs.add_parser("templates", prog=f"{prog} templates", help="list the method templates")
    new = verbs.add_parser("new", prog=f"{prog} new", help="a new workshop from a template")
    new.add_argument("file", type=Path, metavar="FILE.bruinpapier", help="must not exist yet")
    new.add_argument("--template", required=True, metavar="ID", help="see: templates")
    new.add_argument("--school", default="", metavar="NAME")
    new.add_argument("--topic", action="append", metavar="TEXT", help="repeat for each topic")
    new.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="the first session's date")
    save = verbs.add_parser(
        "save-template", prog=f"{prog} save-template", help="save the workshop's shape"
    )
    save.add_argument("file", type=Path, metavar="FILE.bruinpapier")
    save.add_argument("name", metavar="NAME")


def run_templates(args: argparse.Namespace) -> int:
    for template in all_templates():
        print(f"{template.id}\t{template.name}")
    return 0


def run_new(args: argparse.Namespace, new_workshop) -> int:  # noqa: ANN001 - a context factory
    from app.model.trajectory.shape import setup_from_template

    template = find_template(args.template)
    if template is None:
        known = ", ".join(t.id for t in all_templates())
        raise WorkshopError(
            "unknown template {id!r} (known: {known})", id=args.template, known=known
        )
    if args.file.exists():
        raise FileError(args.file, "a file with this name already exists; choose a new name")
    with new_workshop(args.file) as store:
        store.apply(setup_from_template(template, args.school, args.topic, args.date))
    print(f"wrote a new {template.name} workshop to {args.file}")
    return 0


def run_save_template(args: argparse.Namespace, open_workshop) -> int:  # noqa: ANN001
    from app.model.trajectory.shape import save_template

    with open_workshop(args.file) as store, store.read() as db:
        template = save_template(db.connection(), args.name)
    print(f"saved the template {template.id} to {template.source}")
    return 0


def session_lines(db: DbSession) -> Iterable[str]:
    """The sessions in order with their kind, and what each meeting holds."""
    conn = db.connection()
    held = {m.session.id: m for m in meetings(conn)}
    for number, s in enumerate(sessions(conn), start=1):
        date = f", {s.date.isoformat()}" if s.date else ""
        line = f"session {number}: {s.title} [{s.kind.value}{date}], {s.rounds} rounds"
        meeting = held.get(s.id)
        if meeting is not None:
            line += (
                f", {len(meeting.agenda)} agenda items, {len(meeting.attendees)} attendees, "
                f"{len(meeting.decisions)} decisions"
            )
        yield line
