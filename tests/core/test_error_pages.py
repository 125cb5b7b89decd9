"""The product's own Dutch error pages, also in the demo (DEBUG on): HTML for the screens,
JSON under /api/v1/. Django's debug pages only when a developer sets DJANGO_DEBUG_PAGES. A
refusal (403) is one log line, without a traceback."""

import json
import logging

import pytest
from django.test import RequestFactory

from maatwerk.core.logging import NoClientErrorTraceback
from maatwerk.errors import DevErrorPagesMiddleware

from ..factories import CaseFactory


@pytest.fixture
def demo(settings):
    """Settings as in `make run`: DEBUG on, debug pages not asked for."""
    settings.DEBUG = True
    settings.DEBUG_ERROR_PAGES = False
    return settings


def _is_product_page(response, status: int, heading: str) -> None:
    html = response.content.decode()
    assert response.status_code == status
    assert response["Content-Type"].startswith("text/html")
    assert f'<h1 class="utrecht-heading-1">{heading}</h1>' in html
    assert 'lang="nl"' in html
    for debug_text in ("Page not found", "URLconf", "DEBUG = True", "Traceback"):
        assert debug_text not in html


def test_an_unknown_url_in_the_demo_is_the_dutch_404_page(client, consulent, demo):
    client.force_login(consulent)

    _is_product_page(client.get("/bestaat-niet/"), 404, "Niet gevonden")


def test_another_teams_case_in_the_demo_is_the_dutch_404_page(client, consulent_zuid, demo):
    case = CaseFactory()
    client.force_login(consulent_zuid)

    _is_product_page(client.get(f"/casussen/{case.pk}/"), 404, "Niet gevonden")


def test_an_unknown_url_signed_out_is_the_dutch_404_page_too(client, demo):
    _is_product_page(client.get("/bestaat-niet/"), 404, "Niet gevonden")


def test_a_missing_slash_still_redirects(client, consulent, demo):
    client.force_login(consulent)

    response = client.get("/casussen")

    assert response.status_code == 301
    assert response["Location"] == "/casussen/"


@pytest.mark.parametrize("debug", [True, False])
def test_under_the_api_an_unknown_url_is_json(client, settings, debug):
    settings.DEBUG = debug
    settings.DEBUG_ERROR_PAGES = False

    response = client.get("/api/v1/bestaat-niet/")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {"detail": "Niet gevonden."}


def test_without_debug_the_handlers_give_the_same_dutch_pages(client, consulent, settings):
    settings.DEBUG = False
    client.force_login(consulent)

    _is_product_page(client.get("/bestaat-niet/"), 404, "Niet gevonden")


def test_a_developer_can_ask_for_djangos_debug_page(client, consulent, settings):
    settings.DEBUG = True
    settings.DEBUG_ERROR_PAGES = True
    client.force_login(consulent)

    response = client.get("/bestaat-niet/")

    assert response.status_code == 404
    assert "URLconf" in response.content.decode()


def test_a_refused_page_is_the_dutch_403_page(client, wethouder, demo):
    client.force_login(wethouder)

    response = client.get("/casussen/")

    _is_product_page(response, 403, "Geen toegang")
    assert "Naar uw startpagina" in response.content.decode()


def test_an_unexpected_error_in_the_demo_is_the_dutch_500_page(demo, rf: RequestFactory):
    middleware = DevErrorPagesMiddleware(lambda request: None)

    screen = middleware.process_exception(rf.get("/casussen/1/"), RuntimeError("kapot"))
    api = middleware.process_exception(rf.get("/api/v1/cases/1/"), RuntimeError("kapot"))

    assert screen.status_code == api.status_code == 500
    assert "Er ging iets mis" in screen.content.decode()
    assert "kapot" not in screen.content.decode()
    assert json.loads(api.content) == {"detail": "Er ging iets mis aan onze kant."}


def test_a_403_is_logged_as_one_line_without_a_traceback(client, wethouder, caplog, settings):
    client.force_login(wethouder)
    with caplog.at_level(logging.WARNING, logger="django.request"):
        client.get("/casussen/")

    # Django attaches the PermissionDenied to the record; the console handler's filter (in
    # the configured LOGGING) has taken it off, so the console shows one line.
    assert "no_client_error_traceback" in settings.LOGGING["handlers"]["console"]["filters"]
    record = next(r for r in caplog.records if r.getMessage().startswith("Forbidden"))
    assert record.exc_info is None
    printed = logging.Formatter("%(message)s").format(record)
    assert printed == "Forbidden (Permission denied): /casussen/"
    # No other handler on the way (such as Django's default one for DEBUG) prints the trace.
    printing = []
    logger = logging.getLogger("django.request")
    while logger:
        printing += [
            h
            for h in logger.handlers
            if type(h) is logging.StreamHandler
            and not any(isinstance(f, NoClientErrorTraceback) for f in h.filters)
        ]
        logger = logger.parent if logger.propagate else None
    assert printing == []


def test_a_server_error_keeps_its_traceback_in_the_log():
    try:
        raise RuntimeError("kapot")
    except RuntimeError:
        import sys

        record = logging.LogRecord(
            "django.request",
            logging.ERROR,
            __file__,
            1,
            "Internal Server Error: /",
            None,
            sys.exc_info(),
        )
    record.status_code = 500

    NoClientErrorTraceback().filter(record)

    assert "Traceback" in logging.Formatter("%(message)s").format(record)
