"""Only the route's terms, at 100 and at BENCH_CASES cases: the OMO-functionaris's worklist
(page and API), the start pages, and `run_due_tasks` over the whole database, twice. The full
`make bench` measures these too (bench/run.py); this is the quick run for that one target.

.venv/bin/python -m bench.deadlines"""

import os
import random
import sys
import time

from .run import (
    DUE_TASKS_TARGET_S,
    P95_TARGET_MS,
    TARGET_CASES,
    _measure,
    _recreate_database,
    _setup_django,
)


def main() -> int:
    url = os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/maatwerk_bench_deadlines"
    )
    _recreate_database(url)
    _setup_django(url)
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from rest_framework.authtoken.models import Token

    from maatwerk.accounts.notifications import run_due_tasks
    from maatwerk.cases.models import Case
    from maatwerk.demo.setup import ensure_demo_world
    from maatwerk.demo.synthetic import generate_cases

    from .aftercare_data import generate_aftercare
    from .route_data import generate_route

    random.seed(1)
    call_command("migrate", verbosity=0)
    world = ensure_demo_world()
    seen, problems = {}, []
    for size in (100, TARGET_CASES):
        generate_cases(world, size - Case.objects.count(), seed=size)
        generate_route(world, seed=size)
        made = generate_aftercare(world, seed=size)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        started = time.monotonic()
        first = run_due_tasks()
        middle = time.monotonic()
        second = run_due_tasks()
        due = (round(middle - started, 2), round(time.monotonic() - middle, 2))
        omo, consulent = Client(), Client()
        omo.force_login(world.users["omo"])
        consulent.force_login(world.users["consulent"])
        token, _ = Token.objects.get_or_create(user=world.users["omo"])
        api = Client(HTTP_AUTHORIZATION=f"Token {token.key}")
        figures = {
            "omo deadlines": _measure(omo, "/route/termijnen/"),
            "omo API deadlines": _measure(api, "/api/v1/deadlines/"),
            "omo start page": _measure(omo, "/"),
            "consulent start page": _measure(consulent, "/"),
        }
        print(
            f"\n{size:,} cases ({made}); run_due_tasks {due[0]} s "
            f"({first.created} notifications), again {due[1]} s ({second.created} new)"
        )
        for name, f in figures.items():
            print(
                f"  {name:<22} p50 {f['p50_ms']:>7} ms  p95 {f['p95_ms']:>7} ms  "
                f"{f['queries']} queries"
            )
            if name in seen and seen[name] != f["queries"]:
                problems.append(f"{name}: {seen[name]} queries at 100, {f['queries']} at {size:,}")
            seen[name] = f["queries"]
            if size == TARGET_CASES and f["p95_ms"] > P95_TARGET_MS:
                problems.append(f"{name}: p95 {f['p95_ms']} ms")
        if size == TARGET_CASES and (due[0] > DUE_TASKS_TARGET_S or second.created):
            problems.append(f"run_due_tasks: {due}")
    print("\nTargets:", "MET" if not problems else "NOT MET", *problems, sep="\n  ")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
