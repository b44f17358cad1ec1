"""The HTML pages: code an article, explore the store, read a stored document.

Pages are rendered on the server (Jinja2, autoescaped); article text reaches the page only
through :func:`tidings.serve.highlight.highlight`, which escapes every piece of it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, File, Form, Path, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse

from tidings.model import CodedDocument
from tidings.serve.api import DOC_ID
from tidings.serve.app import Server, ServeError, render
from tidings.serve.charts import dyad_svg, dyads, timeline, timeline_svg
from tidings.serve.coding import CoderBusy, CodingRefused
from tidings.serve.filters import BadQuery, filter_from_query, filter_query, query_lists
from tidings.serve.highlight import actor_marks, event_marks, highlight

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 50
DYAD_LEVELS = {"actors": ("source_code", "target_code"),
               "countries": ("source_country", "target_country")}
EVENT_COLUMNS = ["id", "doc_id", "sentence_index", "sentence", "trigger", "cameo", "name",
                 "root", "quad_class", "goldstein", "date", "confidence", "statement",
                 "source_code", "source_text", "target_code", "target_text"]


def _server(request: Request) -> Server:
    return request.app.state.server


# -- code an article --------------------------------------------------------------------------

@router.get("/", response_class=HTMLResponse)
def code_form(request: Request) -> HTMLResponse:
    return _code_page(request)


@router.get("/code")
def code_again() -> RedirectResponse:
    # a reload of the result page after its POST lands on the form instead of a 405
    return RedirectResponse("/", status_code=303)


@router.post("/code", response_class=HTMLResponse)
async def code_article(request: Request, text: str = Form(""),
                       date_text: str = Form("", alias="date"), token: str = Form(""),
                       file: UploadFile | None = File(None)) -> HTMLResponse:
    srv = _server(request)
    form = {"text": text, "date": date_text}
    if not srv.gate.allows(request.headers.get("authorization"), token):
        return _code_page(request, form, error="This server needs its access token to code "
                          "articles; type it in the Token field.", status=401)
    try:
        published = date.fromisoformat(date_text) if date_text.strip() else None
    except ValueError:
        return _code_page(request, form, status=422,
                          error=f"The date must look like 2022-01-10, not {date_text!r}.")
    upload = await _read_upload(file, srv.limits.max_upload_bytes) if file else None
    if upload is None and not text.strip():
        return _code_page(request, form, status=422,
                          error="Paste an article into the box, or choose a file to upload.")
    if upload is None and len(text) > srv.limits.max_text_chars:
        return _code_page(request, form, status=413,
                          error=f"The text is {len(text):,} characters long; the limit is "
                                f"{srv.limits.max_text_chars:,}.")
    from starlette.concurrency import run_in_threadpool

    try:
        if upload is not None:
            name, data = upload
            coded = await run_in_threadpool(srv.coder.code_upload, data, name, published,
                                            srv.limits.max_upload_bytes)
            form["text"] = ""
        else:
            coded = await run_in_threadpool(srv.coder.code_text, text, published)
    except CodingRefused as exc:
        return _code_page(request, form, status=422, error=f"Not coded: {exc}")
    except CoderBusy as exc:
        return _code_page(request, form, status=503, error=f"Not coded: {exc}.")
    return _code_page(request, form, coded=coded)


async def _read_upload(file: UploadFile, max_bytes: int) -> tuple[str, bytes] | None:
    if not file.filename:
        return None  # the form's file field was left empty
    data = await file.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ServeError(413, f"The file {file.filename} is larger than {max_bytes:,} bytes; "
                              "upload one article at a time.")
    return file.filename, data


def _code_page(request: Request, form: dict[str, str] | None = None,
               coded: CodedDocument | None = None, error: str | None = None,
               status: int = 200) -> HTMLResponse:
    srv = _server(request)
    return render(request, "code.html", status=status, nav="code",
                  form=form or {"text": "", "date": ""}, error=error,
                  article=_article(coded) if coded else None,
                  max_upload=srv.limits.max_upload_bytes, max_text=srv.limits.max_text_chars)


def _article(coded: CodedDocument, stored: bool = False) -> dict[str, Any]:
    """What the article partial shows: the marked-up text, events, actors and repairs."""
    doc = coded.document
    marks = actor_marks(coded.actors) + event_marks(coded.events)
    # an event's source and target are also in the actor list; find them to link row → mark
    where = {(a.start, a.end, a.code): i for i, a in enumerate(coded.actors)}

    def ref(actor) -> str | None:
        if actor is None:
            return None
        i = where.get((actor.start, actor.end, actor.code))
        return f"a{i}" if i is not None else None

    events = [{"i": i, "e": e, "source_ref": ref(e.source), "target_ref": ref(e.target)}
              for i, e in enumerate(coded.events)]
    return {"doc": doc, "html": highlight(doc.text, marks, coded.sentences), "events": events,
            "actors": list(enumerate(coded.actors)), "repairs": doc.repairs, "stored": stored,
            "url": next((u for u in doc.urls if u.startswith(("https://", "http://"))), None)}


# -- a stored document ------------------------------------------------------------------------

@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str = Path(pattern=DOC_ID)) -> HTMLResponse:
    with _server(request).store() as store:
        coded = store.document(doc_id)
        version = store.coder_version_of(doc_id) if coded else None
    if coded is None:
        raise ServeError(404, f"There is no document {doc_id} in the store.")
    return render(request, "document.html", nav="", article=_article(coded, stored=True),
                  coder_version=version)


# -- explore ----------------------------------------------------------------------------------

@router.get("/explore", response_class=HTMLResponse)
def explore(request: Request) -> HTMLResponse:
    srv = _server(request)
    params = query_lists(request.query_params.multi_items())
    # what the form fields show again: repeats of a list filter become one comma list
    values = {k: ", ".join(v) for k, v in params.items()}
    level = values.get("dyads") or "actors"
    context: dict[str, Any] = {"nav": "explore", "params": params, "values": values,
                               "level": level, "levels": list(DYAD_LEVELS), "error": None,
                               "store_error": None, "store_path": str(srv.db_path)}
    try:
        flt = filter_from_query(params, other=("page", "dyads"))
        page = _page_number(values.get("page"))
        if level not in DYAD_LEVELS:
            raise BadQuery(f"dyads must be one of {', '.join(DYAD_LEVELS)}, not {level!r}")
    except BadQuery as exc:
        context["error"] = str(exc)
        return render(request, "explore.html", status=422, **context)
    try:
        with srv.store() as store:
            total = store.count(flt)
            rows = store.events(flt, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE,
                                columns=EVENT_COLUMNS).to_pylist()
            days = store.stats(by="quad", per="day", flt=flt).to_pylist()
            by_dyad = store.stats(by="dyad" if level == "countries" else "actors",
                                  per="year", flt=flt).to_pylist()
    except ServeError as exc:
        context["store_error"] = exc.message
        return render(request, "explore.html", status=exc.status, **context)

    keep = ("dyads",)
    pages = max(1, -(-total // PAGE_SIZE))
    line = timeline(days)
    top = dyads(by_dyad, DYAD_LEVELS[level])

    def dyad_link(d) -> str:
        return "/explore?" + filter_query(params, keep, source=d.source, target=d.target)

    context.update(
        total=total, rows=rows, page=page, pages=pages, first=(page - 1) * PAGE_SIZE + 1,
        prev=("/explore?" + filter_query(params, keep, page=str(page - 1))) if page > 1 else None,
        next=("/explore?" + filter_query(params, keep, page=str(page + 1)))
        if page < pages else None,
        timeline=line, timeline_svg=timeline_svg(line),
        dyads=[(d, dyad_link(d)) for d in top], dyad_svg=dyad_svg(top, dyad_link),
        level_links={lv: "/explore?" + filter_query(params, dyads=lv) for lv in DYAD_LEVELS},
        filtered=not flt.is_empty(),
    )
    return render(request, "explore.html", **context)


def _page_number(value: str | None) -> int:
    if not value:
        return 1
    if not value.isdigit() or int(value) < 1:
        raise BadQuery(f"page must be a number from 1, not {value!r}")
    return int(value)
