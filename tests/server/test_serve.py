"""``bruinpapier serve`` as a user runs it: a process printing join URLs that stops cleanly."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import select

from app.model.entities import Note
from app.model.store import WorkshopStore
from tests.helpers.server import Room

ROOT = Path(__file__).resolve().parents[2]


def start(path: Path, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "app", "serve", str(path), "--host", "127.0.0.1", *args]
    return subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def post(url: str, body: dict) -> dict:
    request = urllib.request.Request(
        url, json.dumps(body).encode(), {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_serve_prints_one_line_per_subgroup_takes_commands_and_stops_cleanly(
    room: Room, stop
) -> None:
    process = start(room.path, "--port", "0", "--round", "Sessie 1 / Bedoeling")
    try:
        lines = [process.stdout.readline().rstrip("\n") for _ in range(2)]
        names = [line.split("\t")[0] for line in lines]
        urls = [line.split("\t")[1] for line in lines]
        assert names == ["Leerlingen", "Ouders"]
        assert urls[1].endswith(f"/{room.right}")
        base, _, _sub = urls[1].rpartition("/")
        device = post(f"{base}/api/join", {"subgroup": room.right})["device"]
        note = post(f"{base}/api/note", {"device": device, "key": "k", "text": "via serve"})
        assert "serving" in process.stderr.readline()
        process.stdin.write("vote 2\n")  # the facilitator opens a vote at the prompt
        process.stdin.flush()
        assert process.stderr.readline().startswith("vote open: 2 dots")
        dots = post(f"{base}/api/dot", {"device": device, "id": note["id"], "delta": 1})
        assert dots["dots"]["left"] == 1
        port = int(urls[1].split(":")[2].split("/")[0])
    finally:
        process.send_signal(stop)
        _out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert "Traceback" not in err
    with socket.socket() as probe:  # free again: a new server (with SO_REUSEADDR) may listen
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))
        probe.listen()
    with WorkshopStore.open(room.path, backup=False) as store, store.read() as db:
        (stored,) = db.scalars(select(Note))
        assert (stored.text, stored.subgroup_id, stored.votes) == ("via serve", room.right, 1)


def test_serve_names_the_problem_with_a_round_or_a_busy_port(room: Room) -> None:
    bad = start(room.path, "--round", "Bestaat niet", "--port", "0")
    _out, err = bad.communicate(timeout=20)
    assert bad.returncode == 1
    assert "“Bestaat niet” is no round" in err and "Sessie 1 / Bedoeling" in err
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = start(room.path, "--port", str(taken.getsockname()[1]))
        _out, err = busy.communicate(timeout=20)
    assert busy.returncode == 1
    assert err.count("\n") == 1 and "Traceback" not in err
