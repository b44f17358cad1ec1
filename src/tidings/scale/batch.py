"""``tidings batch``: code many shards on a Dask cluster, one Parquet partition per shard.

The client (this process) finds the shards, leaves out those the manifest says are done, submits
one task per remaining shard and records each outcome in the manifest as it arrives. A shard whose
task fails (an exception, or its worker dying) is submitted again, up to ``retries`` more times;
one that still fails is reported and recorded as failed, and the next run tries it again.

Workers read their shard's input and write its partitions themselves, so inputs and the output
folder must be paths every worker can see (one machine, or a shared file system).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable

from tidings.pipeline import Options
from tidings.scale.manifest import NAME as MANIFEST_NAME, Manifest
from tidings.scale.shards import DEFAULT_FILES_PER_SHARD, Shard, find_shards
from tidings.scale.worker import ShardResult, ShardTask, code_shard

DEFAULT_RETRIES = 2
MANIFEST_SAVE_S = 5.0
WAIT_FOR_WORKERS_S = 120  # an existing cluster with no workers: say so rather than wait forever


@dataclass(slots=True)
class ShardOutcome:
    """What happened to a shard, for progress displays (passed to ``on_outcome``)."""

    shard: Shard
    status: str  # "done" | "finished-before" | "retrying" | "failed"
    attempt: int = 0
    result: ShardResult | None = None
    error: str | None = None
    shards: int = 0  # shards in the run, for a progress total


@dataclass(slots=True)
class BatchSummary:
    out: Path
    shards: int = 0
    finished_before: int = 0  # skipped: done by an earlier run
    done: int = 0
    failed: list[str] = field(default_factory=list)  # names of shards that failed every attempt
    retried: int = 0  # shards that needed more than one attempt
    documents: int = 0
    events: int = 0
    skipped: int = 0  # inputs not coded (Skips), in the shards done by this run
    duplicates: int = 0
    seconds: float = 0.0

    @property
    def manifest(self) -> Path:
        return self.out / MANIFEST_NAME


def run_batch(inputs: Iterable[str | Path], out: str | Path, *, scheduler: str | None = None,
              workers: int | None = None, retries: int = DEFAULT_RETRIES,
              published: date | None = None, options: Options | None = None,
              files_per_shard: int = DEFAULT_FILES_PER_SHARD, force: bool = False,
              on_outcome: Callable[[ShardOutcome], None] | None = None) -> BatchSummary:
    """Code every shard of ``inputs`` into ``out`` (see the module docstring).

    ``scheduler``: address of a running Dask scheduler (``tcp://host:8786``); without it a
    LocalCluster of ``workers`` processes (default: one per CPU), one thread each, is started
    on 127.0.0.1 and closed at the end. ``workers=0`` codes in this process, without Dask.
    ``force`` codes shards again even when the manifest says they are done.
    Raises :class:`~tidings.scale.shards.ShardError` for an input that names nothing and
    :class:`~tidings.scale.manifest.ManifestError` for an unusable ``out``.
    """
    started = time.monotonic()
    out = Path(out).resolve()
    if out.exists() and not out.is_dir():
        raise NotADirectoryError(f"{out} is a file; --out takes a folder")
    options = options or Options()
    shards = find_shards(inputs, files_per_shard)
    manifest = Manifest.load(out)
    settings = _settings(options, published)
    summary = BatchSummary(out, shards=len(shards))
    report = on_outcome or (lambda outcome: None)

    def notify(outcome: ShardOutcome) -> None:
        outcome.shards = len(shards)
        report(outcome)

    todo: list[Shard] = []
    for shard in shards:
        if not force and manifest.is_done(shard, settings):
            summary.finished_before += 1
            notify(ShardOutcome(shard, "finished-before"))
        else:
            todo.append(shard)
    out.mkdir(parents=True, exist_ok=True)

    def task(shard: Shard, attempt: int) -> ShardTask:
        return ShardTask(shard, str(out), options, published, attempt)

    def finished(shard: Shard, attempt: int, result: ShardResult | None,
                 errors: list[str]) -> None:
        if result is not None:
            manifest.record_done(shard, result, attempt, errors, settings)
            summary.done += 1
            summary.retried += attempt > 1
            summary.documents += result.documents
            summary.events += result.events
            summary.skipped += result.skipped
            summary.duplicates += result.duplicates
            notify(ShardOutcome(shard, "done", attempt, result))
        else:
            manifest.record_failed(shard, attempt, errors, settings)
            summary.failed.append(shard.name)
            last = errors[-1].partition(": ")[2] if errors else None
            notify(ShardOutcome(shard, "failed", attempt, error=last))
        # The whole manifest is rewritten each save: every few seconds, not every shard, keeps
        # a run of 100,000 shards from writing gigabytes. A shard done but not yet saved when
        # the client dies is coded again on the next run, into the same file.
        if time.monotonic() - saved[0] >= MANIFEST_SAVE_S:
            manifest.save()
            saved[0] = time.monotonic()

    saved = [time.monotonic()]
    if todo:
        runner = _run_inline if workers == 0 and scheduler is None else _run_dask
        try:
            runner(todo, task, finished, notify, retries, scheduler, workers)
        finally:
            manifest.save()
    summary.seconds = time.monotonic() - started
    return summary


def _settings(options: Options, published: date | None) -> dict:
    """What, besides the input and the coder version, decides a shard's output."""
    return {"date": published.isoformat() if published else None,
            "actors": [str(p) for p in options.actors], "verbs": [str(p) for p in options.verbs],
            "statements": options.statements, "min_confidence": options.min_confidence,
            "places": options.places}


def _error(exc: BaseException) -> str:
    if type(exc).__name__ == "KilledWorker":  # Dask's own message is a paragraph
        return "KilledWorker: the worker process running it died (killed, or out of memory)"
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}".rstrip(": ")


def _run_inline(todo, task, finished, notify, retries, scheduler, workers) -> None:
    """One shard after another in this process (debugging, and the reference in tests)."""
    for shard in todo:
        errors: list[str] = []
        for attempt in range(1, retries + 2):
            try:
                result = code_shard(task(shard, attempt))
            except Exception as exc:
                errors.append(f"attempt {attempt}: {_error(exc)}")
                if attempt <= retries:
                    notify(ShardOutcome(shard, "retrying", attempt, error=_error(exc)))
                    continue
                finished(shard, attempt, None, errors)
            else:
                finished(shard, attempt, result, errors)
            break


def _run_dask(todo, task, finished, notify, retries, scheduler, workers) -> None:
    from dask.distributed import Client, as_completed

    cluster = None
    if scheduler:
        client = Client(scheduler, timeout="30s")
    else:
        cluster = local_cluster(workers)
        client = Client(cluster)
    token = uuid.uuid4().hex[:8]
    try:
        client.wait_for_workers(1, timeout=WAIT_FOR_WORKERS_S)
        waiting: deque[tuple[Shard, int]] = deque((s, 1) for s in todo)
        running: dict[str, tuple[Shard, int]] = {}
        errors: dict[str, list[str]] = {s.name: [] for s in todo}
        queue = as_completed()

        def fill() -> None:
            # Hand out no more shards than the cluster has threads: the scheduler assigns a
            # submitted task to a worker at once, and a worker that dies fails every task
            # assigned to it, started or not. One shard per thread keeps a death to one shard.
            # The count is asked again each time, so workers that join or leave are followed.
            capacity = max(1, sum(client.nthreads().values()))
            while waiting and len(running) < capacity:
                shard, attempt = waiting.popleft()
                # one key per attempt: a key that failed cannot be submitted again
                future = client.submit(code_shard, task(shard, attempt), pure=False,
                                       key=f"tidings-shard-{shard.name}-{token}-{attempt}")
                running[future.key] = (shard, attempt)
                queue.add(future)

        fill()
        for future in queue:
            shard, attempt = running.pop(future.key)
            try:
                result = future.result()
            except Exception as exc:  # the task raised, or its worker died (KilledWorker)
                errors[shard.name].append(f"attempt {attempt}: {_error(exc)}")
                if attempt <= retries:
                    notify(ShardOutcome(shard, "retrying", attempt, error=_error(exc)))
                    waiting.appendleft((shard, attempt + 1))
                else:
                    finished(shard, attempt, None, errors[shard.name])
            else:
                finished(shard, attempt, result, errors[shard.name])
            future.release()
            fill()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def local_cluster(workers: int | None):
    """A LocalCluster for coding: processes with one thread each (the pipeline is CPU-bound and
    holds the GIL), on 127.0.0.1, no dashboard."""
    import os

    import dask
    from dask.distributed import LocalCluster

    n = workers or os.cpu_count() or 1
    # A worker that dies fails its task at once (Dask would otherwise run it again unseen), so
    # the client records the attempt in the manifest and retries it itself.
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        return LocalCluster(n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                            dashboard_address=None, silence_logs=logging.CRITICAL)
