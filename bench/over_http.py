"""`make bench` over real HTTP (`python -m bench.over_http`): gunicorn with the production
settings (DEBUG off, PBKDF2 password hashing, two-factor required, secure session cookies over
TLS) on PostgreSQL, and Locust, headless, with 1 and with 16 users per scenario, at each size
in BENCH_HTTP_SIZES.

For each scenario: p50/p95/p99, requests per second, errors, the queries one request makes
(counted in-process under the same settings) and the peak memory of the gunicorn workers.
Per size the floor of the case list and the API list is timed beside them: the same first
page built from hand-written SQL, served by the same gunicorn (bench/floor.py). At the end
each scenario's p50 at the largest size is divided by its p50 at the smallest (the growth
ratio). Results: a table in the terminal, bench-results/http.json.

The growth ratio is measured once more at the end, side by side: a copy of the database as it
was at the smallest size (taken right after that size was measured) is served by a second
gunicorn, and each scenario runs with 1 user against the small and the large database in
turn, GROWTH_ROUNDS times each. The ratio of their medians is the growth the targets are held
to. The sizes themselves are measured minutes apart, and on a shared 2-core machine the load
of the moment moved single ratios by ±20 %; runs taken in turn share whatever load there is.

BENCH_QUICK=1: 1,000 and 10,000 cases, 2 s per run, one side-by-side round of 2 s (with
`bench.two_servers`, under five minutes on an idle machine).
The database (BENCH_HTTP_DATABASE_URL, default maatwerk_bench_http) and its copy at the
smallest size (the same name with `_small`) are dropped and created anew on every run."""

import datetime
import hashlib
import hmac
import json
import os
import re
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

QUICK = os.environ.get("BENCH_QUICK") == "1"
SIZES = [
    int(size)
    for size in os.environ.get(
        "BENCH_HTTP_SIZES", "1000,10000" if QUICK else "1000,100000,1000000"
    ).split(",")
]
SECONDS = int(os.environ.get("BENCH_HTTP_SECONDS", "2" if QUICK else "20"))
# The side-by-side growth runs: rounds per scenario and the seconds of each run.
GROWTH_ROUNDS = int(os.environ.get("BENCH_HTTP_GROWTH_ROUNDS", "1" if QUICK else "3"))
GROWTH_SECONDS = int(os.environ.get("BENCH_HTTP_GROWTH_SECONDS", "2" if QUICK else "10"))
USER_COUNTS = (1, 16)
ACCOUNTS = 16
PASSWORD = "bench-" + secrets.token_urlsafe(12)
SCENARIOS = [
    "case list",
    "filtered list",
    "name search",
    "reference search",
    "dossier",
    "confidential dossier",
    "API list",
    "API detail",
    "API create case",
]
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench-results"
# The floor page (bench/floor.py) of each list, timed over HTTP like the list itself.
FLOORS = {"case list": "case list floor", "API list": "API list floor"}
TARGETS = {"p50_1": 50.0, "p95_1": 150.0, "p50_16": 150.0, "growth": 1.5, "floor": 2.0}


def _production_environment(url: str, static_root: Path) -> dict:
    from cryptography.fernet import Fernet

    return {
        "DJANGO_SETTINGS_MODULE": "maatwerk.settings.production",
        "DATABASE_URL": url,
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "FIELD_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "BSN_HASH_KEY": secrets.token_urlsafe(48),
        "AUDIT_LOG_KEY": secrets.token_urlsafe(48),
        "STATIC_ROOT": str(static_root),
        "AUDIT_ANCHOR_DIR": str(static_root.parent / "anchors"),
        # The bench's sessions are opened once and used for the whole run.
        "SESSION_IDLE_MINUTES": "240",
        "LOG_LEVEL": "WARNING",
    }


def _recreate_database(url: str) -> None:
    import psycopg

    parsed = urlparse(url)
    name = parsed.path.lstrip("/")
    with psycopg.connect(parsed._replace(path="/postgres").geturl(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def _small_copy_url(url: str) -> str:
    parsed = urlparse(url)
    return parsed._replace(path=f"{parsed.path}_small").geturl()


def _copy_database(url: str, copy_url: str) -> None:
    """A copy of the database as it is now, sessions and tokens included: the bench's log-ins
    work on both. pg_dump reads a snapshot while the servers stay connected."""
    _recreate_database(copy_url)
    dump = subprocess.Popen(  # noqa: S603
        ["pg_dump", "--no-owner", f"--dbname={url}"],  # noqa: S607
        stdout=subprocess.PIPE,
    )
    subprocess.run(  # noqa: S603
        ["psql", "--quiet", "--set=ON_ERROR_STOP=1", f"--dbname={copy_url}"],  # noqa: S607
        stdin=dump.stdout,
        check=True,
        capture_output=True,
    )
    dump.stdout.close()
    if dump.wait() != 0:
        raise RuntimeError("pg_dump of the bench database failed")
    subprocess.run(  # noqa: S603
        ["psql", "--quiet", f"--dbname={copy_url}", "--command=VACUUM ANALYZE"],  # noqa: S607
        check=True,
        capture_output=True,
    )


def _totp(key: bytes, at: float) -> str:
    """RFC 6238, as django-otp checks it: 30 s steps, six digits, SHA-1."""
    counter = int(at // 30).to_bytes(8, "big")
    digest = hmac.new(key, counter, hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = int.from_bytes(digest[offset : offset + 4], "big") & 0x7FFFFFFF
    return f"{code % 1_000_000:06d}"


def _accounts(world) -> list:
    """Consulenten of one team, each with a password (hashed once, PBKDF2 as in production),
    a confirmed TOTP device and an API token."""
    from django.contrib.auth.hashers import make_password
    from django_otp.plugins.otp_totp.models import TOTPDevice
    from rest_framework.authtoken.models import Token

    from maatwerk.accounts.models import User
    from maatwerk.accounts.roles import Role

    consulent = world.users["consulent"]
    hashed = make_password(PASSWORD)
    users = []
    for number in range(ACCOUNTS):
        user, _ = User.objects.update_or_create(
            username=f"bench{number}",
            defaults={
                "role": Role.CONSULENT,
                "team": consulent.team,
                "municipality": consulent.municipality,
                "password": hashed,
                "first_name": "Bench",
                "last_name": f"Consulent {number}",
            },
        )
        TOTPDevice.objects.filter(user=user).delete()
        TOTPDevice.objects.create(user=user, name="bench", confirmed=True)
        Token.objects.get_or_create(user=user)
        users.append(user)
    return users


def _csrf(text: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', text).group(1)


def _log_in(base: str, user) -> dict:
    """The real log-in: password form, then the TOTP step; then two searches through the
    search form, whose terms the session keeps behind a token in the URL."""
    import requests
    import urllib3
    from django_otp.plugins.otp_totp.models import TOTPDevice
    from rest_framework.authtoken.models import Token

    urllib3.disable_warnings()
    session = requests.Session()
    session.verify = False
    session.trust_env = False  # a CA bundle in the environment would override verify
    headers = {"Referer": f"{base}/inloggen/"}
    page = session.get(f"{base}/inloggen/")
    answer = session.post(
        f"{base}/inloggen/",
        data={
            "username": user.username,
            "password": PASSWORD,
            "csrfmiddlewaretoken": _csrf(page.text),
        },
        headers=headers,
    )
    assert "tweede-stap" in answer.url, answer.url
    device = TOTPDevice.objects.get(user=user)
    # One code per 30 s step per device: wait for a fresh step if this one was used.
    code = _totp(device.bin_key, time.time())
    answer = session.post(
        answer.url,
        data={"token": code, "csrfmiddlewaretoken": _csrf(answer.text)},
        headers={"Referer": answer.url},
    )
    listed = session.get(f"{base}/casussen/")
    assert listed.status_code == 200 and "inloggen" not in listed.url, listed.url
    searches = {}
    for name, term in (("name", "Yilmaz"), ("reference", "00029")):
        found = session.post(
            f"{base}/casussen/",
            data={"q": term, "weergave": "alle", "csrfmiddlewaretoken": _csrf(listed.text)},
            headers={"Referer": f"{base}/casussen/"},
        )
        assert found.status_code == 200 and "zoek=" in found.url, found.url
        searches[name] = found.url.removeprefix(base)
    return {
        "cookies": session.cookies.get_dict(),
        "token": Token.objects.get(user=user).key,
        "searches": searches,
    }


def _fixture(users: list, accounts: list, size: int, first: dict | None) -> dict:
    from maatwerk.cases.access import visible_cases
    from maatwerk.cases.domains import LifeDomain, SignalSource
    from maatwerk.cases.models import Case

    user = users[0]
    visible = visible_cases(user)
    # Cases every bench account may open: not of a household with a confidential case (that
    # one is named on its regisseur only, so for the other accounts it and its household's
    # cases do not exist — a 404, which the 16-user run once counted as errors).
    shared = visible.exclude(household__cases__confidential=True)
    cases = list(shared.order_by("?").values_list("pk", flat=True)[:500])
    if first:  # the same records at every size: the first case is the one counted
        cases[0] = first["cases"][0]
        confidential = Case.objects.get(pk=first["confidential_case"])
    else:
        confidential = Case.objects.filter(
            confidential=True, household__team_id=user.team_id
        ).first()
    # Every bench account is named on this one confidential case, as its regisseur is.
    for account in users:
        confidential.confidential_users.add(account)
    households = list(
        visible.filter(confidential=False).values_list("household_id", flat=True)[:5000]
    )
    today = datetime.date.today()
    return {
        "size": size,
        "accounts": accounts,
        "cases": cases,
        "confidential_case": confidential.pk,
        "households": households,
        "new_case": {
            "title": "Huurachterstand en geen inkomen",
            "signal_source": SignalSource.KCC,
            "signal_date": (today - datetime.timedelta(days=2)).isoformat(),
            "stagnation_risk": "Huisuitzetting",
            "domains": [{"code": LifeDomain.WONEN, "description": "Huurachterstand"}],
        },
    }


def _query_counts(fixture: dict, user) -> dict:
    """The queries one request of each scenario makes, in-process under the same settings."""
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django_otp.plugins.otp_totp.models import TOTPDevice

    account = fixture["accounts"][0]
    screen = Client(HTTP_HOST="127.0.0.1")
    screen.force_login(user)
    session = screen.session
    session["otp_device_id"] = TOTPDevice.objects.get(user=user).persistent_id
    session.save()
    api = Client(HTTP_HOST="127.0.0.1", HTTP_AUTHORIZATION=f"Token {account['token']}")
    case = fixture["cases"][0]
    # The searches were made in the bench session; this client keeps its own.
    requests_of = {
        "case list": (screen, "get", "/casussen/?weergave=alle"),
        "filtered list": (
            screen,
            "get",
            "/casussen/?weergave=alle&status=in_behandeling&domain=wonen",
        ),
        "name search": (screen, "get", "/casussen/?weergave=alle&q=Yilmaz"),
        "reference search": (screen, "get", "/casussen/?weergave=alle&q=00029"),
        "dossier": (screen, "get", f"/casussen/{case}/"),
        "confidential dossier": (screen, "get", f"/casussen/{fixture['confidential_case']}/"),
        "API list": (api, "get", "/api/v1/cases/"),
        "API detail": (api, "get", f"/api/v1/cases/{case}/"),
        "API create case": (api, "post", "/api/v1/cases/"),
    }
    counts = {}
    for name, (client, method, path) in requests_of.items():
        kwargs = {"secure": True}
        if method == "post":
            kwargs |= {
                "data": dict(fixture["new_case"], household=fixture["households"][-1]),
                "content_type": "application/json",
            }
        getattr(client, method)(path, **kwargs)  # warm
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            response = getattr(client, method)(path, **kwargs)
        assert response.status_code in (200, 201), (name, response.status_code)
        counts[name] = len(queries)
    return counts


def _sql_floor(user) -> float:
    """The floor pages' SQL alone (bench/floor.py), in this process: median of 50 runs, ms."""
    from bench.floor import page_rows

    timings = []
    for _ in range(55):
        started = time.perf_counter()
        page_rows(user.pk, user.team_id)
        timings.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(timings[5:]), 2)


class _MemoryWatch(threading.Thread):
    """Peak resident memory of any one gunicorn worker, sampled every 0.2 s."""

    def __init__(self, master_pid: int) -> None:
        super().__init__(daemon=True)
        self.master_pid = master_pid
        self.peak_mb = 0.0
        self.running = True

    def run(self) -> None:
        import psutil

        master = psutil.Process(self.master_pid)
        while self.running:
            for worker in master.children():
                try:
                    self.peak_mb = max(self.peak_mb, worker.memory_info().rss / 2**20)
                except psutil.NoSuchProcess:
                    pass
            time.sleep(0.2)

    def take(self) -> float:
        peak, self.peak_mb = self.peak_mb, 0.0
        return round(peak, 1)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start_gunicorn(env: dict, workdir: Path, port: int) -> subprocess.Popen:
    cert, key = workdir / "cert.pem", workdir / "key.pem"
    if not cert.exists():
        subprocess.run(  # noqa: S603
            [
                *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"),
                *("-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)),
            ],
            check=True,
            capture_output=True,
        )
    server = subprocess.Popen(  # noqa: S603
        [
            *(str(ROOT / ".venv/bin/gunicorn"), "-c", str(ROOT / "deploy/gunicorn.conf.py")),
            *("--certfile", str(cert), "--keyfile", str(key), "--log-level", "warning"),
            "maatwerk.wsgi",
        ],
        env={**os.environ, **env, "GUNICORN_BIND": f"127.0.0.1:{port}"},
        cwd=ROOT,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("gunicorn did not start")


def _locust(
    base: str,
    scenario: str,
    users: int,
    fixture_path: Path,
    workdir: Path,
    name: str = "locust",
    extra_env: dict | None = None,
    seconds: int = SECONDS,
) -> dict:
    prefix = workdir / name
    subprocess.run(  # noqa: S603
        [
            *(str(ROOT / ".venv/bin/locust"), "-f", str(ROOT / "bench/locustfile.py")),
            *("--headless", "-u", str(users), "-r", str(users), "-t", f"{seconds}s"),
            *("--host", base, "--csv", str(prefix), "--only-summary", "--loglevel", "ERROR"),
        ],
        env={
            **os.environ,
            "BENCH_FIXTURE": str(fixture_path),
            "BENCH_SCENARIO": scenario,
            **(extra_env or {}),
        },
        check=False,
        capture_output=True,
    )
    import csv

    with open(f"{prefix}_stats.csv", newline="") as stats:
        row = next(row for row in csv.DictReader(stats) if row["Name"] == scenario)
    return {
        "p50_ms": float(row["50%"]),
        "p95_ms": float(row["95%"]),
        "p99_ms": float(row["99%"]),
        "rps": round(float(row["Requests/s"]), 1),
        "requests": int(row["Request Count"]),
        "errors": int(row["Failure Count"]),
    }


def _uptime() -> str:
    return Path("/proc/loadavg").read_text().split()[0]


def production_setup(url: str, prefix: str) -> tuple[Path, dict]:
    """A fresh database and Django set up in this process with the production settings the
    servers get too (migrated, static files collected): the work folder and the environment."""
    workdir = Path(tempfile.mkdtemp(prefix=prefix))
    env = _production_environment(url, workdir / "static")
    os.environ.update(env)
    _recreate_database(url)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    return workdir, env


def main() -> int:
    url = os.environ.get(
        "BENCH_HTTP_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/maatwerk_bench_http"
    )
    workdir, env = production_setup(url, "maatwerk-bench-")
    from django.db import connection

    from maatwerk.cases.models import Case
    from maatwerk.demo.setup import ensure_demo_world
    from maatwerk.demo.synthetic import generate_cases

    world = ensure_demo_world()
    users = _accounts(world)
    port = _free_port()
    base = f"https://127.0.0.1:{port}"
    # The production settings plus the floor pages' URLs.
    server = _start_gunicorn(
        {**env, "DJANGO_SETTINGS_MODULE": "bench.floor_settings"}, workdir, port
    )
    watch = _MemoryWatch(server.pid)
    watch.start()
    report: dict = {"sizes": {}, "seconds_per_run": SECONDS}
    accounts = first = small_server = None
    small_url = _small_copy_url(url)
    try:
        for size in SIZES:
            started = time.monotonic()
            generate_cases(world, size - Case.objects.count(), seed=size)
            load_s = round(time.monotonic() - started, 1)
            with connection.cursor() as cursor:
                # As autovacuum leaves the tables some minutes after a bulk load: statistics
                # and the visibility map (which lets the lists count from their indexes
                # alone); and the load's writes flushed now rather than during the runs.
                cursor.execute("VACUUM ANALYZE")
                cursor.execute("CHECKPOINT")
            settle_s = round(time.monotonic() - started - load_s, 1)
            if accounts is None:  # one log-in per account: a TOTP code counts only once
                accounts = [_log_in(base, account) for account in users]
            fixture = first = _fixture(users, accounts, size, first)
            fixture_path = workdir / "fixture.json"
            fixture_path.write_text(json.dumps(fixture))
            if small_server is None and len(SIZES) > 1:
                # The smallest size as its runs find it, kept for the side-by-side growth,
                # with its fixture: its records are in the larger sizes too.
                small_fixture_path = workdir / "fixture_small.json"
                small_fixture_path.write_text(json.dumps(fixture))
                _copy_database(url, small_url)
                small_port = _free_port()
                small_server = _start_gunicorn(
                    {**env, "DATABASE_URL": small_url}, workdir, small_port
                )
            queries = _query_counts(fixture, users[0])
            floor = {"SQL only": _sql_floor(users[0])}
            for scenario, page in FLOORS.items():
                floor[scenario] = _locust(base, page, 1, fixture_path, workdir)["p50_ms"]
            results = {}
            for scenario in SCENARIOS:
                results[scenario] = {"queries": queries[scenario]}
                for count in USER_COUNTS:
                    watch.take()
                    figures = _locust(base, scenario, count, fixture_path, workdir)
                    figures["peak_worker_mb"] = watch.take()
                    figures["load_average"] = _uptime()
                    results[scenario][f"{count} users"] = figures
            report["sizes"][size] = {
                "load_seconds": load_s,
                "vacuum_and_checkpoint_seconds": settle_s,
                "cases": Case.objects.count(),
                "floor_ms": floor,
                "results": results,
            }
            _print_size(size, report["sizes"][size])
        if small_server is not None:
            report["side_by_side"] = _side_by_side(
                f"https://127.0.0.1:{small_port}", base, small_fixture_path, workdir
            )
    finally:
        watch.running = False
        for running in (server, small_server):
            if running is not None:
                running.terminate()
                running.wait(timeout=30)
    problems = _compare(report)
    OUT.mkdir(exist_ok=True)
    (OUT / "http.json").write_text(json.dumps(report, indent=2))
    print(f"\nWritten: {OUT / 'http.json'}")
    print("Targets: " + ("MET" if not problems else "NOT MET"))
    for problem in problems:
        print(f"  - {problem}")
    return 0


def _side_by_side(small_base: str, large_base: str, fixture_path: Path, workdir: Path) -> dict:
    """Each scenario with 1 user against the smallest and the largest size in turn: their
    p50s per round and the ratio of the medians."""
    print(
        f"\nGrowth side by side: {GROWTH_ROUNDS} rounds of {GROWTH_SECONDS} s per size and "
        "scenario, the smallest and the largest size in turn"
    )
    results = {}
    for scenario in SCENARIOS:
        small, large, errors = [], [], 0
        for _ in range(GROWTH_ROUNDS):
            for base, p50s in ((small_base, small), (large_base, large)):
                run = _locust(base, scenario, 1, fixture_path, workdir, seconds=GROWTH_SECONDS)
                p50s.append(run["p50_ms"])
                errors += run["errors"]
        ratio = round(statistics.median(large) / max(statistics.median(small), 1), 2)
        results[scenario] = {
            "small_p50_ms": small,
            "large_p50_ms": large,
            "errors": errors,
            "growth": ratio,
        }
        print(f"{scenario:<22} small {small}  large {large}  growth {ratio}  errors {errors}")
    return results


def _print_size(size: int, data: dict) -> None:
    print(
        f"\n{size:,} cases (loaded in {data['load_seconds']} s, then VACUUM ANALYZE and "
        f"CHECKPOINT in {data['vacuum_and_checkpoint_seconds']} s; load average "
        f"{_uptime()}; floor pages, p50 over HTTP: case list {data['floor_ms']['case list']} ms, "
        f"API list {data['floor_ms']['API list']} ms; their SQL {data['floor_ms']['SQL only']} ms)"
    )
    print(
        f"{'scenario':<22} {'users':>5} {'p50':>7} {'p95':>7} {'p99':>7} {'req/s':>7} "
        f"{'errors':>6} {'queries':>7} {'peak MB':>8} {'load':>5}"
    )
    for scenario, figures in data["results"].items():
        for count in USER_COUNTS:
            run = figures[f"{count} users"]
            print(
                f"{scenario:<22} {count:>5} {run['p50_ms']:>7} {run['p95_ms']:>7} "
                f"{run['p99_ms']:>7} {run['rps']:>7} {run['errors']:>6} "
                f"{figures['queries']:>7} {run['peak_worker_mb']:>8} {run['load_average']:>5}"
            )


def _compare(report: dict) -> list[str]:
    sizes = sorted(report["sizes"])
    small, large = report["sizes"][sizes[0]], report["sizes"][sizes[-1]]
    problems = []
    report["growth"] = {}
    report["floor_ratio"] = {}
    print(f"\nGrowth of p50 (1 user) from {sizes[0]:,} to {sizes[-1]:,} cases, and page ÷ floor")
    report["growth_sizes_apart"] = {}
    side_by_side = report.get("side_by_side", {})
    for scenario, figures in large["results"].items():
        before = small["results"][scenario]
        apart = round(figures["1 users"]["p50_ms"] / max(before["1 users"]["p50_ms"], 1), 2)
        report["growth_sizes_apart"][scenario] = apart
        # Held to the side-by-side ratio where there is one (see the module's docstring).
        ratio = side_by_side[scenario]["growth"] if scenario in side_by_side else apart
        report["growth"][scenario] = ratio
        line = f"{scenario:<22} growth {ratio:>5} (sizes measured apart: {apart})"
        if scenario in large["floor_ms"]:
            floor_ratio = round(figures["1 users"]["p50_ms"] / large["floor_ms"][scenario], 1)
            report["floor_ratio"][scenario] = floor_ratio
            line += f"   page ÷ floor {floor_ratio}"
            if floor_ratio > TARGETS["floor"]:
                problems.append(f"{scenario}: page {floor_ratio}× the floor")
        print(line)
        if ratio > TARGETS["growth"]:
            problems.append(f"{scenario}: p50 grew {ratio}×")
        if side_by_side.get(scenario, {}).get("errors"):
            problems.append(f"{scenario}: {side_by_side[scenario]['errors']} errors side by side")
        if figures["queries"] != before["queries"]:
            problems.append(f"{scenario}: {before['queries']} → {figures['queries']} queries")
        one, many = figures["1 users"], figures["16 users"]
        if one["p50_ms"] > TARGETS["p50_1"] or one["p95_ms"] > TARGETS["p95_1"]:
            problems.append(f"{scenario}, 1 user: p50 {one['p50_ms']} / p95 {one['p95_ms']} ms")
        if many["p50_ms"] > TARGETS["p50_16"] or many["errors"] or one["errors"]:
            problems.append(
                f"{scenario}, 16 users: p50 {many['p50_ms']} ms, "
                f"{many['errors'] + one['errors']} errors"
            )
    return problems


if __name__ == "__main__":
    sys.exit(main())
