"""Locust users for bench/http.py: one scenario per run (BENCH_SCENARIO), every request named
after it. Screen users reuse a session that bench/http.py opened through the real log-in and
TOTP steps; API users send a token. The fixture (BENCH_FIXTURE) names the sessions, tokens and
records to use."""

import itertools
import json
import os
import random

from locust import HttpUser, constant, events, task

FIXTURE = json.loads(open(os.environ["BENCH_FIXTURE"]).read())
SCENARIO = os.environ["BENCH_SCENARIO"]
_accounts = itertools.count()
# The ids of the cases the server answered 201 for, written to BENCH_CREATED at the end
# (bench/two_servers.py checks each one is in the database).
_created: list[int] = []


@events.quitting.add_listener
def _write_created(environment, **kwargs) -> None:
    if os.environ.get("BENCH_CREATED"):
        with open(os.environ["BENCH_CREATED"], "w") as out:
            json.dump(_created, out)


class BenchUser(HttpUser):
    wait_time = constant(0)  # closed loop: each user sends its next request at once

    def on_start(self) -> None:
        self.client.verify = False  # the bench's own self-signed certificate
        self.client.trust_env = False  # else a CA bundle in the environment overrides it
        account = FIXTURE["accounts"][next(_accounts) % len(FIXTURE["accounts"])]
        for name, value in account["cookies"].items():
            self.client.cookies.set(name, value, domain="127.0.0.1", path="/")
        self.token = account["token"]
        self.searches = account["searches"]
        self.csrf = account["cookies"].get("csrftoken", "")
        self.rng = random.Random()

    def _get(self, path: str, **kwargs) -> None:
        with self.client.get(path, name=SCENARIO, catch_response=True, **kwargs) as response:
            if response.status_code != 200 or response.url.rstrip("/").endswith("inloggen"):
                response.failure(f"{response.status_code} {response.url}")

    def _api(self) -> dict:
        return {"Authorization": f"Token {self.token}"}

    @task
    def scenario(self) -> None:
        case = self.rng.choice(FIXTURE["cases"])
        if SCENARIO == "case list":
            self._get("/casussen/?weergave=alle")
        elif SCENARIO == "filtered list":
            self._get("/casussen/?weergave=alle&status=in_behandeling&domain=wonen")
        elif SCENARIO == "name search":
            self._get(self.searches["name"])
        elif SCENARIO == "reference search":
            self._get(self.searches["reference"])
        elif SCENARIO == "dossier":
            self._get(f"/casussen/{case}/")
        elif SCENARIO == "confidential dossier":
            self._get(f"/casussen/{FIXTURE['confidential_case']}/")
        elif SCENARIO == "API list":
            self._get("/api/v1/cases/", headers=self._api())
        elif SCENARIO == "case list floor":  # bench/floor.py
            self._get("/bench/vloer/casussen/")
        elif SCENARIO == "API list floor":
            self._get("/bench/vloer/api/cases/", headers=self._api())
        elif SCENARIO == "API detail":
            self._get(f"/api/v1/cases/{case}/", headers=self._api())
        elif SCENARIO == "API create case":
            body = dict(FIXTURE["new_case"], household=self.rng.choice(FIXTURE["households"]))
            with self.client.post(
                "/api/v1/cases/", json=body, headers=self._api(), name=SCENARIO, catch_response=True
            ) as response:
                if response.status_code != 201:
                    response.failure(f"{response.status_code} {response.text[:200]}")
                else:
                    _created.append(response.json()["id"])
        else:
            raise RuntimeError(f"unknown scenario {SCENARIO}")
