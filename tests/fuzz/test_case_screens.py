"""Odd values in every field of every POST screen of the case file, as the consulent: the new
case, each intake step, the status change and the note.

Each screen is read as the browser gets it (its forms, fields and current values), so the
fuzzer follows the screens as they change. Hypothesis then changes one to three fields at a
time: lone surrogates and NUL characters, numbers beyond 64 bits, overlong text, wrong types
(text for a number, a list for a single value, a missing field). The body is sent as a
browser would encode it (a lone surrogate as the bytes a broken client sends). Every answer
must be a 200 with a visible Dutch error, a 302 onward, or a 400 — never a 500 — and a
refused post must leave the database exactly as it was. Each example runs in a savepoint
that is rolled back, so examples do not depend on each other. Bounded and reproducible:
a fixed number of examples per screen, derandomized, no example database."""

import datetime
from urllib.parse import urlencode

import pytest
from django.contrib import messages
from django.contrib.messages import get_messages
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from maatwerk.cases.models import CaseStatusChange, TimelineEntry

from ..api.db_state import snapshot
from ..factories import BlockageFactory, CaseFactory, HouseholdFactory, MemberFactory
from .html_forms import PageForm, read_forms

pytestmark = pytest.mark.django_db

EXAMPLES_PER_SCREEN = 30

FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES_PER_SCREEN,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],  # no shrinking: every example hits the database
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
    ],
)

HUGE_NUMBERS = [
    str(2**63),
    str(2**63 - 1),
    str(-(2**63) - 1),
    str(2**64),
    "9" * 40,
    "-1",
    "0",
    "1e309",
    "1.5",
    "NaN",
]
ODD_TEXT = [
    "\ud800",
    "a\udfffb",
    "\udbff",
    "\x00",
    "a\x00b",
    "",
    " ",
    "abc",
    "true",
    "[]",
    "{}",
    "null",
    "2026-02-30",
    "99999-12-31",
    "0000-00-00",
    "<script>alert(1)</script>",
    "\u202e\ufeff",
]
ODD_VALUES = st.one_of(
    st.sampled_from(HUGE_NUMBERS + ODD_TEXT),
    st.integers(min_value=151, max_value=20_000).map(lambda n: "x" * n),
    st.integers().map(str),
    st.text(max_size=12),
)

# English texts Django or DRF would show if a message reached the user untranslated.
ENGLISH = (
    "This field",
    "Enter a valid",
    "Select a valid",
    "Ensure this value",
    "is not one of the available choices",
    "Null characters",
    "Surrogate",
    "ManagementForm data",
    "Hidden field",
)

# Values a browser user would have typed on the new-case screen, so that mutations reach the
# saving code and not only the required-field errors. Only names the screen has are used.
NEW_CASE_INPUT = {
    "signal-title": "Huurschuld blokkeert werk",
    "signal-signal_source": "kcc",
    "signal-signal_date": "2026-10-01",
    "hh-street": "Lindelaan",
    "hh-house_number": "4",
    "hh-postcode": "1234 AB",
    "hh-city": "Demodam",
    "members-0-first_name": "Yvonne",
    "members-0-last_name": "Testpersoon",
    "members-0-date_of_birth": "1984-03-02",
    "members-0-role": "hoofdbewoner",
    "members-0-bsn": "111222333",
}
STEPS = ["huishouden", "leefgebieden", "betrokkenen", "knelpunten", "route", "toestemming"]
SCREENS = ["nieuw", *STEPS, "status", "notitie"]


@pytest.fixture
def case(consulent):
    household = HouseholdFactory(team=consulent.team)
    MemberFactory(household=household)
    MemberFactory(household=household, kind=True)
    case = CaseFactory(
        household=household,
        regisseur=consulent,
        eligible=True,
        consent_date=timezone.localdate() - datetime.timedelta(days=10),
    )
    BlockageFactory(case=case)
    return case


def _state() -> dict:
    return snapshot(extra=(CaseStatusChange, TimelineEntry))


def _screen(client, case, screen: str) -> tuple[str, PageForm, dict[str, str]]:
    """(URL to post to, the form as the page offers it, what a user would type)."""
    if screen in ("status", "notitie"):
        page = client.get(reverse("cases:detail", args=[case.pk]))
        name, typed = ("transition", {"reason": "Reden"})
        if screen == "notitie":
            name, typed = ("note", {"text": "Een notitie"})
        url = reverse(f"cases:{name}", args=[case.pk])
        form = next(f for f in read_forms(page.content.decode()) if f.action == url)
        return url, form, typed
    url = (
        reverse("cases:create")
        if screen == "nieuw"
        else reverse("cases:step", args=[case.pk, screen])
    )
    page = client.get(url)
    assert page.status_code == 200
    form = next(f for f in read_forms(page.content.decode()) if f.action in ("", url))
    return url, form, NEW_CASE_INPUT if screen == "nieuw" else {}


def _baseline(form: PageForm, typed: dict[str, str]) -> list[tuple[str, str]]:
    pairs = [(name, value) for name, value in form.fields if name not in typed]
    pairs += [(name, value) for name, value in typed.items() if name in form.names]
    if form.submit is not None:
        pairs.append(form.submit)
    return pairs


def _fuzzed_names(form: PageForm) -> list[str]:
    """Every control of the form except the CSRF token and the formsets' form counts: a huge
    count makes Django build its maximum of 2,000 forms: tens of seconds per example."""
    return [
        name
        for name in form.names
        if name != "csrfmiddlewaretoken" and not name.endswith(("-TOTAL_FORMS", "-INITIAL_FORMS"))
    ]


def _mutations(names: list[str]):
    action = st.one_of(
        st.tuples(st.just("set"), ODD_VALUES),
        st.tuples(st.just("add"), ODD_VALUES),  # a second value: a list for a single field
        st.tuples(st.just("drop"), st.just("")),
    )
    return st.lists(st.tuples(st.sampled_from(names), action), min_size=1, max_size=3)


def _apply(pairs: list[tuple[str, str]], mutations) -> list[tuple[str, str]]:
    result = list(pairs)
    for name, (kind, value) in mutations:
        if kind in ("set", "drop"):
            result = [pair for pair in result if pair[0] != name]
        if kind in ("set", "add"):
            result.append((name, value))
    return result


def _error_messages(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request) if m.level == messages.ERROR]


def post_and_check(client, url: str, pairs: list[tuple[str, str]]) -> int:
    """Post `pairs` as a browser would and check the answer; returns the status code."""
    body = urlencode(pairs, encoding="utf-8", errors="surrogatepass")
    before = _state()
    with transaction.atomic():
        response = client.post(url, body, content_type="application/x-www-form-urlencoded")
        refused = response.status_code != 302 or bool(_error_messages(response))
        after = _state()
        transaction.set_rollback(True)
    client.cookies.pop("messages", None)

    assert response.status_code in (200, 302, 400), response.status_code
    shown = (
        " ".join(_error_messages(response))
        if response.status_code == 302
        else response.content.decode()
    )
    if response.status_code != 302:
        assert 'role="alert"' in shown, "a refused post must say why"
    for english in ENGLISH:
        assert english not in shown, english
    if refused:
        assert after == before, "a refused post changed the database"
    return response.status_code


@pytest.mark.parametrize("screen", SCREENS)
def test_odd_values_on_a_screen_get_a_dutch_answer_and_write_nothing_half(
    client, consulent, case, screen
):
    client.force_login(consulent)
    url, form, typed = _screen(client, case, screen)
    baseline = _baseline(form, typed)
    names = _fuzzed_names(form)
    seen: set[int] = set()

    @FUZZ_SETTINGS
    @given(mutations=_mutations(names))
    def fuzz(mutations):
        seen.add(post_and_check(client, url, _apply(baseline, mutations)))

    fuzz()
    assert seen, "no example ran"


@pytest.mark.parametrize("screen", SCREENS)
def test_each_field_alone_takes_a_huge_id_and_a_lone_surrogate(client, consulent, case, screen):
    """Deterministic, the two values that answered 500: every field of the screen, one at a
    time, gets a number just beyond 64 bits, then a lone surrogate."""
    client.force_login(consulent)
    url, form, typed = _screen(client, case, screen)
    baseline = _baseline(form, typed)

    for value in (str(2**63), "\ud800"):
        for name in _fuzzed_names(form):
            post_and_check(client, url, _apply(baseline, [(name, ("set", value))]))
