"""A team on one PostgreSQL project under load: N annotator processes, each making R edits a second for S
seconds, half on documents of their own and half on documents every annotator shares; then every edit a
client saw acknowledged is looked for in the database, which must hold it exactly once.

    .venv/bin/python bench/team_load.py                      # 20 clients x 5 edits/s x 60 s, then the same
                                                             # with a client killed and the server restarted
    .venv/bin/python bench/team_load.py --clients 4 --seconds 10 --no-chaos   # a quick look

The server is a private PostgreSQL started for the run (tests/pgserver.py) with its durability on (fsync,
synchronous commit), or ``--url`` names an empty database.  Each client is a process with its own
``PostgresProject`` (``annotator.store.open_project``), paced on a fixed schedule (an edit every 1/R s,
whatever the last one took), polling for the others' changes once a second as a window does.  An edit is
``add_span`` with an id of its own: acknowledged when the call returned (committed), not when it raised
(``StoreError``: not saved).  Commit latency is the time ``add_span`` took, as the person would wait.

Printed beside the same run's baseline, one client alone at the same rate (no contention): edits/s, p50,
p95 and p99 latency, edits refused, and "lost" (acknowledged but not stored, or stored twice).  The chaos
run kills one client (SIGKILL) a third of the way in and restarts the server (``pg_ctl restart -m
immediate``: a crash) at half-time; edits in flight then fail and are not acknowledged, and must not be
stored twice either.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPAN = 4  # characters per span; spans of one annotator on one document never overlap
STEP = 6


def text_for(i: int, length: int) -> str:
    words = ["Presiden", "Jakarta", "kata", "Budi", "Santoso", "di", "pada", "Senin", "tentang", "harga"]
    out, n = [f"Dokumen {i}."], 0
    while n < length:
        word = words[(n + i) % len(words)]
        out.append(word)
        n += len(word) + 1
    return " ".join(out)[:length]


# -- a client ---------------------------------------------------------------------------------------
def worker(url: str, name: str, rate: float, seconds: float, start_at: float, own: list[int], shared: list[int],
           out_path: str) -> None:
    from annotator.core.model import Span
    from annotator.store import StoreError, open_project

    store = open_project(url, annotator=name)
    positions: dict[int, int] = {}
    out = open(out_path, "w", encoding="utf-8")  # one line per acknowledged edit, flushed: a killed client's count
    refused = 0
    interval = 1.0 / rate
    n_edits = int(seconds * rate)
    next_poll = start_at + 1.0
    while time.time() < start_at:
        time.sleep(0.005)
    for i in range(n_edits):
        due = start_at + i * interval
        delay = due - time.time()
        if delay > 0:
            time.sleep(delay)
        docs = own if i % 2 == 0 else shared
        pk = docs[(i // 2) % len(docs)]
        pos = positions.get(pk, 0)
        positions[pk] = pos + STEP
        span_id = f"{name}-{i}"
        t0 = time.perf_counter()
        try:
            store.add_span(pk, Span(id=span_id, start=pos, end=pos + SPAN, label="PERSON", layer="entities"))
        except StoreError:
            refused += 1
            continue
        took = time.perf_counter() - t0
        out.write(json.dumps({"doc": pk, "id": span_id, "ms": took * 1000, "at": time.time() - start_at}) + "\n")
        out.flush()
        if time.time() >= next_poll:
            try:
                store.poll_others()
            except StoreError:
                pass
            next_poll = time.time() + 1.0
    out.write(json.dumps({"refused": refused}) + "\n")
    out.close()
    store.close()


# -- the run ----------------------------------------------------------------------------------------
def run(url: str, clients: int, rate: float, seconds: float, own_docs: int, shared_docs: int, work: Path,
        chaos: object | None = None) -> dict[str, object]:
    """One run on a fresh project in ``url``; ``chaos`` (the server) kills a client and restarts it."""
    import psycopg

    from annotator.core.model import Document
    from annotator.store import open_project

    names = [f"annotator{i:02}" for i in range(clients)]
    length = int(seconds * rate / 2 / min(own_docs, shared_docs) + 2) * STEP + 50
    with open_project(url, annotator="manager") as manager:
        pks = manager.add_documents([Document(text=text_for(i, length), id=f"doc{i}")
                                     for i in range(clients * own_docs + shared_docs)]).added
    own = {name: pks[k * own_docs:(k + 1) * own_docs] for k, name in enumerate(names)}
    shared = pks[clients * own_docs:]
    start_at = time.time() + 3.0 + clients * 0.4  # every client imported and connected before the first edit
    procs = {}
    for name in names:
        args = [sys.executable, __file__, "--worker", url, name, str(rate), str(seconds), str(start_at),
                ",".join(map(str, own[name])), ",".join(map(str, shared)), str(work / f"{name}.jsonl")]
        procs[name] = subprocess.Popen(args, cwd=ROOT)
    killed: str | None = None
    restarted = False
    while any(p.poll() is None for p in procs.values()):
        elapsed = time.time() - start_at
        if chaos is not None and killed is None and elapsed > seconds / 3:
            killed = names[-1]
            procs[killed].send_signal(signal.SIGKILL)
        if chaos is not None and not restarted and elapsed > seconds / 2:
            restarted = True
            chaos.restart(mode="immediate")  # type: ignore[attr-defined]
        time.sleep(0.2)
    failed = [name for name, p in procs.items() if p.returncode != 0 and name != killed]
    if failed:
        raise SystemExit(f"clients failed: {failed}")
    acked: dict[str, list[dict[str, float]]] = {}
    refused = 0
    for name in names:
        lines = [json.loads(line) for line in (work / f"{name}.jsonl").read_text().splitlines() if line.strip()]
        acked[name] = [x for x in lines if "id" in x]
        refused += sum(int(x.get("refused", 0)) for x in lines)
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute("SELECT a.name, s.id FROM spans s JOIN annotators a ON a.pk = s.owner "
                            "WHERE s.owner <> 0").fetchall()
    stored: dict[str, list[str]] = {}
    for name, span_id in rows:
        stored.setdefault(name, []).append(span_id)
    lost = twice = unacked_stored = 0
    for name in names:
        have = stored.get(name, [])
        # an edit stored twice would carry the id with a suffix (the store renames a taken id: "x-2")
        base = [sid.rsplit("-", 1)[0] if sid.count("-") > 1 else sid for sid in have]
        counts: dict[str, int] = {}
        for sid in base:
            counts[sid] = counts.get(sid, 0) + 1
        ids = {x["id"] for x in acked[name]}
        lost += sum(1 for sid in ids if counts.get(str(sid), 0) == 0)
        twice += sum(1 for n in counts.values() if n > 1)
        unacked_stored += sum(1 for sid in counts if sid not in ids)
    latencies = sorted(float(x["ms"]) for xs in acked.values() for x in xs)
    total = len(latencies)
    q = statistics.quantiles(latencies, n=100) if total >= 2 else [0.0] * 99
    return {"clients": clients, "edits": total, "edits_per_s": total / seconds, "p50": q[49], "p95": q[94],
            "p99": q[98], "refused": refused, "lost": lost, "twice": twice, "in_flight_stored": unacked_stored,
            "killed": killed, "restarted": restarted}


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        url, name, rate, seconds, start_at, own, shared, out = sys.argv[2:10]
        worker(url, name, float(rate), float(seconds), float(start_at), [int(x) for x in own.split(",")],
               [int(x) for x in shared.split(",")], out)
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--rate", type=float, default=5.0, help="edits a second per client")
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--own-docs", type=int, default=3, help="documents each client has alone")
    ap.add_argument("--shared-docs", type=int, default=5, help="documents every client works on")
    ap.add_argument("--no-chaos", action="store_true", help="skip the run with a killed client and a restart")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "tests"))
    import tempfile

    import psycopg
    import pgserver

    server = pgserver.start(durable=True)
    results = []
    try:
        plan = [("baseline: 1 client", 1, None), (f"{args.clients} clients", args.clients, None)]
        if not args.no_chaos:
            plan.append((f"{args.clients} clients, one killed, server crashed and restarted", args.clients, server))
        for i, (label, clients, chaos) in enumerate(plan):
            with psycopg.connect(server.url(), autocommit=True) as conn:
                conn.execute(f"CREATE DATABASE load{i}")
            with tempfile.TemporaryDirectory() as work:
                result = run(server.url(f"load{i}"), clients, args.rate,
                             args.seconds if clients > 1 else min(args.seconds, 20.0), args.own_docs,
                             args.shared_docs, Path(work), chaos)
            result["run"] = label
            results.append(result)
            print(f"{label:<58} {result['edits_per_s']:7.1f} edits/s  p50 {result['p50']:6.1f} ms  "
                  f"p95 {result['p95']:6.1f} ms  p99 {result['p99']:6.1f} ms  refused {result['refused']:4}  "
                  f"lost {result['lost']}  twice {result['twice']}  (in flight, stored: "
                  f"{result['in_flight_stored']})", flush=True)
    finally:
        server.stop()
    if args.json:
        print(json.dumps(results, indent=2))
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}")
    return 0 if all(r["lost"] == 0 and r["twice"] == 0 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
