"""The JSON API: code a text, list events, count them, read a stored document.

Events come back in the JSONL event schema of ``tidings code --format jsonl``
(:meth:`tidings.model.Event.as_json`); filters are those of ``tidings events``
(see :mod:`tidings.serve.filters`). Errors are ``{"error": "message"}`` with a fitting status.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any

from fastapi import APIRouter, Depends, Header, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator

from tidings.model import CodedDocument
from tidings.serve.app import Server, ServeError
from tidings.serve.coding import CoderBusy, CodingRefused
from tidings.serve.filters import BadQuery, filter_from_query, query_lists
from tidings.store import GROUPS, PERIODS

router = APIRouter(prefix="/api", tags=["api"])

DOC_ID = r"^[0-9a-f]{8,64}$"


# -- models (for validation and the OpenAPI description) ---------------------------------------

class ErrorOut(BaseModel):
    error: str = Field(description="What went wrong and, where it helps, what to do")


class CodeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article: plain text, English")
    date: str | None = Field(None, description="Publication date, YYYY-MM-DD; relative dates "
                                               "in the text resolve against it",
                             examples=["2022-01-10"])
    statements: bool = Field(True, description="Include 'X said ...' statement events (010)")
    min_confidence: float = Field(0.0, ge=0.0, le=1.0, description="Leave out events below this")

    @field_validator("date")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        try:
            date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"must be a date like 2022-01-10, not {value!r}") from None
        if len(value) != 10:
            raise ValueError(f"must be a date like 2022-01-10, not {value!r}")
        return value


class ActorOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    text: str
    code: str = Field(description='CAMEO actor code, e.g. "KAZGOV"')
    country: str | None = Field(description="ISO-3 country, null for non-state actors")
    sectors: list[str]
    how: str | None = Field(None, description="How the code was resolved: lexicon, title, "
                                              "coreference, pronoun, context, user ...")
    detail: str | None = Field(None, description="Why, for people")


class EventOut(BaseModel):
    """One event, as one line of ``tidings code --format jsonl`` (more keys may follow)."""

    model_config = ConfigDict(extra="allow")
    id: str
    doc: str = Field(description="Document id")
    sentence: str
    sentence_index: int
    trigger: str
    cameo: str = Field(examples=["173"])
    name: str
    root: str = Field(examples=["17"])
    quad_class: int = Field(ge=1, le=4)
    goldstein: float
    plover: str | None
    date: str | None
    confidence: float
    source: ActorOut | None
    target: ActorOut | None


class CodeOut(BaseModel):
    events: list[EventOut]
    document: dict[str, Any] = Field(description="id, title, published date and coder version")


class EventsOut(BaseModel):
    events: list[EventOut]
    total: int = Field(description="Events matching the filters, on every page")
    limit: int
    offset: int


class StatsOut(BaseModel):
    by: str
    per: str
    rows: list[dict[str, Any]] = Field(description="period (first day), the group columns, "
                                                   "events, goldstein (mean)")


class DocumentOut(BaseModel):
    document: dict[str, Any]
    sentences: list[dict[str, Any]]
    actors: list[dict[str, Any]]
    events: list[EventOut]
    places: list[dict[str, Any]]


ERRORS: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorOut, "description": "Invalid input"},
    503: {"model": ErrorOut, "description": "The store is missing, busy or damaged"},
}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorOut, "description": "The server wants a token: Authorization: Bearer"},
    413: {"model": ErrorOut, "description": "Request too large"},
    422: {"model": ErrorOut, "description": "Invalid input, or a text that cannot be coded"},
    503: {"model": ErrorOut, "description": "The coder is busy with another article"},
}

StatsBy = Enum("StatsBy", {k: k for k in GROUPS}, type=str)  # type: ignore[misc]
StatsPer = Enum("StatsPer", {k: k for k in PERIODS}, type=str)  # type: ignore[misc]


def server(request: Request) -> Server:
    return request.app.state.server


def require_token(request: Request,
                  authorization: str | None = Header(None, description="Bearer <token>, when "
                                                     "the server was started with one")) -> None:
    gate = server(request).gate
    if not gate.allows(authorization):
        raise ServeError(401, "this server needs a token for coding: send the header "
                              "'Authorization: Bearer <token>' (see tidings serve --token)",
                         {"WWW-Authenticate": "Bearer"})


class FilterParams:
    """The ``tidings events`` filters as query parameters (declared here for the OpenAPI
    description; :func:`filter_from_query` reads them, repeats and comma lists alike)."""

    def __init__(
        self,
        since: str | None = Query(None, description="Events on or after, YYYY-MM-DD"),
        until: str | None = Query(None, description="Events on or before, YYYY-MM-DD"),
        actor: list[str] = Query([], description="Source or target actor code or prefix (KAZ)"),
        source: list[str] = Query([], description="Source actor code or prefix"),
        target: list[str] = Query([], description="Target actor code or prefix"),
        country: list[str] = Query([], description="ISO-3 of the source, target or place"),
        sector: list[str] = Query([], description="Sector of the source or target (MIL, COP)"),
        cameo: list[str] = Query([], description="CAMEO code or prefix (173, 17)"),
        root: list[str] = Query([], description="CAMEO root, 1-20"),
        quad: list[str] = Query([], description="Quad class 1-4 (1 verbal cooperation ... "
                                                "4 material conflict)"),
        plover_type: list[str] = Query([], description="PLOVER event type (PROTEST)"),
        text: str | None = Query(None, description="Words in the sentence, any case"),
        min_confidence: float | None = Query(None, ge=0, le=1, description="Lowest confidence"),
        statements: bool = Query(True, description="Include 'X said ...' statement events"),
    ) -> None:
        pass


def _filter(request: Request, *other: str):
    try:
        return filter_from_query(query_lists(request.query_params.multi_items()), other)
    except BadQuery as exc:
        raise ServeError(422, str(exc)) from None


# -- routes -----------------------------------------------------------------------------------

@router.post("/code", response_model=CodeOut, responses=WRITE_ERRORS,
             dependencies=[Depends(require_token)], summary="Code one article")
def code(body: CodeIn, request: Request) -> JSONResponse:
    """Code the text and return its events in the JSONL event schema. Nothing is stored."""
    srv = server(request)
    if len(body.text) > srv.limits.max_text_chars:
        raise ServeError(413, f"text too long: {len(body.text):,} characters (the limit is "
                              f"{srv.limits.max_text_chars:,})")
    published = date.fromisoformat(body.date) if body.date else None
    try:
        coded = srv.coder.code_text(body.text, published, origin="api")
    except CodingRefused as exc:
        raise ServeError(422, str(exc)) from None
    except CoderBusy as exc:
        raise ServeError(503, str(exc), {"Retry-After": "60"}) from None
    events = [e.as_json() for e in coded.events
              if (body.statements or not e.statement) and e.confidence >= body.min_confidence]
    return JSONResponse({"events": events, "document": _document_meta(coded)})


@router.get("/events", response_model=EventsOut, responses=ERRORS,
            summary="Stored events matching the filters")
def events(request: Request, _: FilterParams = Depends(),
           limit: int = Query(100, ge=1, description="At most this many (the server caps it)"),
           offset: int = Query(0, ge=0)) -> JSONResponse:
    """Events in date order, a page at a time (``limit``, ``offset``), with the total."""
    flt = _filter(request, "limit", "offset")
    srv = server(request)
    limit = min(limit, srv.limits.max_page_size)
    with srv.store() as store:
        total = store.count(flt)
        rows = [e.as_json() for e in store.event_records(flt, limit=limit, offset=offset)]
    return JSONResponse({"events": rows, "total": total, "limit": limit, "offset": offset})


@router.get("/stats", response_model=StatsOut, responses=ERRORS,
            summary="Event counts per period and group")
def stats(request: Request, _: FilterParams = Depends(),
          by: StatsBy = Query("root", description="Count by this"),  # type: ignore[valid-type]
          per: StatsPer = Query("week", description="Period")  # type: ignore[valid-type]
          ) -> JSONResponse:
    """Counts like ``tidings stats``: one row per period and group value."""
    flt = _filter(request, "by", "per")
    with server(request).store() as store:
        table = store.stats(by=by.value, per=per.value, flt=flt)
    rows = table.to_pylist()
    for r in rows:
        r["period"] = r["period"].isoformat()
    return JSONResponse({"by": by.value, "per": per.value, "rows": rows})


@router.get("/documents/{doc_id}", response_model=DocumentOut,
            responses={404: {"model": ErrorOut, "description": "No such document"}, **ERRORS},
            summary="One stored document with everything found in it")
def document(request: Request,
             doc_id: str = Path(pattern=DOC_ID, description="Document id (16 hex digits)")
             ) -> JSONResponse:
    with server(request).store() as store:
        coded = store.document(doc_id)
        version = store.coder_version_of(doc_id) if coded else None
    if coded is None:
        raise ServeError(404, f"no document {doc_id} in the store")
    return JSONResponse(document_json(coded, version))


@router.get("/health", summary="Is the server up, and is the coder loaded")
def health(request: Request) -> dict[str, Any]:
    srv = server(request)
    return {"ok": True, "store": str(srv.db_path), "store_exists": srv.db_path.exists(),
            "coder_loaded": srv.coder.loaded, "token_required": srv.gate.required}


def _document_meta(coded: CodedDocument) -> dict[str, Any]:
    d = coded.document
    return {"id": d.id, "title": d.title, "origin": d.origin,
            "published": d.published.isoformat() if d.published else None,
            "date_source": d.date_source, "repairs": len(d.repairs)}


def document_json(coded: CodedDocument, coder_version: str | None) -> dict[str, Any]:
    d = coded.document
    return {
        "document": {
            "id": d.id, "title": d.title, "origin": d.origin, "urls": d.urls, "site": d.site,
            "author": d.author, "language": d.language,
            "published": d.published.isoformat() if d.published else None,
            "date_source": d.date_source, "coder_version": coder_version, "text": d.text,
            "repairs": [r.as_json() for r in d.repairs],
        },
        "sentences": [{"index": s.index, "start": s.start, "end": s.end, "text": s.text}
                      for s in coded.sentences],
        "actors": [a.as_json() for a in coded.actors],
        "events": [e.as_json() for e in coded.events],
        "places": [p.as_json() for p in coded.places],
    }
