"""The HTTP side of the participant server (aiohttp): the page, its JSON actions, live hints.

Every URL starts with ``/p/TOKEN/``; anything else, and any wrong token, gets
the same bare 404. Only the bundled page files are served (from memory, by a
fixed name: no path from a request ever reaches the file system), and only
participant actions exist.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import re
import weakref
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from aiohttp import WSCloseCode, web

from app.server.run import Refused, Run

ASSETS = Path(__file__).resolve().parents[2] / "resources" / "participant"
PAGE_FILES = {
    "index.html": "text/html; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "app.css": "text/css; charset=utf-8",
}
HOST = re.compile(r"^[A-Za-z0-9.\-:\[\]]{1,80}$")
RUN_KEY: web.AppKey[Run] = web.AppKey("run", Run)
SOCKETS_KEY: web.AppKey[dict[str, weakref.WeakSet[web.WebSocketResponse]]] = web.AppKey(
    "sockets", dict
)
FILES_KEY: web.AppKey[dict[str, bytes]] = web.AppKey("files", dict)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def load_page() -> dict[str, bytes]:
    """The page's files, read once; the total stays under 100 KB."""
    return {name: (ASSETS / name).read_bytes() for name in PAGE_FILES}


def csp(request: web.Request) -> str:
    host = request.host if HOST.match(request.host or "") else ""
    socket = f" ws://{host}" if host else ""
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"connect-src 'self'{socket}; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    )


async def _headers(request: web.Request, response: web.StreamResponse) -> None:
    response.headers["Content-Security-Policy"] = csp(request)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"  # the token is in the URL
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Cache-Control"] = "no-store"
    response.headers["Server"] = "bruinpapier"


def _guarded(handler: Handler) -> Handler:
    """Answer a wrong token exactly like an unknown path."""

    async def guarded(request: web.Request) -> web.StreamResponse:
        run = request.app[RUN_KEY]
        if not hmac.compare_digest(request.match_info["token"].encode(), run.token.encode()):
            raise web.HTTPNotFound()
        return await handler(request)

    return guarded


async def page(request: web.Request) -> web.StreamResponse:
    body = request.app[FILES_KEY]["index.html"]
    return web.Response(body=body, content_type="text/html", charset="utf-8")


async def asset(request: web.Request) -> web.StreamResponse:
    name = request.match_info["name"]
    if name == "index.html" or name not in PAGE_FILES:
        raise web.HTTPNotFound()
    kind, _, _ = PAGE_FILES[name].partition(";")
    return web.Response(body=request.app[FILES_KEY][name], content_type=kind, charset="utf-8")


def _answer(data: dict[str, Any], status: int = 200) -> web.Response:
    return web.json_response(data, status=status)


async def _body(request: web.Request) -> dict[str, Any]:
    if request.content_type != "application/json":
        raise Refused("bad", 415)
    try:
        data = json.loads(await request.read())
    except (ValueError, UnicodeDecodeError):
        raise Refused("bad", 400) from None
    if not isinstance(data, dict):
        raise Refused("bad", 400)
    return data


async def action(request: web.Request) -> web.StreamResponse:
    run = request.app[RUN_KEY]
    name = request.match_info["action"]
    try:
        data = await _body(request)
        if name == "join":
            device = await run.join(data.get("device"), data.get("subgroup"))
            return _answer({"device": device.id, "state": await run.state(device)})
        device = run.device(data.get("device"))
        if name == "note":
            note_id = await run.submit(device, data.get("key"), data.get("text"))
            return _answer({"id": note_id, "state": await run.state(device)})
        if name == "edit":
            await run.edit(device, data.get("id"), data.get("text"))
        elif name == "withdraw":
            await run.withdraw(device, data.get("id"))
        elif name == "dot":  # a burst of dots: answer with the giver's dots, not the board
            await run.dot(device, data.get("id"), data.get("delta"))
            return _answer({"dots": run.dots_of(device)})
        elif name == "profile":
            await run.profile(device, data.get("name", ""), data.get("group"))
            if data.get("subgroup") is not None:
                await run.choose(device, data.get("subgroup"))
        else:
            raise web.HTTPNotFound()
        return _answer({"state": await run.state(device)})
    except Refused as refused:
        return _answer({"error": refused.code}, refused.status)


async def state(request: web.Request) -> web.StreamResponse:
    run = request.app[RUN_KEY]
    try:
        device = run.device(request.query.get("d"))
        return _answer({"state": await run.state(device)})
    except Refused as refused:
        return _answer({"error": refused.code}, refused.status)


async def socket(request: web.Request) -> web.StreamResponse:
    """Live hints: the server says "changed", the page fetches its state. Nothing is read."""
    run = request.app[RUN_KEY]
    device = run.devices.get(request.query.get("d", ""))
    if device is None:
        raise web.HTTPNotFound()
    ws = web.WebSocketResponse(heartbeat=20.0, max_msg_size=1024)
    await ws.prepare(request)
    sockets = request.app[SOCKETS_KEY].setdefault(device.id, weakref.WeakSet())
    sockets.add(ws)
    try:
        async for _message in ws:
            pass  # the page sends nothing; anything it does send is ignored
    finally:
        sockets.discard(ws)
    return ws


HINT = '{"type":"changed"}'
_SENDING: set[asyncio.Task[None]] = set()


def broadcast(app: web.Application, devices: set[str] | None) -> None:
    """Send the hint to these devices' sockets (None: all) without waiting for any."""
    sockets = app[SOCKETS_KEY]
    groups = list(sockets.values()) if devices is None else [sockets.get(d, ()) for d in devices]
    for group in groups:
        for ws in list(group):
            if not ws.closed:
                task = asyncio.ensure_future(ws.send_str(HINT))
                _SENDING.add(task)
                task.add_done_callback(_sent)


def _sent(task: asyncio.Task[None]) -> None:
    _SENDING.discard(task)
    if not task.cancelled():
        task.exception()  # a phone that went away; its socket closes on its own


async def close_sockets(app: web.Application) -> None:
    for group in list(app[SOCKETS_KEY].values()):
        for ws in list(group):
            await ws.close(code=WSCloseCode.GOING_AWAY, message=b"server stopped")


def make_app(run: Run, files: dict[str, bytes] | None = None) -> web.Application:
    app = web.Application(client_max_size=run.limits.request_bytes)
    app[RUN_KEY] = run
    app[FILES_KEY] = files if files is not None else load_page()
    app[SOCKETS_KEY] = {}
    app.on_response_prepare.append(_headers)
    app.on_shutdown.append(close_sockets)
    run.on_hint = lambda devices: broadcast(app, devices)
    prefix = "/p/{token}"
    app.router.add_get(prefix + "/", _guarded(page))
    app.router.add_get(prefix + r"/{sub:\d{1,9}}", _guarded(page))
    app.router.add_get(prefix + "/s/{name}", _guarded(asset))
    app.router.add_get(prefix + "/api/state", _guarded(state))
    app.router.add_post(prefix + "/api/{action}", _guarded(action))
    app.router.add_get(prefix + "/ws", _guarded(socket))
    return app
