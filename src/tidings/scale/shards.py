"""Inputs of a batch run cut into shards, the unit of work (one Dask task, one output partition).

A shard is one of:

* ``jsonl``: a JSON Lines file (``.jsonl``, ``.ndjson``, optionally ``.gz``), one article per
  line — see :data:`JSONL_FIELDS`;
* ``warc``: a WARC archive (``.warc`` or ``.warc.gz``, recognised by content), one article per
  HTML response;
* ``files``: up to ``files_per_shard`` other files of one directory (HTML pages, plain text),
  read as ``tidings ingest`` reads them.

Shards are found in a stable order and named from their paths, so a re-run meets the same shards
under the same names and can skip those already done.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import io
import json
import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Iterator

from tidings.ingest.files import DEFAULT_MAX_BYTES, _is_warc, read_paths
from tidings.ingest.raw import RawText
from tidings.model import Skip

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
JSONL_FIELDS = {
    "text": "the article text (required; plain text, not HTML)",
    "id": "your identifier; the document's origin becomes FILE#ID (else FILE:LINE)",
    "date": "publication date, YYYY-MM-DD or an ISO timestamp",
    "url": "where the article was published",
    "title": "headline",
    "site": "publishing site",
    "author": "author",
}
DEFAULT_FILES_PER_SHARD = 1000


@dataclass(frozen=True, slots=True)
class Shard:
    """One unit of work. ``paths`` are absolute; ``name`` is unique within a run and file-safe."""

    name: str
    kind: str  # "jsonl" | "warc" | "files"
    paths: tuple[str, ...]

    def fingerprint(self) -> str:
        """Changes when any input file changes (path, size or modification time)."""
        h = hashlib.sha256(self.kind.encode())
        for p in self.paths:
            try:
                st = os.stat(p)
                h.update(f"\0{p}\0{st.st_size}\0{st.st_mtime_ns}".encode())
            except OSError:
                h.update(f"\0{p}\0missing".encode())
        return h.hexdigest()[:16]

    def label(self) -> str:
        """The shard for people: its file, or its folder and file count."""
        if self.kind == "files":
            return f"{Path(self.paths[0]).parent} ({len(self.paths)} files)"
        return self.paths[0]


class ShardError(ValueError):
    """An input names nothing that can be read (the message says what was given)."""


def find_shards(inputs: Iterable[str | Path],
                files_per_shard: int = DEFAULT_FILES_PER_SHARD) -> list[Shard]:
    """Shards for files, folders (searched recursively) and glob patterns, in a stable order.

    Hidden files and folders are left out. Raises :class:`ShardError` for an input that matches
    nothing.
    """
    jsonl: list[Path] = []
    warc: list[Path] = []
    loose: dict[Path, list[Path]] = {}
    for item in inputs:
        paths = _expand(str(item))
        if not paths:
            raise ShardError(f"{item}: no such file, folder or matching pattern")
        for path in paths:
            for file in _files(path):
                kind = _kind(file)
                if kind == "jsonl":
                    jsonl.append(file)
                elif kind == "warc":
                    warc.append(file)
                else:
                    loose.setdefault(file.parent, []).append(file)
    shards: list[Shard] = []
    seen: set[str] = set()

    def add(kind: str, files: list[Path], suffix: str = "") -> None:
        key = "\0".join(str(f) for f in files)
        if key in seen:  # the same file named twice (a folder and a pattern inside it)
            return
        seen.add(key)
        stem = _slug(files[0].name if kind != "files" else files[0].parent.name or "root")
        digest = hashlib.sha256(f"{kind}\0{key}".encode()).hexdigest()[:8]
        shards.append(Shard(f"{stem}{suffix}-{digest}", kind, tuple(str(f) for f in files)))

    for file in sorted(set(jsonl)):
        add("jsonl", [file])
    for file in sorted(set(warc)):
        add("warc", [file])
    for folder in sorted(loose):
        files = sorted(set(loose[folder]))
        for i in range(0, len(files), max(1, files_per_shard)):
            add("files", files[i:i + files_per_shard], f"-{i // max(1, files_per_shard):04d}")
    return shards


def _expand(item: str) -> list[Path]:
    if any(c in item for c in "*?["):
        return [Path(p).resolve() for p in sorted(glob.glob(item, recursive=True))]
    path = Path(item)
    return [path.resolve()] if path.exists() else []


def _files(path: Path) -> Iterator[Path]:
    if path.is_file():
        yield path
    elif path.is_dir():
        for p in sorted(path.rglob("*")):
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts):
                yield p


def _kind(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    try:
        with path.open("rb") as fh:
            head = fh.read(64)
    except OSError:
        return "files"  # unreadable: read_paths will say why, as a Skip
    return "warc" if _is_warc(head) else "files"


def _slug(name: str) -> str:
    for suffix in (".gz", ".jsonl", ".ndjson", ".warc"):
        name = name.removesuffix(suffix)
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("._")[:60] or "shard"


# -- reading a shard ------------------------------------------------------------------------

def read_shard(shard: Shard, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawText | Skip]:
    """The articles of one shard, in file order; bad lines and files become Skips."""
    if shard.kind == "jsonl":
        yield from read_jsonl(shard.paths[0], max_bytes=max_bytes)
    else:
        yield from read_paths(shard.paths, max_bytes=max_bytes)


def read_jsonl(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawText | Skip]:
    """Articles of a JSON Lines file, one object per line with the :data:`JSONL_FIELDS`.

    Blank lines are ignored. A line that is not a JSON object, lacks ``text`` or has a bad
    ``date`` yields a Skip naming the line.
    """
    path = str(path)
    try:
        raw = open(path, "rb")
    except OSError as exc:
        yield Skip(path, f"cannot read: {exc.strerror or exc}")
        return
    with raw:
        binary = gzip.open(raw) if path.lower().endswith(".gz") else raw
        lines = io.TextIOWrapper(binary, encoding="utf-8", errors="strict", newline="\n")
        number = 0
        try:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    yield _article(path, number, line, max_bytes)
        except (UnicodeDecodeError, OSError, EOFError) as exc:
            yield Skip(f"{path}:{number + 1}", f"cannot read the rest of the file ({exc})")


def _article(path: str, number: int, line: str, max_bytes: int) -> RawText | Skip:
    where = f"{path}:{number}"
    if len(line) > max_bytes:
        return Skip(where, f"too large: {len(line):,} characters (the limit is {max_bytes:,})")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return Skip(where, f"not JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(obj, dict):
        return Skip(where, "not a JSON object; each line must be {\"text\": ..., ...}")
    text = obj.get("text")
    if not isinstance(text, str):
        return Skip(where, "no \"text\" field (a string) in this line")
    ident = obj.get("id")
    origin = f"{path}#{ident}" if ident not in (None, "") else where
    published = None
    if obj.get("date") not in (None, ""):
        published = _date(obj["date"])
        if published is None:
            return Skip(origin, f"bad \"date\" {obj['date']!r}: use YYYY-MM-DD")

    def text_field(name: str) -> str | None:
        value = obj.get(name)
        return value if isinstance(value, str) and value.strip() else None

    return RawText(origin=origin, text=text, published=published,
                   date_source="jsonl" if published else None, title=text_field("title"),
                   url=text_field("url"), site=text_field("site"), author=text_field("author"))


def _date(value) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10]) if len(value) > 10 and value[10] in "T " \
            else date.fromisoformat(value)
    except ValueError:
        try:
            return datetime.fromisoformat(value).date()
        except ValueError:
            return None
