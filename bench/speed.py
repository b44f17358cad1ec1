"""Speed benchmark: the full tidings pipeline against the bare spaCy parse, one and two worker
processes, and a worker's memory over a long run.

Text: the GeoVirus news articles of ../shared/benchmarks/geo_geovirus.jsonl, repeated until there
are ``--docs`` documents. Each repeat ends with one sentence naming a made-up correspondent and a
report number never seen before, so that the vocabulary meets new words all run long, as it does
on real news (names, numbers, typos), and its growth shows in the memory series.

In one process, on the same documents:

  parse     ``nlp.pipe`` with the model and components the pipeline uses (the floor), for the
            first ``--ratio-docs`` documents, interleaved chunk by chunk with ...
  pipeline  the full pipeline (language check, repair, parse, actors, places, events) from raw
            text to coded documents, for all ``--docs`` documents; resident memory, the spaCy
            string store and the lemmatizer's memo are sampled every ``--sample`` documents.

Times are CPU seconds of this process (``time.process_time``): the machine may be shared, and
CPU time is what other people's work disturbs least. Then, wall clock time:

  workers   ``--worker-docs`` documents coded by a pool of 1, then 2 worker processes
            (:class:`tidings.scale.LocalCoder`), after each worker has loaded the model; best
            of ``--repeat`` passes, with the workers' own CPU seconds.

    .venv/bin/python bench/speed.py [--docs 5000] [--ratio-docs 1000] [--worker-docs 400]

The last line reads ``pipeline/parse time ratio: X.XX  2-worker speed-up: Y.YY``.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import os
import resource
import sys
import time
from pathlib import Path

from tidings.ingest.raw import RawText
from tidings.model import CodedDocument
from tidings.pipeline import Options, Pipeline
from tidings.scale.local import LocalCoder

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "geo_geovirus.jsonl"
SYLLABLES = ["ka", "vo", "ren", "dil", "mu", "sa", "tor", "bel", "qui", "zan", "po", "lef"]


def novel_name(i: int) -> str:
    """A made-up surname unique to ``i`` ("Kavoren" ...): a word the vocabulary has not met."""
    parts = []
    while True:
        i, r = divmod(i, len(SYLLABLES))
        parts.append(SYLLABLES[r])
        if i == 0:
            break
    return "".join(parts).capitalize() + "ski"


def corpus(path: Path, n: int) -> list[RawText]:
    articles = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    out = []
    for i in range(n):
        a = articles[i % len(articles)]
        tail = f"\n\nReported by {novel_name(i)} for the wire service (report {100000 + i})."
        out.append(RawText(origin=f"{a['id']}#{i}", text=a["text"] + tail))
    return out


def settled_rss_mb() -> float:
    """This process's RSS after a garbage collection and after handing freed heap pages back to
    the system (glibc ``malloc_trim``): what is live, without the allocator's slack, which
    otherwise makes the series jump by a hundred megabytes either way."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
    return rss_mb()


def rss_mb(pid: int | str = "self", field: str = "VmRSS") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rate(n: float, seconds: float) -> str:
    return f"{n / seconds:,.0f}/s" if seconds > 0 else "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--ratio-docs", type=int, default=1000)
    ap.add_argument("--worker-docs", type=int, default=400)
    ap.add_argument("--sample", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=2, help="passes per worker count (best kept)")
    ap.add_argument("--chunk", type=int, default=100, help="documents per interleaved chunk")
    ap.add_argument("--batch-size", type=int, default=Options().batch_size)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()

    load_start = os.getloadavg()
    print(f"machine: {os.cpu_count()} CPUs, load average {load_start[0]:.2f} {load_start[1]:.2f} "
          f"{load_start[2]:.2f} (1/5/15 min) at start")
    docs = corpus(args.corpus, max(args.docs, args.ratio_docs, args.worker_docs))
    options = Options(batch_size=args.batch_size)
    t = time.perf_counter()
    pipeline = Pipeline(options)
    nlp = pipeline.nlp
    load_s = time.perf_counter() - t
    lemmatizer = nlp.get_pipe("lemmatizer")
    print(f"model: {nlp.meta['name']}-{nlp.meta['version']} components {', '.join(nlp.pipe_names)}; "
          f"pipeline loaded in {load_s:.1f} s; {len(docs):,} documents, "
          f"batch size {args.batch_size}")
    # warm both paths up (first calls build caches and page code in)
    list(nlp.pipe([d.text for d in docs[:8]], batch_size=args.batch_size))
    list(pipeline.code_raw(docs[:8]))

    parse_cpu = pipe_cpu = parse_wall = pipe_wall = 0.0
    sentences = tokens = ratio_docs = 0
    pipe_total_cpu = 0.0
    events = 0
    series: list[tuple[int, float, float, int, int, int]] = []
    done = 0
    print(f"\n{'documents':>9} {'RSS MB':>8} {'settled':>8} {'objects':>10} {'strings':>9} "
          f"{'lemma memo':>10}")
    while done < args.docs:
        chunk = docs[done:min(done + args.chunk, args.docs)]
        if done < args.ratio_docs:
            c, w = time.process_time(), time.perf_counter()
            parsed = list(nlp.pipe([d.text for d in chunk], batch_size=args.batch_size))
            parse_cpu += time.process_time() - c
            parse_wall += time.perf_counter() - w
            tokens += sum(len(doc) for doc in parsed)
            sentences += sum(1 for doc in parsed for _ in doc.sents)
            del parsed
        c, w = time.process_time(), time.perf_counter()
        coded = list(pipeline.code_raw(chunk))
        spent = time.process_time() - c
        pipe_total_cpu += spent
        if done < args.ratio_docs:
            pipe_cpu += spent
            pipe_wall += time.perf_counter() - w
            ratio_docs += len(chunk)
        events += sum(len(x.events) for x in coded if isinstance(x, CodedDocument))
        del coded
        done += len(chunk)
        if done % args.sample == 0 or done == args.docs:
            raw = rss_mb()
            settled = settled_rss_mb()
            series.append((done, raw, settled, len(gc.get_objects()), len(nlp.vocab.strings),
                           len(lemmatizer.cache)))
            print(f"{done:>9,} {raw:>8.1f} {settled:>8.1f} {series[-1][3]:>10,} "
                  f"{series[-1][4]:>9,} {series[-1][5]:>10,}", flush=True)

    print(f"\nsame {ratio_docs:,} documents ({sentences:,} sentences, {tokens:,} tokens), "
          "CPU seconds:")
    print(f"  {'':10} {'seconds':>8} {'sentences':>11} {'tokens':>9} {'wall s':>8}")
    for name, cpu, wall in (("parse", parse_cpu, parse_wall), ("pipeline", pipe_cpu, pipe_wall)):
        print(f"  {name:10} {cpu:>8.1f} {rate(sentences, cpu):>11} {rate(tokens, cpu):>9} "
              f"{wall:>8.1f}")
    ratio = pipe_cpu / parse_cpu
    print(f"  pipeline/parse: {ratio:.2f} (CPU), {pipe_wall / parse_wall:.2f} (wall)")
    per_doc_tokens = tokens / max(ratio_docs, 1)
    print(f"long run: {args.docs:,} documents through the pipeline in {pipe_total_cpu:.1f} CPU s "
          f"= {args.docs / pipe_total_cpu:.1f} documents/s, "
          f"~{args.docs * per_doc_tokens / pipe_total_cpu:,.0f} tokens/s per core; "
          f"{events:,} events")
    base = next((s for s in series if s[0] >= min(args.ratio_docs, args.docs)), series[0])
    last = series[-1]
    # from the end of the parse comparison on: the bare parse runs outside memory zones and so
    # adds its new words to the vocabulary for good, which the pipeline does not
    span = max(last[0] - base[0], 1)
    settled = [s[2] for s in series if s[0] >= base[0]]
    print(f"memory from {base[0]:,} to {last[0]:,} documents: settled RSS "
          f"{last[2] - base[2]:+.1f} MB ({(last[2] - base[2]) * 1024 / span:+.2f} KB/document; "
          f"range {min(settled):.0f}-{max(settled):.0f} MB), raw RSS {last[1] - base[1]:+.1f} MB, "
          f"Python objects {last[3] - base[3]:+,}, strings {last[4] - base[4]:+,}, "
          f"lemma memo {last[5] - base[5]:+,}")
    peak_main = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS (this process): {peak_main:.0f} MB")

    # -- worker processes: wall clock, models loaded before the clock starts ------------------
    # Best of --repeat passes: on a shared machine a pass can lose its CPUs to other work. The
    # workers' own CPU seconds are read too: documents per CPU second that hold steady from one
    # worker to two mean no cost from running in parallel, whatever the wall clock shows.
    sample = docs[:args.worker_docs]
    rates = {}
    for n in (1, 2):
        with LocalCoder(n, options) as coder:
            warm = coder.warm_up()
            best = (0.0, 0.0, 0.0)
            for _ in range(args.repeat):
                cpu0 = sum(cpu_seconds(pid) for pid in coder.pids)
                w = time.perf_counter()
                coded = sum(1 for _ in coder.code(sample))
                wall = time.perf_counter() - w
                cpu = sum(cpu_seconds(pid) for pid in coder.pids) - cpu0
                if coded / wall > best[0]:
                    best = (coded / wall, wall, cpu)
            peaks = [rss_mb(pid, "VmHWM") for pid in coder.pids]
        rates[n], wall, cpu = best
        print(f"{n} worker{'s' if n > 1 else ' '}: {len(sample)} documents in {wall:.1f} s = "
              f"{rates[n]:.1f} documents/s ({rates[n] * per_doc_tokens:,.0f} tokens/s; "
              f"{len(sample) / cpu:.1f} documents per worker CPU second); model load {warm:.1f} s; "
              f"worker peak RSS {', '.join(f'{p:.0f}' for p in peaks)} MB")
    speedup = rates[2] / rates[1]
    load_end = os.getloadavg()
    print(f"load average at end {load_end[0]:.2f} {load_end[1]:.2f} {load_end[2]:.2f}: "
          "other people's work shares these CPUs, so the wall-clock speed-up is a lower bound")
    print(f"pipeline/parse time ratio: {ratio:.2f}  2-worker speed-up: {speedup:.2f}")


if __name__ == "__main__":
    sys.exit(main())
