"""The demo's trajectory around its two sessions: three supportgroep meetings and the follow-up.

Read from ``resources/demo/meetings.json`` and ``followup.csv``: the meetings
of steps 1, 4 and 6 in the method's order, and each worked-out activity's
owner, due date, status and progress notes — all things the window can make.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.model.entities import TABLES
from app.model.interchange.csv_actions import read_actions_csv
from app.model.ops.edits import Edit
from app.model.ops.primitives import Op, Tx
from app.model.ops.setup import Steps
from app.model.templates import VERNIEUWEND_WERKEN
from app.model.trajectory_kinds import SessionKind

DEMO_DATA = Path(__file__).resolve().parents[2] / "resources" / "demo"


def _meetings() -> dict[str, Any]:
    return json.loads((DEMO_DATA / "meetings.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class DemoTrajectory(Op):
    """Meetings before, between and after the two sessions, and the actions followed up."""

    def apply(self, tx: Tx) -> Op:
        steps = Steps(tx)
        self._sessions(steps)
        self._follow_up(steps)
        workshop = TABLES["workshop"]
        values = {
            "template": VERNIEUWEND_WERKEN.id,
            "report_sections": ",".join(VERNIEUWEND_WERKEN.report_sections),
        }
        ids = tx.conn.scalars(select(workshop.c.id)).all()
        steps.undo.append(Edit("workshop", dict.fromkeys(ids, values)).apply(tx))
        return steps.inverse()

    def _sessions(self, steps: Steps) -> None:
        tx = steps.tx
        session = TABLES["session"]
        boards = tx.conn.scalars(select(session.c.id).order_by(session.c.position)).all()
        data = _meetings()
        groups = {
            r.name: r.id
            for r in tx.conn.execute(
                select(TABLES["stakeholder_group"].c.id, TABLES["stakeholder_group"].c.name)
            )
        }
        made = []
        for meeting in data["meetings"]:
            made.append(self._meeting(steps, meeting, data["attendees"], groups))
        order = [made[0], boards[0], made[1], boards[1], made[2]]
        positions = {session_id: {"position": i} for i, session_id in enumerate(order)}
        steps.undo.append(Edit("session", positions).apply(tx))

    @staticmethod
    def _meeting(
        steps: Steps, meeting: dict[str, Any], people: list[list[str]], groups: dict[str, int]
    ) -> int:
        session_id = steps.add(
            "session",
            title=meeting["title"],
            date=dt.date.fromisoformat(meeting["date"]),
            kind=SessionKind.SUPPORTGROEP,
        )
        for i, (name, role, group) in enumerate(people):
            steps.add(
                "attendee",
                session_id=session_id,
                name=name,
                role=role,
                group_id=groups.get(group),
                present=name not in meeting["absent"],
                position=i,
            )
        for i, (title, minutes) in enumerate(meeting["agenda"]):
            steps.add(
                "agenda_item", session_id=session_id, title=title, minutes=minutes, position=i
            )
        for i, (subject, recognised, changes) in enumerate(meeting.get("validations", [])):
            steps.add(
                "validation",
                session_id=session_id,
                subject=subject,
                recognised=recognised,
                changes=changes,
                position=i,
            )
        for i, (text, owner, due, done) in enumerate(meeting["decisions"]):
            steps.add(
                "decision",
                session_id=session_id,
                text=text,
                owner=owner,
                due=dt.date.fromisoformat(due),
                done=done,
                position=i,
            )
        return session_id

    @staticmethod
    def _follow_up(steps: Steps) -> None:
        action = TABLES["action"]
        ids = {
            r.activity: r.id for r in steps.tx.conn.execute(select(action.c.id, action.c.activity))
        }
        values: dict[int, dict[str, Any]] = {}
        for record in read_actions_csv(DEMO_DATA / "followup.csv"):
            action_id = ids[record.activity]
            values[action_id] = {"who": record.owner, "due": record.due, "status": record.status}
            for day, text in record.progress:
                steps.add("progress_note", action_id=action_id, date=day, text=text)
        steps.undo.append(Edit("action", values).apply(steps.tx))
