"""The JSON API: analyse an article, and query the store behind the server.

Every list endpoint takes the store's filters (``actor``, ``country``, ``date_from``,
``date_to``, ``outlet``, ``limit``, ``offset``; ``type`` for events) and answers
``{"items": [...]}``; article text is returned as JSON strings, never as markup.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query, Request, Response
from pydantic import BaseModel, Field

from khabar.corpus.store import Store
from khabar.errors import InputError
from khabar.model import Document
from khabar.serve import queries

DATE = r"^\d{4}-\d{2}-\d{2}$"
MAX_LIMIT = 1000

router = APIRouter(prefix="/api")


@contextmanager
def store_of(request: Request) -> Iterator[Store]:
    """The app's store, one request at a time (one SQLite connection serves them all)."""
    with request.app.state.store_lock:
        yield request.app.state.store


class Filters(BaseModel):
    """The store's filters, as query parameters."""

    actor: str | None = Field(None, description="actor id or part of an English name")
    country: str | None = Field(None, description="ISO alpha-3 / CAMEO code, e.g. RUS")
    date_from: str | None = Field(None, pattern=DATE, description="first day, YYYY-MM-DD")
    date_to: str | None = Field(None, pattern=DATE, description="last day, YYYY-MM-DD")
    outlet: str | None = Field(None, description="outlet name or part of it")
    limit: int = Field(100, ge=1, le=MAX_LIMIT)
    offset: int = Field(0, ge=0)

    def kwargs(self, *, paged: bool = True) -> dict:
        out = self.model_dump(exclude_none=True)
        if not paged:
            out.update(limit=-1, offset=0)
        return out


class EventFilters(Filters):
    type: str | None = Field(None, description="PLOVER event type, e.g. CONSULT")


FilterQuery = Annotated[Filters, Query()]
EventQuery = Annotated[EventFilters, Query()]


class AnalyzeRequest(BaseModel):
    """An article to analyse; only ``text`` is required."""

    text: str = Field(description="the article's Arabic text")
    id: str | None = Field(None, max_length=200)
    date: str | None = Field(None, pattern=DATE, description="publication date, YYYY-MM-DD")
    outlet: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=2000)
    store: bool = Field(False, description="also add the record to the store")


def _json(data) -> Response:
    return Response(json.dumps(data, ensure_ascii=False), media_type="application/json")


def _record(doc: Document, tokens: bool, headers: dict[str, str] | None = None) -> Response:
    return Response(doc.to_json(tokens=tokens), media_type="application/json", headers=headers)


@router.post("/analyze", responses={200: {"model": Document}, 413: {}, 422: {}},
             summary="Analyse an article and return its record")
def analyze_article(body: AnalyzeRequest, request: Request, store: bool = False,
                    tokens: bool = False) -> Response:
    """Runs the whole pipeline on the posted text; with ``store=true`` (query or body) the
    record is added to the store too (header ``X-Khabar-Stored``: added, updated or
    unchanged)."""
    from khabar.pipeline import analyze

    settings = request.app.state.settings
    if len(body.text) > settings.max_article_chars:
        raise HTTPException(413, f"article is too large ({len(body.text):,} characters; the "
                                 f"limit is {settings.max_article_chars:,}, khabar serve "
                                 "--max-article-chars)")
    try:
        doc = analyze(body.text, id=body.id, date=body.date, outlet=body.outlet, url=body.url,
                      title=body.title, source="posted article",
                      max_chars=settings.max_article_chars)
    except InputError as exc:
        raise HTTPException(422, str(exc)) from exc
    headers = {}
    if store or body.store:
        with store_of(request) as st:
            headers["X-Khabar-Stored"] = st.add(doc, source="api")
    return _record(doc, tokens, headers)


@router.get("/summary", summary="Counts for the whole store")
def summary(request: Request) -> dict:
    with store_of(request) as st:
        return st.summary()


@router.get("/documents", summary="Articles in the store")
def documents(request: Request, filters: FilterQuery) -> dict:
    with store_of(request) as st:
        return {"items": st.documents(**filters.kwargs())}


@router.get("/documents/{doc_id}", responses={200: {"model": Document}, 404: {}},
            summary="One article's full record")
def document(doc_id: str, request: Request, tokens: bool = False) -> Response:
    with store_of(request) as st:
        doc = st.get_document(doc_id, tokens=tokens)
    if doc is None:
        raise HTTPException(404, f"document {doc_id!r} is not in the store")
    return _record(doc, tokens)


@router.get("/actors", summary="Actors, most reported first")
def actors(request: Request, filters: FilterQuery) -> dict:
    with store_of(request) as st:
        return {"items": st.actors(**filters.kwargs())}


@router.get("/statements", summary="Statements: who said what to whom")
def statements(request: Request, filters: FilterQuery) -> dict:
    with store_of(request) as st:
        return {"items": st.statements(**filters.kwargs())}


@router.get("/events", summary="Events (PLOVER columns) with counts by quad class")
def events(request: Request, filters: EventQuery, all_reports: bool = False) -> dict:
    """``items`` is one page; ``quad_counts`` and ``type_counts`` count every matching event
    (quad classes 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    4 material conflict)."""
    with store_of(request) as st:
        page = st.events(unique=not all_reports, **filters.kwargs())
        every = st.events(unique=not all_reports, **filters.kwargs(paged=False))
    return {"items": page, "total": len(every), "quad_counts": queries.quad_counts(every),
            "type_counts": queries.type_counts(every), "quad_labels": queries.QUAD_LABELS}


@router.get("/network", summary="Who acts on whom, with counts by cooperation and conflict")
def network(request: Request, filters: EventQuery) -> dict:
    with store_of(request) as st:
        rows = st.events(**filters.kwargs(paged=False))
        known = st.actors(limit=-1)
    return queries.network(rows, known)


@router.get("/timeline", summary="Events and statements by day")
def timeline(request: Request, filters: EventQuery) -> dict:
    """``days`` counts everything that matches; ``events`` and ``statements`` are one page."""
    with store_of(request) as st:
        every_event = st.events(**filters.kwargs(paged=False))
        plain = Filters(**filters.model_dump(exclude={"type"}))
        every_statement = st.statements(**plain.kwargs(paged=False))
    return {"days": queries.timeline(every_event, every_statement),
            "events": every_event[filters.offset: filters.offset + filters.limit],
            "statements": every_statement[filters.offset: filters.offset + filters.limit]}


@router.get("/stories", summary="Stories told by two or more accounts")
def stories(request: Request, filters: FilterQuery) -> dict:
    with store_of(request) as st:
        return {"items": st.stories(**filters.kwargs())}


@router.get("/stories/{story_id}", responses={404: {}},
            summary="The accounts of one story side by side")
def story(story_id: int, request: Request) -> Response:
    with store_of(request) as st:
        found = st.story(story_id)
    if found is None:
        raise HTTPException(404, f"story {story_id} is not in the store")
    return _json(found)


@router.get("/search", summary="Full-text search over normalised Arabic")
def search(request: Request, filters: FilterQuery,
           q: Annotated[str, Query(min_length=1, max_length=500)]) -> dict:
    with store_of(request) as st:
        return {"items": st.search(q, **filters.kwargs())}


@router.get("/export", summary="A table of the store as JSON Lines or CSV")
def export(request: Request, filters: EventQuery,
           format: Literal["jsonl", "csv"] = "jsonl",
           table: Literal["events", "statements", "actors", "documents"] = "events") -> Response:
    """Every matching row (``limit``/``offset`` are ignored); columns as ``khabar export``."""
    from khabar.corpus.export import COLUMNS, rows

    wanted = filters.kwargs(paged=False)
    if table != "events":
        wanted.pop("type", None)
    with store_of(request) as st:
        data = rows(st, table, **wanted)
    out = io.StringIO()
    if format == "jsonl":
        for row in data:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        media = "application/x-ndjson"
    else:
        writer = csv.DictWriter(out, fieldnames=COLUMNS[table])
        writer.writeheader()
        for row in data:
            writer.writerow({k: "; ".join(v) if isinstance(v, list) else v for k, v in row.items()})
        media = "text/csv; charset=utf-8"
    return Response(out.getvalue(), media_type=media, headers={
        "Content-Disposition": f'attachment; filename="khabar-{table}.{format}"'})
