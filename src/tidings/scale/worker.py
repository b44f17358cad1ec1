"""Coding one shard: the task a Dask worker (or the calling process) runs.

Each process keeps one :class:`~tidings.pipeline.Pipeline` per set of options, made on its first
shard, so the model loads once per worker however many shards it codes. A document that makes
the coder fail becomes a Skip naming the error instead of failing its whole shard; anything else
that goes wrong (a worker killed, a full disk) fails the attempt, and the client retries it.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import traceback
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from tidings.model import CODER_VERSION, CodedDocument, Document, Skip
from tidings.pipeline import Options, Pipeline
from tidings.scale.partition import PartitionRows, WrittenFile, remove_stale, write_atomic
from tidings.scale.shards import Shard, read_shard

MAX_SKIPS_LISTED = 100  # per shard in the manifest; the count is always exact
FAULT_ENV = "TIDINGS_TEST_FAULT"  # test hook, see _maybe_fail

_pipelines: dict[tuple, Pipeline] = {}
_pipelines_lock = threading.Lock()


def process_pipeline(options: Options | None = None) -> Pipeline:
    """This process's pipeline for ``options``, loaded on first use and then reused."""
    options = options or Options()
    key = (options.actors, options.verbs, options.statements, options.min_confidence,
           options.places, options.batch_size, tuple(sorted(options.extra.items())))
    with _pipelines_lock:
        pipeline = _pipelines.get(key)
        if pipeline is None:
            pipeline = _pipelines[key] = Pipeline(options)
        return pipeline


@dataclass(slots=True)
class ShardTask:
    """What a worker needs to code one shard (small, pickled to the worker)."""

    shard: Shard
    out: str  # output folder, visible to every worker (shared file system)
    options: Options = field(default_factory=Options)
    published: date | None = None  # --date: for inputs that carry no date
    attempt: int = 1


@dataclass(slots=True)
class ShardResult:
    name: str
    documents: int = 0
    events: int = 0
    skipped: int = 0
    duplicates: int = 0  # documents whose clean text appeared earlier in the shard
    errors: int = 0  # documents the coder failed on (also counted in ``skipped``)
    skips: list[str] = field(default_factory=list)  # the first MAX_SKIPS_LISTED, as messages
    files: dict[str, WrittenFile] = field(default_factory=dict)
    seconds: float = 0.0
    load_seconds: float = 0.0  # part of ``seconds`` spent loading the model (first shard only)
    worker: str = ""


def code_shard(task: ShardTask) -> ShardResult:
    """Code every article of a shard and write its partitions; returns the counts and files."""
    started = time.monotonic()
    out = Path(task.out)
    shard = task.shard
    remove_stale(out, shard.name)
    fresh = not _pipelines
    pipeline = process_pipeline(task.options)
    result = ShardResult(shard.name, worker=f"{socket.gethostname()}:{os.getpid()}")
    result.load_seconds = time.monotonic() - started if fresh else 0.0
    rows = PartitionRows()
    seen: set[str] = set()

    def skipped(item: Skip) -> None:
        result.skipped += 1
        if len(result.skips) < MAX_SKIPS_LISTED:
            result.skips.append(item.message())

    documents = pipeline.documents(read_shard(shard), published=task.published)
    for item in code_resilient(pipeline, documents):
        if isinstance(item, Skip):
            skipped(item)
            if item.reason.startswith(CODER_FAILED):
                result.errors += 1
        elif item.document.id in seen:
            result.duplicates += 1
        else:
            seen.add(item.document.id)
            result.documents += 1
            result.events += rows.add(item, CODER_VERSION)
        _maybe_fail(task, out, half_way=result.documents)
    events, docs = rows.tables()
    _maybe_fail(task, out, before_write=True)
    result.files["events"] = write_atomic(events, out, f"events/{shard.name}.parquet")
    result.files["documents"] = write_atomic(docs, out, f"documents/{shard.name}.parquet")
    result.seconds = time.monotonic() - started
    return result


CODER_FAILED = "the coder failed"


def code_resilient(pipeline: Pipeline,
                   items: Iterable[Document | Skip]) -> Iterator[CodedDocument | Skip]:
    """Like ``pipeline.code_documents``, but a batch that raises is coded again one document at
    a time, and a document that still raises becomes a Skip with the error (one bad article
    must not cost a shard of thousands)."""
    size = pipeline.options.batch_size
    batch: list[Document | Skip] = []

    def flush() -> Iterator[CodedDocument | Skip]:
        try:
            yield from list(pipeline.code_documents(batch))
        except Exception:
            for item in batch:
                try:
                    yield from list(pipeline.code_documents([item]))
                except Exception as exc:
                    where = traceback.extract_tb(exc.__traceback__)[-1]
                    yield Skip(item.origin, f"{CODER_FAILED}: {type(exc).__name__}: {exc} "
                                            f"(at {Path(where.filename).name}:{where.lineno}; "
                                            "please report it)")

    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield from flush()
            batch = []
    if batch:
        yield from flush()


def _maybe_fail(task: ShardTask, out: Path, *, half_way: int = -1,
                before_write: bool = False) -> None:
    """Fault injection for tests: ``TIDINGS_TEST_FAULT=NAME:MODE`` makes the first attempt of
    the shard whose name starts with NAME fail once, MODE ``kill`` (the worker process dies
    while a partition is half written) or ``raise`` (the task raises before writing). A marker
    file in the output folder makes it happen once per output folder, whichever worker runs
    the retry."""
    spec = os.environ.get(FAULT_ENV)
    if not spec or not (half_way == 1 or before_write):
        return
    name, _, mode = spec.partition(":")
    if not task.shard.name.startswith(name):
        return
    marker = out / f".fault-{task.shard.name}"
    if mode == "kill" and half_way == 1:
        try:
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            return
        os.close(fd)
        # leave a half-written temporary partition behind, as a task killed mid-write would
        folder = out / "events"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f".{task.shard.name}.parquet.{os.getpid()}-dead.tmp").write_bytes(b"PAR1 half")
        os._exit(17)
    if mode == "raise" and before_write:
        try:
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            return
        os.close(fd)
        raise RuntimeError(f"injected fault in shard {task.shard.name} ({FAULT_ENV})")
