"""The floor of the case list and the API list, served by the same gunicorn as the app: the
same first page (the user's team, confidentiality, the list's order, 25 rows with their
regisseur, team and domains) built from hand-written SQL and written out without templates or
serializers, behind the same middleware (session, two-factor, security headers) and over the
same TLS. Page time ÷ floor time is what the ORM, the templates, the filters, the count and the
access log add to the work a page cannot avoid.

Only the bench serves these URLs: `bench.floor_settings` is the production settings with
this URLconf in front of the app's, and the bench app that declares them in the
authorization table (`bench.floor_policy`)."""

import html

from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import include, path

from maatwerk.urls import handler403, handler404, handler500  # noqa: F401 (the app's pages)

PAGE_SQL = """
    SELECT c.id, c.reference, c.title, c.status, c.signal_date,
           r.first_name, r.last_name, t.name
    FROM cases_case c
    JOIN accounts_team t ON t.id = c.household_team_id
    LEFT JOIN accounts_user r ON r.id = c.regisseur_id
    WHERE c.household_team_id = %(team)s
      AND NOT EXISTS (
        SELECT 1 FROM cases_case x
        WHERE x.household_id = c.household_id AND x.confidential
          AND NOT EXISTS (SELECT 1 FROM cases_case_confidential_users u
                          WHERE u.case_id = x.id AND u.user_id = %(user)s))
    ORDER BY c.signal_date DESC, c.id DESC LIMIT 25"""
DOMAINS_SQL = "SELECT case_id, code FROM cases_casedomain WHERE case_id = ANY(%s)"
API_USER_SQL = """
    SELECT u.id, u.team_id FROM authtoken_token k JOIN accounts_user u ON u.id = k.user_id
    WHERE k.key = %s AND u.is_active"""


def page_rows(user_id: int, team_id: int) -> list[dict]:
    """The first page's rows, each with its domain codes: two queries."""
    with connection.cursor() as cursor:
        cursor.execute(PAGE_SQL, {"team": team_id, "user": user_id})
        columns = [
            "id", "reference", "title", "status", "signal_date", "first", "last", "team"
        ]  # fmt: skip
        rows = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
        cursor.execute(DOMAINS_SQL, [[row["id"] for row in rows]])
        domains: dict[int, list[str]] = {}
        for case_id, code in cursor.fetchall():
            domains.setdefault(case_id, []).append(code)
    for row in rows:
        row["domains"] = domains.get(row["id"], [])
    return rows


def case_list_floor(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return HttpResponse(status=403)
    rows = page_rows(request.user.pk, request.user.team_id)
    cells = "".join(
        "<tr><th><a href='/casussen/{id}/'>{reference}</a></th><td>{title}</td><td>{status}"
        "</td><td>{domains}</td><td>{team}</td><td>{first} {last}</td><td>{date}</td></tr>".format(
            **{key: html.escape(str(value)) for key, value in row.items()},
            date=row["signal_date"].strftime("%d-%m-%Y"),
        )
        for row in rows
    )
    return HttpResponse(f"<!doctype html><title>Casussen</title><table>{cells}</table>")


def api_list_floor(request: HttpRequest) -> HttpResponse:
    key = request.headers.get("Authorization", "").removeprefix("Token ")
    with connection.cursor() as cursor:
        cursor.execute(API_USER_SQL, [key])
        found = cursor.fetchone()
    if found is None:
        return HttpResponse(status=401)
    rows = page_rows(*found)
    for row in rows:
        row["signal_date"] = row["signal_date"].isoformat()
    return JsonResponse({"results": rows}, json_dumps_params={"ensure_ascii": False})


urlpatterns = [
    path("bench/vloer/casussen/", case_list_floor, name="bench-floor-case-list"),
    path("bench/vloer/api/cases/", api_list_floor, name="bench-floor-api-list"),
    path("", include("maatwerk.urls")),
]
