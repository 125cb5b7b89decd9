"""The insights at BENCH_CASES cases: the quarterly report (screen, PDF, Excel and API), the
annual evaluation, and the start page of every role. The full `make bench` measures these
too (bench/run.py); this is the quick run for that one target.

.venv/bin/python -m bench.insights"""

import datetime
import os
import random
import sys
import time

from .run import P95_TARGET_MS, TARGET_CASES, _measure, _recreate_database, _setup_django

REPORT_TARGET_MS = 1000.0
PDF_TARGET_MS = 5000.0
# Slow by nature: a few requests each are enough for a median.
SLOW_REQUESTS = int(os.environ.get("BENCH_SLOW_REQUESTS", "10"))
PDF_REQUESTS = int(os.environ.get("BENCH_PDF_REQUESTS", "3"))
ROLES = ("consulent", "teamleider", "omo", "controller", "beleid", "wethouder")


def _period() -> dict:
    """The quarter that holds today: the generators decide every proposal `now` and spread
    signals, monitoring and the fund's bookings around today, so it holds the most events."""
    from django.utils import timezone

    today = timezone.localdate()
    first_month = (today.month - 1) // 3 * 3 + 1
    start = datetime.date(today.year, first_month, 1)
    following = datetime.date(today.year + first_month // 10, (first_month + 2) % 12 + 1, 1)
    end = following - datetime.timedelta(days=1)
    return {"van": start.isoformat(), "tot": end.isoformat()}


def scenarios(world, measure) -> dict:
    """Figures per scenario, plus the report's headline counts (to show they are not trivial)."""
    from django.test import Client
    from rest_framework.authtoken.models import Token

    from maatwerk.insights.report import build_report

    period = _period()
    started = time.perf_counter()
    built = build_report(
        world.municipality,
        datetime.date.fromisoformat(period["van"]),
        datetime.date.fromisoformat(period["tot"]),
    )
    build_ms = round((time.perf_counter() - started) * 1000, 1)
    headline = {
        key: built.values.get(key, 0)
        for key in (
            "cases.signalled",
            "cases.decided",
            "cases.breakthrough",
            "dec.all",
            "kassabon.count",
            "req.sent",
        )
    }
    headline["blocking rules"] = len(built.blockage_ranking)
    omo = Client()
    omo.force_login(world.users["omo"])
    token, _ = Token.objects.get_or_create(user=world.users["omo"])
    api = Client(HTTP_AUTHORIZATION=f"Token {token.key}")
    slow = {"requests": SLOW_REQUESTS, "warm": 1}
    year = {"jaar": period["tot"][:4]}
    results = {
        "report (HTML)": measure(omo, "/inzicht/rapportage/", period, **slow),
        "report PDF": measure(
            omo, "/inzicht/rapportage/download/pdf/", period, requests=PDF_REQUESTS, warm=1
        ),
        "report Excel": measure(omo, "/inzicht/rapportage/download/xlsx/", period, **slow),
        "API report": measure(api, "/api/v1/insights/report/", period, **slow),
        "annual evaluation": measure(omo, "/inzicht/jaarevaluatie/", year, **slow),
    }
    landing = {}
    for role in ROLES:
        client = Client()
        client.force_login(world.users[role])
        # Some roles start on a screen of their own ("/" redirects): measure where they land.
        response = client.get("/")
        path = response.url if response.status_code == 302 else "/"
        landing[role] = path
        results[f"start page {role}"] = measure(client, path)
    return {
        "period": period,
        "build_ms": build_ms,
        "headline": headline,
        "results": results,
        "landing": landing,
    }


def print_report(figures: dict) -> list[str]:
    """Print the table; return the targets missed."""
    period = figures["period"]
    print(f"\nInsights, {period['van']} t/m {period['tot']}: {figures['headline']}")
    print(f"build_report alone: {figures['build_ms']} ms; load: {os.getloadavg()[0]:.2f}")
    print(f"start pages land on: {figures['landing']}")
    print(f"{'scenario':<24} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    problems = []
    for name, f in figures["results"].items():
        print(f"{name:<24} {f['p50_ms']:>8} {f['p95_ms']:>8} {f['queries']:>8}")
        if name == "report (HTML)":
            target, measured = REPORT_TARGET_MS, f["p50_ms"]
        elif name == "report PDF":
            target, measured = PDF_TARGET_MS, f["p50_ms"]
        elif name.startswith("start page"):
            target, measured = P95_TARGET_MS, f["p95_ms"]
        else:
            continue
        if measured > target:
            problems.append(f"insights {name}: {measured} ms > {target}")
    if not figures["headline"]["cases.signalled"] or not figures["headline"]["dec.all"]:
        problems.append(f"insights: the period holds no events {figures['headline']}")
    return problems


def main() -> int:
    url = os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/maatwerk_bench_insights"
    )
    _recreate_database(url)
    _setup_django(url)
    import logging

    from django.core.management import call_command
    from django.db import connection

    # WeasyPrint's warnings about the chart's SVG would bury the figures.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    from maatwerk.demo.setup import ensure_demo_world
    from maatwerk.demo.synthetic import generate_cases

    from .aftercare_data import generate_aftercare
    from .fund_data import generate_fund_ledger
    from .route_data import generate_route

    random.seed(1)
    call_command("migrate", verbosity=0)
    world = ensure_demo_world()
    started = time.monotonic()
    generate_cases(world, TARGET_CASES, seed=TARGET_CASES)
    made = generate_route(world, seed=TARGET_CASES)
    made |= generate_aftercare(world, seed=TARGET_CASES)
    generate_fund_ledger(world)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"{TARGET_CASES:,} cases ({made}), loaded in {time.monotonic() - started:.0f} s")
    problems = print_report(scenarios(world, _measure))
    print("\nTargets:", "MET" if not problems else "NOT MET", *problems, sep="\n  ")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
