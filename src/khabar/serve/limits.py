"""ASGI middleware for the request limits: body size (413) and per-client rate (429).

Both answer with the same JSON shape as FastAPI's own errors (``{"detail": ...}``), so a
client reads one kind of error whatever refused the request.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque

from starlette.types import ASGIApp, Message, Receive, Scope, Send


async def _refuse(send: Send, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
    body = json.dumps({"detail": detail}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """Refuse request bodies over ``max_bytes``: by the declared Content-Length before
    reading, or, for a body streamed without one, by reading it (never more than the limit)
    before the app sees it."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def detail(self) -> str:
        return (f"request body is too large; the limit is {self.max_bytes:,} bytes "
                "(khabar serve --max-body-bytes)")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None:
            if not declared.isdigit() or int(declared) > self.max_bytes:
                await _refuse(send, 413, self.detail())
                return
            await self.app(scope, receive, send)
            return
        if b"chunked" not in headers.get(b"transfer-encoding", b""):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunks.append(message.get("body", b""))
            seen += len(chunks[-1])
            if seen > self.max_bytes:
                await _refuse(send, 413, self.detail())
                return
            if not message.get("more_body"):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}

        await self.app(scope, replay, send)


class RateLimit:
    """At most ``limit`` API requests per client address in any ``window`` seconds
    (a sliding window); other paths (the UI's files) are not counted."""

    def __init__(self, app: ASGIApp, limit: int, window: float, prefix: str = "/api/") -> None:
        self.app = app
        self.limit = limit
        self.window = window
        self.prefix = prefix
        self.seen: dict[str, deque[float]] = {}
        self.lock = threading.Lock()

    def allow(self, client: str, now: float) -> float:
        """0 if the request may go ahead, else the seconds until it may."""
        with self.lock:
            times = self.seen.setdefault(client, deque())
            while times and times[0] <= now - self.window:
                times.popleft()
            if len(times) >= self.limit:
                return times[0] + self.window - now
            times.append(now)
            if len(self.seen) > 10_000:  # forget idle clients so the table stays small
                for key in [k for k, v in self.seen.items() if not v]:
                    del self.seen[key]
            return 0.0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.limit or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        client = (scope.get("client") or ("unknown", 0))[0]
        wait = self.allow(client, time.monotonic())
        if wait:
            retry = max(1, int(wait + 0.999))
            await _refuse(send, 429, f"too many requests: the limit is {self.limit} per "
                          f"{self.window:g} s per client (khabar serve --rate-limit); retry "
                          f"in {retry} s", {"retry-after": str(retry)})
            return
        await self.app(scope, receive, send)
