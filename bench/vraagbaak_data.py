"""The vraagbaak's benchmark: 50,000 synthetic precedents imported from one JSON file, then
the search's p95 for the retrieval test set's queries, and what "Vergelijkbare casussen" adds
to a dossier. Run on SQLite and on PostgreSQL, each in its own process (Django is set up once
per process):

    python -m bench.vraagbaak_data            # both
    python -m bench.vraagbaak_data URL        # one database (sqlite:///… or postgres://…)

Import time includes building and storing the search index (a large import builds it once at
the end). Also measured: loading the stored index on a server that has none in memory, the
first search after one edit (here and on a second server), and the full rebuild that folds
the edits in (`manage.py rebuild_vraagbaak_index`).

The synthetic precedents are sentences of the demo precedents recombined with varied words:
they describe nobody."""

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PRECEDENTS = int(os.environ.get("BENCH_PRECEDENTS", "50000"))
SEARCHES = int(os.environ.get("BENCH_SEARCHES", "400"))
SEARCH_P95_MS = 50.0
IMPORT_SECONDS = 60.0
SIMILAR_MS = 20.0

FILLER = (
    "gezin huurschuld corporatie werk uitkering zorg school jongere moeder vader kinderen "
    "schulden toeslagen wijkteam gemeente opvang woning verhuizen inkomen beschermd wonen "
    "dagbesteding leerplicht vervoer pgb indicatie aanvraag bezwaar termijn regeling"
).split()


def records(count: int, seed: int = 1) -> list[dict]:
    from maatwerk.cases.domains import LifeDomain
    from maatwerk.vraagbaak.models import Precedent, SolutionType

    rng = random.Random(seed)
    sentences = []
    rules, orgs = set(), set()
    for precedent in Precedent.objects.prefetch_related("rules", "organisations"):
        for text in (precedent.summary, precedent.blockage, precedent.solution, precedent.outcome):
            sentences.extend(part.strip() for part in text.split("\n") if part.strip())
        rules.update(r.name for r in precedent.rules.all())
        orgs.update(o.name for o in precedent.organisations.all())
    rules, orgs = sorted(rules), sorted(orgs)
    domains, types = list(LifeDomain.values), list(SolutionType.values)

    def text(n: int) -> str:
        return " ".join(
            rng.choice(sentences) + " " + " ".join(rng.sample(FILLER, 3)) + "." for _ in range(n)
        )

    return [
        {
            "id": f"bench-{number:06d}",
            "title": " ".join(rng.sample(FILLER, 4)).capitalize(),
            "summary": text(3),
            "household": "Huishouden met kinderen.",
            "life_domains": rng.sample(domains, 2),
            "laws_and_rules": rng.sample(rules, 1),
            "organisations": rng.sample(orgs, 2),
            "blockage": text(1),
            "solution": text(1),
            "solution_type": rng.sample(types, 1),
            "decided_by": "gemeente",
            "cost_of_solution_eur": rng.choice([None, 500, 1200.5, 3000]),
            "outcome": text(1),
        }
        for number in range(count)
    ]


def _p(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return round(ordered[max(0, int(len(ordered) * share) - 1)], 1)


def run_here() -> dict:
    """Measure in the database Django is set up with (migrated, empty or not)."""
    from maatwerk.demo.cases_data import DEMO_CASES
    from maatwerk.demo.loader import load_demo_case
    from maatwerk.demo.setup import ensure_demo_world
    from maatwerk.demo.vraagbaak_data import load_vraagbaak
    from maatwerk.vraagbaak import search, selectors, services
    from maatwerk.vraagbaak.models import Precedent
    from tests.vraagbaak.retrieval_set import QUERIES

    world = ensure_demo_world()
    load_vraagbaak(world)
    omo = world.users["omo"]
    figures: dict = {}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "precedents.json"
        path.write_text(json.dumps(records(PRECEDENTS)), encoding="utf-8")
        started = time.perf_counter()
        report = services.import_precedents(omo, services.load_file(path))
        figures["import_seconds"] = round(time.perf_counter() - started, 1)
        figures["imported"] = report.created
        started = time.perf_counter()
        services.import_precedents(omo, services.load_file(path))
        figures["reimport_seconds"] = round(time.perf_counter() - started, 1)
    # The import built and stored the index; a server that starts now (nothing in memory)
    # loads it from the database.
    search.forget()
    started = time.perf_counter()
    built = search.index()
    figures["index_seconds"] = round(time.perf_counter() - started, 1)
    figures["indexed"] = len(built.ids)
    # One edit, then the first search after it (the side part is read; no full build), here
    # and on a second server; then the periodic full build that folds the edit in.
    edited = Precedent.objects.get(external_id="bench-000007")
    services.save_precedent(omo, edited, blockage=edited.blockage + " Een kwartelkooi.")
    started = time.perf_counter()
    found = search.search("kwartelkooi", limit=10)
    figures["edit_search_ms"] = round((time.perf_counter() - started) * 1000, 1)
    search.forget()
    started = time.perf_counter()
    search.search("kwartelkooi", limit=10)
    figures["edit_cold_server_s"] = round(time.perf_counter() - started, 1)
    figures["edit_found"] = [hit.precedent.external_id for hit in found] == ["bench-000007"]
    started = time.perf_counter()
    search.rebuild()
    figures["rebuild_seconds"] = round(time.perf_counter() - started, 1)
    timings = []
    for number in range(SEARCHES):
        query = QUERIES[number % len(QUERIES)].text
        started = time.perf_counter()
        search.search(query, limit=10)
        timings.append((time.perf_counter() - started) * 1000)
    figures["search_p50_ms"] = _p(timings, 0.5)
    figures["search_p95_ms"] = _p(timings, 0.95)
    case = load_demo_case(world, next(d for d in DEMO_CASES if d["key"] == "anna"))
    similar = []
    for _ in range(100):
        started = time.perf_counter()
        selectors.similar_to_case(case)
        similar.append((time.perf_counter() - started) * 1000)
    figures["similar_p50_ms"] = _p(similar, 0.5)
    figures["similar_p95_ms"] = _p(similar, 0.95)
    figures["met"] = (
        figures["edit_found"]
        and figures["search_p95_ms"] < SEARCH_P95_MS
        and figures["import_seconds"] < IMPORT_SECONDS
        and figures["similar_p95_ms"] < SIMILAR_MS
    )
    return figures


def _one(url: str) -> int:
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "maatwerk.settings.test"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    print(json.dumps(run_here()))
    return 0


def run_both(pg_url: str) -> dict:
    """SQLite (a fresh file) and PostgreSQL (a fresh database), each in its own process."""
    from .run import _recreate_database

    results = {}
    with tempfile.TemporaryDirectory() as folder:
        targets = {"sqlite": f"sqlite:///{folder}/bench.sqlite3", "postgresql": pg_url}
        for name, url in targets.items():
            if name == "postgresql":
                _recreate_database(url)
            done = subprocess.run(  # noqa: S603 - our own module, our own URL
                [sys.executable, "-m", "bench.vraagbaak_data", url],
                capture_output=True,
                text=True,
                check=False,
            )
            lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
            results[name] = json.loads(lines[-1]) if lines else {"error": done.stderr[-2000:]}
    return results


def report(results: dict) -> bool:
    print(f"\nVraagbaak: {PRECEDENTS:,} precedents")
    keys = (
        "import_seconds",
        "reimport_seconds",
        "index_seconds",
        "edit_search_ms",
        "edit_cold_server_s",
        "rebuild_seconds",
        "search_p50_ms",
        "search_p95_ms",
        "similar_p50_ms",
        "similar_p95_ms",
    )
    print(f"{'database':<12}" + "".join(f"{key:>18}" for key in keys))
    met = True
    for name, figures in results.items():
        if "error" in figures:
            print(f"{name:<12} FAILED: {figures['error']}")
            met = False
            continue
        print(f"{name:<12}" + "".join(f"{figures[key]:>18}" for key in keys))
        met = met and figures["met"]
    print(
        f"Targets: import < {IMPORT_SECONDS:.0f} s, search p95 < {SEARCH_P95_MS:.0f} ms, "
        f"Vergelijkbare casussen < {SIMILAR_MS:.0f} ms: " + ("MET" if met else "NOT MET")
    )
    return met


if __name__ == "__main__":
    if len(sys.argv) > 1:
        sys.exit(_one(sys.argv[1]))
    url = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/maatwerk_bench")
    sys.exit(0 if report(run_both(url.rsplit("/", 1)[0] + "/maatwerk_bench_vraagbaak")) else 1)
