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
from tidings.scale.partition import ShardWriter, WrittenFile, remove_stale
from tidings.scale.shards import Shard, read_shard

MAX_SKIPS_LISTED = 100  # per shard in the manifest; the count is always exact
FAULT_ENV = "TIDINGS_TEST_FAULT"  # test hook, see _maybe_fail

_pipelines: dict[str, Pipeline] = {}
_pipelines_lock = threading.Lock()


def process_pipeline(options: Options | None = None) -> Pipeline:
    """This process's pipeline for ``options``, loaded on first use and then reused."""
    options = options or Options()
    key = repr(options)  # every field, and Options is a plain dataclass
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
    seen: set[str] = set()

    def skipped(item: Skip) -> None:
        result.skipped += 1
        if len(result.skips) < MAX_SKIPS_LISTED:
            result.skips.append(item.message())

    writer = ShardWriter(out, shard.name)
    try:
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
                result.events += writer.add(item, CODER_VERSION)
                _maybe_fail(task, out, writing=True)
        _maybe_fail(task, out, writing=False)
        result.files = writer.commit()
    except BaseException:
        writer.abort()
        raise
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


def _maybe_fail(task: ShardTask, out: Path, *, writing: bool) -> None:
    """Fault injection for tests: ``TIDINGS_TEST_FAULT=NAME:MODE`` makes the first attempt of
    the shard whose name starts with NAME fail once: MODE ``kill``, the worker process dies while
    its partitions are half written; ``raise``, the task raises before committing them. A marker
    file in the output folder makes it happen once per output folder, whichever worker runs the
    retry."""
    spec = os.environ.get(FAULT_ENV)
    if not spec:
        return
    name, _, mode = spec.partition(":")
    if not task.shard.name.startswith(name) or (mode == "kill") != writing:
        return
    try:
        fd = os.open(out / f".fault-{task.shard.name}", os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        return
    os.close(fd)
    if mode == "kill":
        os._exit(17)  # no clean-up, no finally: as if the machine had gone
    raise RuntimeError(f"injected fault in shard {task.shard.name} ({FAULT_ENV})")
