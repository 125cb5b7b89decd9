"""`make bench`: load 100,000 synthetic cases into PostgreSQL and measure p50/p95 latency and
query counts of the case list, the dossier and the cases API — at 100 cases and at 100,000,
so a query count that grows with the data shows up at once.

Uses a separate database (BENCH_DATABASE_URL, default maatwerk_bench), dropped and created
anew on every run."""

import datetime
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

TARGET_CASES = int(os.environ.get("BENCH_CASES", "100000"))
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "200"))
P95_TARGET_MS = 150.0
DUE_TASKS_TARGET_S = 30.0


def _recreate_database(url: str) -> None:
    import psycopg

    parsed = urlparse(url)
    name = parsed.path.lstrip("/")
    admin_url = parsed._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def _setup_django(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "maatwerk.settings.test"
    import django

    django.setup()
    from django.test.utils import setup_test_environment

    setup_test_environment()


def _measure(
    client, path: str, params: dict | None = None, *, requests: int = 0, warm: int = 10
) -> dict:
    """p50/p95 over `requests` GETs (BENCH_REQUESTS unless given) and the query count of one."""
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    for _ in range(warm):  # warm caches and connections
        client.get(path, params or {})
    # Each request starts by clearing the query log (request_started → reset_queries); start
    # the capture from an empty log so that clearing cannot hide the request's queries.
    reset_queries()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, params or {})
    assert response.status_code == 200, (path, response.status_code)
    query_count = len(queries)  # now: the captured slice is read from the live query log
    timings = []
    for _ in range(requests or REQUESTS):
        started = time.perf_counter()
        client.get(path, params or {})
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return {
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 1),
        "queries": query_count,
    }


def _scenarios(world) -> dict:
    from django.test import Client
    from rest_framework.authtoken.models import Token

    from maatwerk.cases.access import visible_cases

    results = {}
    for username in ("consulent", "omo"):
        user = world.users[username]
        client = Client()
        client.force_login(user)
        token, _ = Token.objects.get_or_create(user=user)
        api = Client(HTTP_AUTHORIZATION=f"Token {token.key}")
        # The dossier of a case that went the whole route to a decision: the most sections.
        decided = visible_cases(user).filter(route__phase="uitvoering")
        ids = list(decided.order_by("?").values_list("pk", flat=True)[:1])
        case_id = ids[0]
        surname = "Yilmaz"
        results[username] = {
            "case list": _measure(client, "/casussen/", {"weergave": "alle"}),
            "case list, filtered": _measure(
                client,
                "/casussen/",
                {"weergave": "alle", "status": "in_behandeling", "domain": "wonen"},
            ),
            "case list, search": _measure(client, "/casussen/", {"weergave": "alle", "q": surname}),
            "dossier": _measure(client, f"/casussen/{case_id}/"),
            "API cases list": _measure(api, "/api/v1/cases/"),
            "API case detail": _measure(api, f"/api/v1/cases/{case_id}/"),
        }
    # The route's work lists: the week's consultation and the proposals awaiting a decision
    # (the OMO-functionaris decides outside the frameworks and records the College's).
    client = Client()
    client.force_login(world.users["omo"])
    token, _ = Token.objects.get_or_create(user=world.users["omo"])
    omo_api = Client(HTTP_AUTHORIZATION=f"Token {token.key}")
    results["omo"] |= {
        "consultation agenda": _measure(client, "/route/overleg/"),
        "awaiting decision": _measure(client, "/route/besluiten/"),
        # The worklist of terms: overdue decisions, escalation steps, time-outs, monitoring.
        "deadlines": _measure(client, "/route/termijnen/"),
        "API deadlines": _measure(omo_api, "/api/v1/deadlines/"),
        "start page": _measure(client, "/"),
    }
    consulent = Client()
    consulent.force_login(world.users["consulent"])
    results["consulent"]["start page"] = _measure(consulent, "/")
    teamleider = Client()
    teamleider.force_login(world.users["teamleider"])
    results["teamleider"] = {
        "awaiting decision": _measure(teamleider, "/route/besluiten/"),
        "case list, phase": _measure(
            teamleider, "/casussen/", {"weergave": "alle", "fase": "besluitvorming"}
        ),
    }
    return results


def _time_due_tasks(run_due_tasks) -> dict:
    """The reminders over the whole database, twice: the second run must create nothing."""
    started = time.monotonic()
    first = run_due_tasks()
    middle = time.monotonic()
    second = run_due_tasks()
    return {
        "first_s": round(middle - started, 2),
        "second_s": round(time.monotonic() - middle, 2),
        "created": first.created,
        "created_again": second.created,
    }


def _household(world, user, members: int, cases: int):
    from maatwerk.cases import services

    people = [
        {"first_name": f"Lid{number}", "last_name": "Bench", "role": "overig"}
        for number in range(members)
    ]
    household = services.create_household(
        user, street="Benchlaan", postcode="4611 AC", members=people
    )
    for number in range(cases):
        services.create_case(
            user,
            household=household,
            title=f"Signaal {number}",
            signal_source="wijkteam",
            signal_date=datetime.date(2026, 11, 1),
        )
    return household


def _household_scenarios(world) -> dict:
    """What one read costs for a household of one person and one case, and for the largest
    household the services allow: the access log writes one row per read (issue 11, item 4)."""
    from django.test import Client
    from rest_framework.authtoken.models import Token

    from maatwerk.audit.services import AccessLog
    from maatwerk.cases.services.household import MAX_MEMBERS
    from maatwerk.cases.services.registration import MAX_CASES_PER_HOUSEHOLD

    user = world.users["consulent"]
    token, _ = Token.objects.get_or_create(user=user)
    api = Client(HTTP_AUTHORIZATION=f"Token {token.key}")
    screen = Client()
    screen.force_login(user)
    results = {}
    for label, members, cases in (
        ("1 member, 1 case", 1, 1),
        (
            f"{MAX_MEMBERS} members, {MAX_CASES_PER_HOUSEHOLD} cases",
            MAX_MEMBERS,
            MAX_CASES_PER_HOUSEHOLD,
        ),
    ):
        household = _household(world, user, members, cases)
        member = household.members.first()
        case = household.cases.first()
        for name, client, path in (
            ("API member detail", api, f"/api/v1/members/{member.pk}/"),
            ("API household detail", api, f"/api/v1/households/{household.pk}/"),
            ("dossier", screen, f"/casussen/{case.pk}/"),
        ):
            before = AccessLog.objects.count()
            client.get(path)
            rows = AccessLog.objects.count() - before
            results[f"{name}, {label}"] = {**_measure(client, path), "log_rows": rows}
    return results


def main() -> int:
    url = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/maatwerk_bench")
    _recreate_database(url)
    _setup_django(url)
    from django.core.management import call_command
    from django.db import connection

    from maatwerk.accounts.notifications import run_due_tasks
    from maatwerk.cases.models import Case
    from maatwerk.demo.setup import ensure_demo_world
    from maatwerk.demo.synthetic import generate_cases

    from . import vraagbaak_data as vraagbaak
    from .aftercare_data import generate_aftercare
    from .route_data import generate_route

    random.seed(1)
    call_command("migrate", verbosity=0)
    world = ensure_demo_world()
    report = {}
    for size in (100, TARGET_CASES):
        started = time.monotonic()
        generate_cases(world, size - Case.objects.count(), seed=size)
        route = generate_route(world, seed=size)
        route |= generate_aftercare(world, seed=size)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        load_seconds = round(time.monotonic() - started, 1)
        due_tasks = _time_due_tasks(run_due_tasks)
        report[size] = {
            "load_seconds": load_seconds,
            "results": _scenarios(world),
            "run_due_tasks": due_tasks,
        }
        print(f"\n{size:,} cases (loaded in {load_seconds} s; route: {route})")
        print(
            f"run_due_tasks: {due_tasks['first_s']} s ({due_tasks['created']} notifications), "
            f"again {due_tasks['second_s']} s ({due_tasks['created_again']} new)"
        )
        print(f"{'user':<10} {'scenario':<22} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
        for user, scenarios in report[size]["results"].items():
            for name, figures in scenarios.items():
                print(
                    f"{user:<10} {name:<22} {figures['p50_ms']:>8} {figures['p95_ms']:>8} "
                    f"{figures['queries']:>8}"
                )
    households = _household_scenarios(world)
    report["household size"] = households
    print(f"\nOne read, small and large household ({TARGET_CASES:,} cases in the database)")
    print(f"{'scenario':<46} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8} {'log rows':>9}")
    for name, figures in households.items():
        print(
            f"{name:<46} {figures['p50_ms']:>8} {figures['p95_ms']:>8} "
            f"{figures['queries']:>8} {figures['log_rows']:>9}"
        )
    small, large = report[100]["results"], report[TARGET_CASES]["results"]
    problems = []
    names = list(households)
    for first, second in zip(names[:3], names[3:], strict=True):
        for measure in ("queries", "log_rows"):
            if households[first][measure] != households[second][measure]:
                problems.append(
                    f"{first} → {second}: {measure} {households[first][measure]} → "
                    f"{households[second][measure]}"
                )
    due = report[TARGET_CASES]["run_due_tasks"]
    if due["first_s"] > DUE_TASKS_TARGET_S or due["created_again"]:
        problems.append(f"run_due_tasks: {due}")
    for user, scenarios in large.items():
        for name, figures in scenarios.items():
            if figures["queries"] != small[user][name]["queries"]:
                problems.append(
                    f"{user} {name}: {small[user][name]['queries']} queries at 100, "
                    f"{figures['queries']} at {TARGET_CASES:,}"
                )
            if figures["p95_ms"] > P95_TARGET_MS:
                problems.append(f"{user} {name}: p95 {figures['p95_ms']} ms > {P95_TARGET_MS}")
    # The maatwerkfonds: 100,000 ledger entries and 20 threads committing at once.
    from . import fund_data

    fund_figures, fund_problems = fund_data.report(world, _measure)
    report["fund"] = fund_figures
    fund_data.print_report(fund_figures, fund_problems)
    problems += fund_problems
    # The insights: the quarterly report, its downloads and every role's start page, over
    # the same 100,000 cases and the fund's ledger (bench/insights.py).
    from . import insights

    report["insights"] = insights.scenarios(world, _measure)
    problems += insights.print_report(report["insights"])
    # The vraagbaak: 50,000 precedents on SQLite and PostgreSQL (bench/vraagbaak_data.py).
    report["vraagbaak"] = vraagbaak.run_both(url.rsplit("/", 1)[0] + "/maatwerk_bench_vraagbaak")
    if not vraagbaak.report(report["vraagbaak"]):
        problems.append("vraagbaak: targets not met")
    out = Path("bench-results")
    out.mkdir(exist_ok=True)
    (out / "bench.json").write_text(json.dumps(report, indent=2))
    print(
        "\nTargets: p95 < 150 ms and the same query count at 100 and at "
        f"{TARGET_CASES:,} cases: " + ("MET" if not problems else "NOT MET")
    )
    for problem in problems:
        print(f"  - {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
