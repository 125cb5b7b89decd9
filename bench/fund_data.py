"""The maatwerkfonds in the benchmark: a fund with 100,000 ledger entries (bulk-inserted
with their running totals, as the services would have booked them), the fund overview and
the API balance measured on it, and 20 threads committing against one fund at once.

Run on its own (`python -m bench.fund_data`, its own database) or from `bench.run`."""

import datetime
import os
import random
import sys
import threading
import time
from decimal import Decimal

FUND_ENTRIES = int(os.environ.get("BENCH_FUND_ENTRIES", "100000"))
P95_TARGET_MS = 200.0
PARALLEL = 20
COMMITMENTS = 200


def generate_fund_ledger(world, entries: int = FUND_ENTRIES, seed: int = 1):
    """A fund whose ledger holds `entries` bookings: an allocation, then commitments on
    random cases, payments within them and releases, every entry carrying the totals after
    it. Returns the fund."""
    from django.db import transaction
    from django.utils import timezone

    from maatwerk.cases.models import Case
    from maatwerk.fund.models import EntryKind, Fund, FundKind, LedgerEntry, MoneySource

    rng = random.Random(seed)
    controller = world.users["controller"]
    year = timezone.localdate().year
    fund = Fund.objects.create(
        municipality=world.municipality,
        name=f"Bench-fonds {entries}",
        kind=FundKind.FONDS,
        year=year,
        source=MoneySource.FDSD,
        rules="Voor de benchmark.",
    )
    case_ids = list(
        Case.objects.filter(household__team__municipality=world.municipality).values_list(
            "pk", "reference"
        )[:5000]
    )
    totals = dict.fromkeys(("budget", "available", "committed", "paid", "receivable"), Decimal(0))
    topped_up = Decimal(0)
    now = timezone.now()
    start = datetime.date(year, 1, 1)
    batch: list = []
    open_commitments: list[list] = []  # [entry, open amount]
    sequence = 0

    def add(kind, amount, **fields):
        nonlocal sequence
        sequence += 1
        day = start + datetime.timedelta(days=min(363, sequence * 364 // entries))
        entry = LedgerEntry(
            fund=fund,
            sequence=sequence,
            kind=kind,
            amount=amount,
            budget_after=totals["budget"],
            available_after=totals["available"],
            committed_after=totals["committed"],
            paid_after=totals["paid"],
            receivable_after=totals["receivable"],
            topped_up_after=topped_up,
            value_date=day,
            booked_by=controller,
            booked_at=now,
            **fields,
        )
        batch.append(entry)
        return entry

    with transaction.atomic():
        budget = Decimal(entries) * Decimal("1000")
        totals["budget"] += budget
        totals["available"] += budget
        add(EntryKind.ALLOCATION, budget, reason="Bench")
        LedgerEntry.objects.bulk_create(batch)
        batch.clear()
        while sequence < entries:
            roll = rng.random()
            if roll < 0.4 or not open_commitments:
                amount = Decimal(rng.randint(500, 5000))
                totals["available"] -= amount
                totals["committed"] += amount
                case_id, reference = rng.choice(case_ids) if case_ids else (None, "")
                entry = add(
                    EntryKind.COMMITMENT,
                    amount,
                    case_id=case_id,
                    case_reference=reference,
                    decision_id=sequence,
                    commitment_open_after=amount,
                )
                open_commitments.append([entry, amount])
            else:
                index = rng.randrange(len(open_commitments))
                commitment, left = open_commitments[index]
                if commitment.pk is None:
                    LedgerEntry.objects.bulk_create(batch)
                    batch.clear()
                kind = EntryKind.PAYMENT if roll < 0.9 else EntryKind.RELEASE
                amount = (
                    left
                    if kind == EntryKind.RELEASE
                    else min(left, Decimal(rng.randint(100, 2000)))
                )
                totals["committed"] -= amount
                if kind == EntryKind.PAYMENT:
                    totals["paid"] += amount
                else:
                    totals["available"] += amount
                left -= amount
                add(
                    kind,
                    amount,
                    commitment=commitment,
                    commitment_open_after=left,
                    case_id=commitment.case_id,
                    case_reference=commitment.case_reference,
                    payee="Bench",
                    reference=f"B-{sequence}",
                )
                if left <= 0:
                    open_commitments.pop(index)
                else:
                    open_commitments[index][1] = left
            if len(batch) >= 2000:
                LedgerEntry.objects.bulk_create(batch)
                batch.clear()
        LedgerEntry.objects.bulk_create(batch)
    return fund


def concurrent_commitments(world, budget_for: int = COMMITMENTS - 20) -> dict:
    """COMMITMENTS commitments of EUR 1.000 from PARALLEL threads against a fund that covers
    `budget_for` of them: how many per second, and which errors."""
    from django.db import connections

    from maatwerk.cases.models import Case
    from maatwerk.fund import services
    from maatwerk.fund.errors import BudgetOp
    from maatwerk.fund.models import Fund, FundKind, MoneySource

    controller = world.users["controller"]
    fund = Fund.objects.create(
        municipality=world.municipality,
        name="Bench-fonds gelijktijdig",
        kind=FundKind.FONDS,
        year=datetime.date.today().year,
        source=MoneySource.FDSD,
        rules="Voor de benchmark.",
    )
    services.allocate(controller, fund, Decimal(1000 * budget_for))
    cases = list(
        Case.objects.filter(household__team__municipality=world.municipality).select_related(
            "household__team"
        )[:COMMITMENTS]
    )
    per_thread = [cases[i::PARALLEL] for i in range(PARALLEL)]
    outcomes: dict[str, int] = {"ok": 0, "budget op": 0, "other": 0}
    others: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(PARALLEL)

    def run(mine) -> None:
        barrier.wait()
        try:
            for number, case in enumerate(mine):
                try:
                    services.commit(controller, fund, "1000", case=case, decision_id=number + 1)
                    key = "ok"
                except BudgetOp:
                    key = "budget op"
                except Exception as error:  # counted and reported: the benchmark's point
                    key = "other"
                    others.append(repr(error)[:200])
                with lock:
                    outcomes[key] += 1
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(mine,)) for mine in per_thread]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    available = services.totals(fund).available
    return {
        **outcomes,
        "seconds": round(seconds, 2),
        "per_second": round(len(cases) / seconds, 1),
        "available_after": str(available),
        "errors": others[:5],
    }


def fund_scenarios(world, fund, measure) -> dict:
    """The fund overview, the fund's page and the API balance, as the controller."""
    from django.test import Client
    from rest_framework.authtoken.models import Token

    controller = world.users["controller"]
    client = Client()
    client.force_login(controller)
    token, _ = Token.objects.get_or_create(user=controller)
    api = Client(HTTP_AUTHORIZATION=f"Token {token.key}")
    return {
        "fund overview": measure(client, "/fonds/"),
        "fund page (ledger)": measure(client, f"/fonds/{fund.pk}/"),
        "worklist": measure(client, "/fonds/werklijst/"),
        "API balance": measure(api, f"/api/v1/funds/{fund.pk}/balance/"),
        "API fund detail": measure(api, f"/api/v1/funds/{fund.pk}/"),
    }


def report(world, measure) -> tuple[dict, list[str]]:
    """Everything above, with the targets checked: (figures, problems)."""
    started = time.monotonic()
    fund = generate_fund_ledger(world)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    load = round(time.monotonic() - started, 1)
    figures = {"load_seconds": load, "entries": FUND_ENTRIES}
    figures["results"] = fund_scenarios(world, fund, measure)
    figures["concurrent"] = concurrent_commitments(world)
    problems = []
    for name in ("fund overview", "API balance"):
        if figures["results"][name]["p95_ms"] > P95_TARGET_MS:
            problems.append(f"fund {name}: p95 {figures['results'][name]['p95_ms']} ms")
    concurrent = figures["concurrent"]
    if concurrent["other"]:
        problems.append(f"fund commitments: {concurrent['other']} errors other than budget op")
    if concurrent["per_second"] < PARALLEL:
        problems.append(f"fund commitments: {concurrent['per_second']} per second < {PARALLEL}")
    return figures, problems


def print_report(figures: dict, problems: list[str]) -> None:
    print(
        f"\nMaatwerkfonds: {figures['entries']:,} ledger entries (loaded in "
        f"{figures['load_seconds']} s)"
    )
    print(f"{'scenario':<22} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    for name, row in figures["results"].items():
        print(f"{name:<22} {row['p50_ms']:>8} {row['p95_ms']:>8} {row['queries']:>8}")
    c = figures["concurrent"]
    print(
        f"{PARALLEL} threads, {c['ok'] + c['budget op'] + c['other']} commitments in "
        f"{c['seconds']} s = {c['per_second']}/s; ok {c['ok']}, budget op {c['budget op']}, "
        f"other errors {c['other']}; available after: {c['available_after']}"
    )
    print(
        "Fund targets (p95 < 200 ms, >= 20 commitments/s, no other error): "
        + ("MET" if not problems else "NOT MET")
    )
    for problem in problems:
        print(f"  - {problem}")


def main() -> int:
    """On its own: a fresh database, 1,000 synthetic cases and the fund's figures."""
    from .run import _measure, _recreate_database, _setup_django

    url = os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/maatwerk_bench_fund"
    )
    _recreate_database(url)
    _setup_django(url)
    from django.core.management import call_command

    from maatwerk.demo.setup import ensure_demo_world
    from maatwerk.demo.synthetic import generate_cases

    call_command("migrate", verbosity=0)
    world = ensure_demo_world()
    generate_cases(world, int(os.environ.get("BENCH_CASES", "1000")), seed=1)
    figures, problems = report(world, _measure)
    print_report(figures, problems)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
