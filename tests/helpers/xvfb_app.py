"""The real app on a real X server (Xvfb): start it, press keys with xdotool, take screenshots.

Used by the legibility test and by ``python -m tests.helpers.xvfb_app`` (the screenshots in
docs/screenshots/). Waits poll the screen until it stops changing, never a fixed sleep.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POLL_S = 0.25
SETTLE_S = 30.0


@contextlib.contextmanager
def xvfb(width: int, height: int) -> Iterator[str]:
    """A fresh X server of ``width`` x ``height``; yields its DISPLAY."""
    read, write = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


class RunningApp:
    """``bruinpapier ARGS`` on ``display``, with its own settings and log folders."""

    def __init__(self, display: str, args: list[str], home: Path) -> None:
        self.display = display
        env = dict(os.environ)
        env.pop("QT_QPA_PLATFORM", None)
        env.update(
            DISPLAY=display,
            PYTHONPATH=str(ROOT),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_STATE_HOME=str(home / "state"),
            XDG_CACHE_HOME=str(home / "cache"),
        )
        self.env = env
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app", *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.window = self._wait_for_window()

    def _xdotool(self, *args: str) -> str:
        result = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, check=False
        )
        return result.stdout.strip()

    def _wait_for_window(self) -> str:
        deadline = time.monotonic() + SETTLE_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                _out, err = self.process.communicate()
                raise RuntimeError(f"the app ended: {err.decode(errors='replace')}")
            for window in self._xdotool("search", "--name", ".").split():
                if " — " in self._xdotool("getwindowname", window):
                    return window  # the main window: its title names the workshop
            time.sleep(POLL_S)
        raise RuntimeError("no Bruinpapier window appeared")

    def screenshot(self, path: Path) -> bytes:
        subprocess.run(
            ["import", "-silent", "-window", "root", "-depth", "8", f"rgb:{path}"],
            env=self.env,
            check=True,
            capture_output=True,
        )
        return path.read_bytes()

    def settled(self, path: Path, unlike: bytes | None = None) -> bytes:
        """A screenshot once the screen is still (and, if given, differs from ``unlike``)."""
        deadline = time.monotonic() + SETTLE_S
        last = self.screenshot(path)
        while time.monotonic() < deadline:
            time.sleep(POLL_S)
            now = self.screenshot(path)
            if now == last and (unlike is None or now != unlike):
                return now
            last = now
        return last

    def changed(self, path: Path, unlike: bytes, within: float = 3.0) -> bytes | None:
        """The settled screen after it changed from ``unlike``; None if it did not change."""
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            if self.screenshot(path) != unlike:
                return self.settled(path)
            time.sleep(POLL_S)
        return None

    def geometry(self) -> tuple[int, int]:
        """The main window's width and height."""
        out = self._xdotool("getwindowgeometry", "--shell", self.window)
        values = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
        return int(values["WIDTH"]), int(values["HEIGHT"])

    def key(self, name: str) -> None:
        self._xdotool("windowfocus", "--sync", self.window)
        self._xdotool("key", "--clearmodifiers", name)

    def close(self) -> str:
        """Stop the app; what it wrote on stderr."""
        self.process.terminate()
        try:
            _out, err = self.process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _out, err = self.process.communicate()
        return err.decode(errors="replace")


def save_png(raw: Path, width: int, height: int, out: Path, scale: float = 1.0) -> None:
    """The raw RGB screenshot as PNG, optionally scaled (0.5: what the back row sees)."""
    subprocess.run(
        [
            "convert",
            "-size",
            f"{width}x{height}",
            "-depth",
            "8",
            f"rgb:{raw}",
            "-resize",
            f"{scale * 100:g}%",
            str(out),
        ],
        check=True,
        capture_output=True,
    )


def projection_pages(
    app: RunningApp, width: int, height: int, folder: Path, scale: float = 1.0, limit: int = 40
) -> list[Path]:
    """Press F5, then PageDown until the pages end; one PNG per page (the first: the overview)."""
    raw = folder / "screen.rgb"
    before = app.settled(raw)
    app.key("F5")
    shot = app.settled(raw, unlike=before)
    pages: list[Path] = []
    for index in range(limit):
        out = folder / f"page-{index:02d}.png"
        save_png(raw, width, height, out, scale)
        pages.append(out)
        app.key("Next")
        following = app.changed(raw, shot)
        if following is None:
            break  # PageDown changed nothing: that was the last page
        shot = following
    return pages


SIZES = ((1024, 768), (1280, 800), (1366, 768), (1920, 1080))


def screenshots(out: Path, work: Path) -> None:
    """The main window and a projection page at every screen size, into ``out``."""
    from app.__main__ import main

    out.mkdir(parents=True, exist_ok=True)
    for width, height in SIZES:
        home = work / f"{width}x{height}"
        (home / "config").mkdir(parents=True, exist_ok=True)
        path = home / "demo.bruinpapier"
        main(["demo", str(path)])
        with xvfb(width, height) as display:
            app = RunningApp(display, [str(path), "--round", "Ronde 3 – Nieuwe"], home)
            raw = home / "screen.rgb"
            try:
                before = app.settled(raw)
                save_png(raw, width, height, out / f"screen-{width}x{height}-window.png")
                app.key("F5")
                shot = app.settled(raw, unlike=before)
                for _ in range(3):
                    app.key("Next")
                    shot = app.changed(raw, shot) or shot
                save_png(raw, width, height, out / f"screen-{width}x{height}-projection.png")
            finally:
                app.close()


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as work:
        screenshots(ROOT / "docs" / "screenshots", Path(work))
