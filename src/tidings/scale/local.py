"""Coding on several processes of one machine, results in input order.

The pipeline is CPU-bound Python and spaCy code that holds the GIL, so threads do not help:
each worker is a process that loads the model once (when it starts) and codes chunks of
documents sent to it. The parent reads the input lazily and keeps only a few chunks per worker in
flight, so memory stays bounded however long the input is.

    from tidings.scale import code_parallel
    for item in code_parallel(read_paths(["news/"]), workers=4):
        ...  # CodedDocument or Skip, in the order read
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date
from itertools import islice
from typing import Iterable, Iterator

from tidings.ingest.raw import RawText
from tidings.model import CodedDocument, Document, Skip
from tidings.pipeline import Options

Item = RawText | Document | Skip
CHUNK = 16  # documents per message: large enough to amortise pickling, small enough to balance
IN_FLIGHT_PER_WORKER = 3

_worker_pipeline = None  # set in each worker process by _init
_worker_published: date | None = None


def _init(options: Options, published: date | None, ready) -> None:
    global _worker_pipeline, _worker_published
    # one process per core: a BLAS library that spawned its own threads would fight the others
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    try:
        from tidings.scale.worker import process_pipeline

        _worker_pipeline = process_pipeline(options)
        _worker_published = published
    except BaseException as exc:
        ready.put(("failed", os.getpid(), f"{type(exc).__name__}: {exc}"))
        raise
    ready.put(("ready", os.getpid(), ""))


def _code_chunk(items: list[Item]) -> list[CodedDocument | Skip]:
    pipeline = _worker_pipeline
    raw = [i for i in items if isinstance(i, RawText)]
    made = iter(pipeline.documents(raw, published=_worker_published)) if raw else iter(())
    documents = [next(made) if isinstance(i, RawText) else i for i in items]
    return list(pipeline.code_documents(documents))


def _ping() -> int:
    return os.getpid()


class LocalCoder:
    """A pool of ``workers`` coding processes; use as a context manager.

    ``published`` is the date for inputs that carry none (like ``tidings code --date``).
    """

    def __init__(self, workers: int, options: Options | None = None,
                 published: date | None = None, chunk_size: int = CHUNK):
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers
        self.chunk_size = chunk_size
        # spawn, not fork: the parent may hold threads and open databases (the store, a progress
        # display) that a forked child would inherit in an undefined state
        context = mp.get_context("spawn")
        self._ready = context.Queue()
        self._pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init,
                                         initargs=(options or Options(), published, self._ready))
        self._warm = False
        self.pids: list[int] = []  # worker process ids, known after warm_up

    def __enter__(self) -> "LocalCoder":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def warm_up(self, timeout: float = 600.0) -> float:
        """Start every worker and wait until each has loaded the model; returns the seconds."""
        started = time.monotonic()
        pings = [self._pool.submit(_ping) for _ in range(self.workers)]
        loaded = 0
        while loaded < self.workers:
            try:
                status, pid, message = self._ready.get(timeout=1.0)
            except queue.Empty:
                for p in pings:
                    if p.done() and p.exception() is not None:
                        raise RuntimeError(f"a coding worker failed to start: {p.exception()}")
                if time.monotonic() - started > timeout:
                    raise TimeoutError(f"coding workers not ready after {timeout:.0f} s")
                continue
            if status == "failed":
                raise RuntimeError(f"coding worker {pid} failed to load the pipeline: {message}")
            loaded += 1
            self.pids.append(pid)
        for p in pings:
            p.result()
        self._warm = True
        return time.monotonic() - started

    def code(self, items: Iterable[Item]) -> Iterator[CodedDocument | Skip]:
        """Code ``items`` (RawText, Document or Skip) on the workers, yielding in input order."""
        items = iter(items)
        window: deque[Future] = deque()
        limit = self.workers * IN_FLIGHT_PER_WORKER
        while True:
            while len(window) < limit:
                chunk = list(islice(items, self.chunk_size))
                if not chunk:
                    break
                window.append(self._pool.submit(_code_chunk, chunk))
            if not window:
                return
            yield from window.popleft().result()


def code_parallel(items: Iterable[Item], workers: int = 2, options: Options | None = None,
                  published: date | None = None,
                  chunk_size: int = CHUNK) -> Iterator[CodedDocument | Skip]:
    """Code ``items`` on ``workers`` processes; yields CodedDocument or Skip **in input order**.

    ``items`` are :class:`~tidings.ingest.RawText` (as read by :mod:`tidings.ingest`; language
    check and repair happen in the workers), :class:`~tidings.model.Document` (already made, as
    ``tidings ingest`` does to find what the store has) or :class:`~tidings.model.Skip` (passed
    through). Each worker loads the model once. With ``workers=1`` everything runs in this
    process, without a pool. An exception in a worker is raised here.
    """
    if workers <= 1:
        from tidings.scale.worker import process_pipeline

        pipeline = process_pipeline(options)
        raw_or_doc = (pipeline.documents([i], published=published).__next__()
                      if isinstance(i, RawText) else i for i in items)
        yield from pipeline.code_documents(raw_or_doc)
        return
    with LocalCoder(workers, options, published, chunk_size) as coder:
        yield from coder.code(items)
