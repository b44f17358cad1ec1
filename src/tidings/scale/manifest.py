"""The manifest of a batch run: one JSON file saying, for every shard, what became of it.

``<out>/manifest.json``::

    {"format": "tidings-batch/1", "coder_version": "0.1.0", "updated": "2024-...Z",
     "shards": {"<name>": {
        "kind": "jsonl", "inputs": ["/data/a.jsonl"], "fingerprint": "…",
        "status": "done" | "failed", "attempts": 2, "errors": ["attempt 1: KilledWorker: …"],
        "documents": 812, "events": 1450, "skipped": 3, "duplicates": 1, "coder_errors": 0,
        "skips": ["/data/a.jsonl:17: skipped: not English: …"],
        "files": {"events": {"path": "events/<name>.parquet", "rows": 1450, "bytes": …,
                             "sha256": "…"}, "documents": {…}},
        "seconds": 41.2, "worker": "host:pid", "finished": "…Z"}}}

Only the client writes it (workers return their results to the client): every few seconds while
shards finish and once at the end, by writing a temporary file and renaming it over the old one.
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from tidings.model import CODER_VERSION
from tidings.scale.shards import Shard
from tidings.scale.worker import ShardResult

FORMAT = "tidings-batch/1"
NAME = "manifest.json"


class ManifestError(ValueError):
    """The output folder holds a manifest this version cannot use."""


class Manifest:
    def __init__(self, out: Path, shards: dict[str, dict[str, Any]] | None = None):
        self.out = out
        self.shards: dict[str, dict[str, Any]] = shards or {}

    @classmethod
    def load(cls, out: Path) -> "Manifest":
        path = out / NAME
        if not path.exists():
            return cls(out)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ManifestError(f"{path}: cannot read the manifest ({exc}); move it away to start "
                                "over") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ManifestError(f"{path} is not a tidings batch manifest ({FORMAT}); use another "
                                "--out folder")
        return cls(out, data.get("shards") or {})

    def is_done(self, shard: Shard, settings: dict[str, Any]) -> bool:
        """True when the shard was finished from the same inputs, coder version and settings, and
        its files are still there, whole (their sizes match)."""
        entry = self.shards.get(shard.name)
        if not entry or entry.get("status") != "done":
            return False
        if entry.get("fingerprint") != shard.fingerprint():
            return False
        if entry.get("coder_version") != CODER_VERSION or entry.get("settings") != settings:
            return False
        for f in (entry.get("files") or {}).values():
            path = self.out / f["path"]
            if not path.is_file() or path.stat().st_size != f["bytes"]:
                return False
        return bool(entry.get("files"))

    def record_done(self, shard: Shard, result: ShardResult, attempts: int, errors: list[str],
                    settings: dict[str, Any]) -> None:
        self.shards[shard.name] = {
            **self._base(shard, settings), "status": "done", "attempts": attempts,
            "errors": errors, "documents": result.documents, "events": result.events,
            "skipped": result.skipped, "duplicates": result.duplicates,
            "coder_errors": result.errors, "skips": result.skips,
            "files": {k: f.as_json() for k, f in result.files.items()},
            "seconds": round(result.seconds, 3), "load_seconds": round(result.load_seconds, 3),
            "worker": result.worker, "finished": _now()}

    def record_failed(self, shard: Shard, attempts: int, errors: list[str],
                      settings: dict[str, Any]) -> None:
        self.shards[shard.name] = {**self._base(shard, settings), "status": "failed",
                                   "attempts": attempts, "errors": errors, "finished": _now()}

    def _base(self, shard: Shard, settings: dict[str, Any]) -> dict[str, Any]:
        return {"kind": shard.kind, "inputs": list(shard.paths),
                "fingerprint": shard.fingerprint(), "coder_version": CODER_VERSION,
                "settings": settings}

    def save(self) -> None:
        self.out.mkdir(parents=True, exist_ok=True)
        data = {"format": FORMAT, "coder_version": CODER_VERSION, "updated": _now(),
                "shards": self.shards}
        tmp = self.out / f".{NAME}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.out / NAME)


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
