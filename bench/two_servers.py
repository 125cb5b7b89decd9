"""Two app servers on one PostgreSQL (`python -m bench.two_servers`): two gunicorn instances
with the production settings, each with its own workers, and 16 Locust users creating cases
through the API, half against each server, at the same time. Then checked in the database:

- no lost writes: every 201 the users received is a case in the database, and no more;
- no duplicate references: the reference counter lives in the database, not in a process;
- the access-log chain intact: every server appends to one chain under the head row's lock.

Also measured: how long one access-log write holds the chain's head row (the lock every
logged request takes in turn) and so the ceiling it sets on logged requests per second
across all servers; and, during the run, how many requests wait for that lock (sampled
from pg_locks every 20 ms)."""

import json
import os
import statistics
import sys
import threading
import time

from .over_http import (
    OUT,
    QUICK,
    _accounts,
    _fixture,
    _free_port,
    _locust,
    _log_in,
    _start_gunicorn,
    production_setup,
)

CASES = 1000
SECONDS = int(os.environ.get("BENCH_HTTP_SECONDS", "10" if QUICK else "30"))
USERS_PER_SERVER = 8
HOLD_SAMPLES = 300


class _LockWatch(threading.Thread):
    """Every 20 ms: how many backends wait for a row lock on the access-log head."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.url = url
        self.samples: list[int] = []
        self.running = True

    def run(self) -> None:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            while self.running:
                waiting = conn.execute(
                    "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid) "
                    "WHERE NOT l.granted AND l.locktype IN ('transactionid', 'tuple') "
                    "AND a.query ILIKE '%%audit_accessloghead%%'"
                ).fetchone()[0]
                self.samples.append(waiting)
                time.sleep(0.02)


def _head_hold_ms(user) -> list[float]:
    """Wall time of one access-log write, one after the other: the time it holds the head
    row (lock, seal, insert, update, commit)."""
    from maatwerk.audit.models import AccessLog
    from maatwerk.audit.services import log_access
    from maatwerk.cases.models import Case

    case = Case.objects.filter(household__team_id=user.team_id).first()
    timings = []
    for _ in range(HOLD_SAMPLES):
        started = time.perf_counter()
        log_access(user=user, case=case, action=AccessLog.Action.READ, channel="bench")
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def run() -> dict:
    url = os.environ.get(
        "BENCH_TWO_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/maatwerk_bench_two"
    )
    workdir, env = production_setup(url, "maatwerk-two-")
    from django.db.models import Count

    from maatwerk.audit.models import AccessLog
    from maatwerk.audit.services import verify_chain
    from maatwerk.cases.models import Case
    from maatwerk.demo.setup import ensure_demo_world
    from maatwerk.demo.synthetic import generate_cases

    world = ensure_demo_world()
    users = _accounts(world)
    generate_cases(world, CASES, seed=CASES)
    ports = [_free_port(), _free_port()]
    servers = [_start_gunicorn(env, workdir, port) for port in ports]
    bases = [f"https://127.0.0.1:{port}" for port in ports]
    try:
        # Log in on the first server only: the sessions and tokens are in the database, so
        # the second server knows them too.
        accounts = [_log_in(bases[0], account) for account in users]
        fixture_path = workdir / "fixture.json"
        fixture_path.write_text(json.dumps(_fixture(users, accounts, CASES, None)))
        cases_before = Case.objects.count()
        log_before = AccessLog.objects.count()
        watch = _LockWatch(url)
        watch.start()
        results: dict[int, dict] = {}

        def one(number: int) -> None:
            results[number] = _locust(
                bases[number],
                "API create case",
                USERS_PER_SERVER,
                fixture_path,
                workdir,
                name=f"locust{number}",
                extra_env={"BENCH_CREATED": str(workdir / f"created{number}.json")},
                seconds=SECONDS,
            )

        threads = [threading.Thread(target=one, args=(n,)) for n in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        watch.running = False
        watch.join()
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=30)
    created = Case.objects.count() - cases_before
    answered_ids = [
        case_id
        for number in range(2)
        for case_id in json.loads((workdir / f"created{number}.json").read_text())
    ]
    answered = len(answered_ids)
    stored = set(Case.objects.filter(pk__in=answered_ids).values_list("pk", flat=True))
    lost = len(set(answered_ids) - stored)
    duplicates = Case.objects.values("reference").annotate(n=Count("pk")).filter(n__gt=1).count()
    broken = verify_chain()
    log_rows = AccessLog.objects.count() - log_before
    hold = _head_hold_ms(users[0])
    hold_ms = statistics.median(hold)
    writes_per_request = log_rows / max(created, 1)
    samples = watch.samples or [0]
    return {
        "seconds": SECONDS,
        "users": 2 * USERS_PER_SERVER,
        "servers": {bases[n]: results[n] for n in range(2)},
        "created": created,
        "answered_201": answered,
        "answered_but_not_stored": lost,
        # Requests still in flight when the run stopped: stored, their answer not counted.
        "stored_unanswered": created - answered,
        "errors": sum(r["errors"] for r in results.values()),
        "duplicate_references": duplicates,
        "chain": "intact" if broken is None else f"broken at {broken}",
        "log_rows": log_rows,
        "log_writes_per_request": round(writes_per_request, 2),
        "head_hold_ms_median": round(hold_ms, 2),
        "head_hold_ms_p95": round(sorted(hold)[int(len(hold) * 0.95) - 1], 2),
        "ceiling_log_writes_per_s": round(1000 / hold_ms),
        "ceiling_requests_per_s": round(1000 / hold_ms / max(writes_per_request, 1)),
        "lock_samples": len(watch.samples),
        "waiting_for_head_mean": round(statistics.mean(samples), 2),
        "waiting_for_head_max": max(samples),
        "share_of_samples_with_a_wait": round(sum(1 for n in samples if n) / len(samples), 2),
    }


def main() -> int:
    figures = run()
    OUT.mkdir(exist_ok=True)
    (OUT / "two_servers.json").write_text(json.dumps(figures, indent=2))
    print("\nTwo app servers on one PostgreSQL, 16 users creating cases through the API:")
    for key, value in figures.items():
        print(f"  {key}: {value}")
    problems = []
    if figures["answered_but_not_stored"]:
        problems.append(f"{figures['answered_but_not_stored']} cases answered 201 but not stored")
    if not 0 <= figures["stored_unanswered"] <= figures["users"]:
        problems.append(f"{figures['stored_unanswered']} more stored than answered")
    if figures["duplicate_references"]:
        problems.append(f"{figures['duplicate_references']} duplicate references")
    if figures["chain"] != "intact":
        problems.append(f"access-log chain {figures['chain']}")
    if figures["errors"] or not figures["created"]:
        problems.append(f"{figures['errors']} errors, {figures['created']} created")
    print("Checks: " + ("PASSED" if not problems else "FAILED"), *problems, sep="\n  ")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
