"""Every dated activity of the trajectory as a calendar (iCalendar), one all-day event each."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar, Event

from app.model.interchange.files import write_atomically
from app.model.store import WorkshopStore
from app.model.trajectory.read import DatedActivity, dated_activities


def calendar(activities: tuple[DatedActivity, ...], name: str, stamp: dt.datetime) -> Calendar:
    cal = Calendar()
    cal.add("prodid", "-//Bruinpapier//trajectory//NL")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name or "Bruinpapier")
    for activity in activities:
        event = Event()
        event.add("uid", f"{activity.uid}@bruinpapier")
        event.add("dtstamp", stamp)
        event.add("dtstart", activity.day)
        event.add("dtend", activity.day + dt.timedelta(days=1))
        event.add("summary", activity.summary)
        if activity.description:
            event.add("description", activity.description)
        cal.add_component(event)
    return cal


def export_ics(store: WorkshopStore, path: Path | str) -> int:
    """Write the calendar; returns the number of events."""
    with store.read() as db:
        conn = db.connection()
        activities = dated_activities(conn)
        name = conn.exec_driver_sql("SELECT name FROM workshop ORDER BY id").scalar() or ""
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    text = calendar(activities, name, stamp).to_ical().decode("utf-8")
    write_atomically(Path(path), text)
    return len(activities)
