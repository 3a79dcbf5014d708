"""The FastAPI application: the JSON API under ``/api``, the UI at ``/``, the OpenAPI
description at ``/openapi.json``.

FastAPI's ``/docs`` pages load Swagger UI from a CDN, so they are turned off: the server
must work with no internet. The UI's "API" view lists the endpoints from ``/openapi.json``.
"""

from __future__ import annotations

import json
import threading
from contextlib import asynccontextmanager
from importlib.metadata import PackageNotFoundError, version
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from khabar.corpus.store import Store
from khabar.serve.api import router
from khabar.serve.limits import BodyLimit, RateLimit
from khabar.serve.settings import Settings

STATIC = Path(str(files("khabar") / "static"))


def _version() -> str:
    try:
        return version("khabar")
    except PackageNotFoundError:
        return "0"

# Scripts and styles only from this server: article text can never bring its own.
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; style-src 'self'; "
     b"img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
     b"frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers") or []) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(store_path: str | Path, settings: Settings | None = None) -> FastAPI:
    """The server over the store at ``store_path`` (created if it does not exist)."""
    settings = settings or Settings()
    store = Store(store_path)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        store.close()

    app = FastAPI(title="khabar", version=_version(), lifespan=lifespan, docs_url=None,
                  redoc_url=None, description="Arabic news as political event data: actors, "
                  "statements with their chain of attribution, PLOVER/CAMEO events.")
    app.state.store = store
    app.state.store_lock = threading.Lock()
    app.state.settings = settings
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        # FastAPI's own handler echoes the bad input and fails (a 500) on one it cannot
        # encode, such as a lone surrogate escaped in JSON; ASCII escapes always encode.
        body = json.dumps({"detail": jsonable_encoder(exc.errors())}, ensure_ascii=True)
        return Response(body, status_code=422, media_type="application/json")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    # Outermost first: headers on every answer, then the rate, then the body size.
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(RateLimit, limit=settings.rate_limit, window=settings.rate_window)
    app.add_middleware(SecurityHeaders)
    return app
