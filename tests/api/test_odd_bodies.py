"""Odd request bodies to every write endpoint: JSON that is not an object, malformed or too
deeply nested JSON, an empty object where fields are required, a media type the API does not
read, and a NUL character in the id. Always a 4xx with a JSON answer, never a 500, and nothing
saved. (tests/api/test_errors.py sends some of these to the create endpoints; this covers
updates and transitions too, with exact answers.)"""

import pytest

from maatwerk.cases.models import CaseStatusChange

from .db_state import snapshot, without

pytestmark = pytest.mark.django_db


def _state() -> dict:
    # Status changes too: a refused transition must not leave one behind.
    return snapshot(extra=(CaseStatusChange,))


# (method, path) of every write endpoint, with {id} filled in from the Noord case file.
WRITES = [
    ("post", "/api/v1/cases/"),
    ("put", "/api/v1/cases/{case}/"),
    ("patch", "/api/v1/cases/{case}/"),
    ("post", "/api/v1/cases/{case}/transition/"),
    ("post", "/api/v1/households/"),
    ("put", "/api/v1/households/{household}/"),
    ("patch", "/api/v1/households/{household}/"),
    ("post", "/api/v1/members/"),
    ("put", "/api/v1/members/{member}/"),
    ("patch", "/api/v1/members/{member}/"),
    ("post", "/api/v1/blockages/"),
    ("put", "/api/v1/blockages/{blockage}/"),
    ("patch", "/api/v1/blockages/{blockage}/"),
    ("post", "/api/v1/organisations/"),
    ("put", "/api/v1/organisations/{organisation}/"),
    ("patch", "/api/v1/organisations/{organisation}/"),
]
WRITE_IDS = [f"{method} {path}" for method, path in WRITES]

# JSON that parses but is not an object, and JSON that does not parse.
NOT_AN_OBJECT = ["null", "[]", '""', '"tekst"', "123", "-1.5", "true", "[{}]", '["title"]']
UNREADABLE = [
    "{",
    '{"title": }',
    "{'title': 'enkele aanhalingstekens'}",
    '{"household": NaN}',
    '{"household": ' + "9" * 5000 + "}",
    "\ufeff{}",
    "[" * 100_000 + "]" * 100_000,  # deeper than Python's json module can read
    '{"a": ' * 100_000 + "1" + "}" * 100_000,
]


@pytest.fixture
def paths(noord_case):
    blockage = noord_case.blockages.get()
    ids = {
        "case": noord_case.pk,
        "household": noord_case.household_id,
        "member": noord_case.household.members.get().pk,
        "blockage": blockage.pk,
        "organisation": blockage.owner_id,
    }
    return lambda path: path.format(**ids)


@pytest.fixture(params=["consulent", "omo"])
def case_worker(request):
    return request.getfixturevalue(request.param)


def _send(client, method: str, path: str, raw, content_type: str):
    return getattr(client, method)(path, raw, content_type=content_type)


@pytest.mark.parametrize("raw", NOT_AN_OBJECT + UNREADABLE)
@pytest.mark.parametrize(("method", "path"), WRITES, ids=WRITE_IDS)
def test_a_body_that_is_not_a_json_object_is_a_400(
    client_for, case_worker, paths, method, path, raw
):
    before = _state()

    response = _send(client_for(case_worker), method, paths(path), raw, "application/json")

    assert response.status_code == 400, response.content[:300]
    assert isinstance(response.json(), dict)
    assert _state() == before


REQUIRED_FIELDS = {
    "/api/v1/cases/": {"household", "title", "signal_source", "signal_date"},
    "/api/v1/cases/{case}/": {"household", "title", "signal_source", "signal_date"},
    "/api/v1/cases/{case}/transition/": {"target", "reason"},
    "/api/v1/households/": {"members"},
    "/api/v1/members/": {"household", "first_name", "last_name", "role"},
    "/api/v1/members/{member}/": {"household", "first_name", "last_name", "role"},
    "/api/v1/blockages/": {"case", "rule", "explanation"},
    "/api/v1/blockages/{blockage}/": {"case", "rule", "explanation"},
    "/api/v1/organisations/": {"name", "kind"},
    "/api/v1/organisations/{organisation}/": {"name", "kind"},
}
# A household's address is not always known, so `{}` is a valid replacement of one (PUT); it
# is registered (POST) with its members only.
NEEDS_FIELDS = [
    (method, path) for method, path in WRITES if method != "patch" and path in REQUIRED_FIELDS
]


@pytest.mark.parametrize(
    ("method", "path"), NEEDS_FIELDS, ids=[f"{m} {p}" for m, p in NEEDS_FIELDS]
)
@pytest.mark.parametrize("raw", ["{}", ""])
def test_an_empty_body_names_every_required_field(client_for, consulent, paths, method, path, raw):
    before = _state()

    response = _send(client_for(consulent), method, paths(path), raw, "application/json")

    assert response.status_code == 400, response.content[:300]
    assert set(response.json()) == REQUIRED_FIELDS[path]
    assert _state() == before


PATCHES = [(method, path) for method, path in WRITES if method == "patch"]


@pytest.mark.parametrize(("method", "path"), PATCHES, ids=[p for _, p in PATCHES])
def test_an_empty_partial_update_changes_nothing(client_for, consulent, paths, method, path):
    before = _state()

    response = _send(client_for(consulent), method, paths(path), "{}", "application/json")

    assert response.status_code == 200, response.content[:300]
    # An empty change is still a change made: the case's `updated_at` may move.
    assert without(_state(), "updated_at") == without(before, "updated_at")


@pytest.mark.parametrize(
    ("raw", "content_type"),
    [
        ('{"title": "Tekst"}', "text/plain"),
        ("<casus><titel>Tekst</titel></casus>", "application/xml"),
        ("title: Tekst", "application/yaml"),
        ('{"title": "Tekst"}', "application/json-patch+json"),
        ("Tekst", "application/octet-stream"),
    ],
    ids=["text", "xml", "yaml", "json-patch", "binary"],
)
@pytest.mark.parametrize(("method", "path"), WRITES, ids=WRITE_IDS)
def test_a_media_type_the_api_does_not_read_is_a_415(
    client_for, consulent, paths, method, path, raw, content_type
):
    before = _state()

    response = _send(client_for(consulent), method, paths(path), raw, content_type)

    assert response.status_code == 415, response.content[:300]
    assert "detail" in response.json()
    assert _state() == before


@pytest.mark.parametrize(
    ("raw", "content_type"),
    [
        ("title=Tekst", "multipart/form-data"),  # no boundary
        ("--grens\r\nkapot", "multipart/form-data; boundary=grens"),
        ('{"title": "Tekst"}', "application/x-www-form-urlencoded"),
        ("title=%00", "application/x-www-form-urlencoded"),
        (b'{"title": "\xff\xfe"}', "application/json"),  # not UTF-8
    ],
    ids=["multipart-without-boundary", "broken-multipart", "json-as-form", "nul-in-form", "latin"],
)
@pytest.mark.parametrize(("method", "path"), WRITES, ids=WRITE_IDS)
def test_a_malformed_form_or_encoding_is_a_400(
    client_for, consulent, paths, method, path, raw, content_type
):
    before = _state()

    response = _send(client_for(consulent), method, paths(path), raw, content_type)

    # A form that happens to lack every field is valid for a partial update, and a household's
    # address has no required field: those are 200 with nothing of the body stored.
    assert response.status_code in (200, 201, 400), response.content[:300]
    assert isinstance(response.json(), dict)
    if response.status_code == 400:
        assert _state() == before


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/cases/{id}/",
        "/api/v1/cases/{id}/transition/",
        "/api/v1/households/{id}/",
        "/api/v1/members/{id}/",
        "/api/v1/blockages/{id}/",
        "/api/v1/organisations/{id}/",
    ],
)
@pytest.mark.parametrize("pk", ["%00", "1%00", "%00%F0%BE%92%A6", "null", "1.0", "-1", "9" * 30])
def test_an_odd_id_is_a_404_on_every_method(client_for, consulent, noord_case, path, pk):
    """Refused ids are written to the access log; on PostgreSQL a NUL character in one used
    to turn the 404 into a 500 (jsonb cannot hold it)."""
    client = client_for(consulent)
    url = path.format(id=pk)
    methods = ["post"] if url.endswith("transition/") else ["get", "put", "patch"]
    before = _state()

    statuses = {
        method: getattr(client, method)(url, {"title": "Tekst"}, format="json").status_code
        for method in methods
    }

    assert set(statuses.values()) == {404}, statuses
    assert _state() == before


# The fields each write endpoint reads, for bodies that put an odd value in every one.
FIELDS = {path: fields for path, fields in REQUIRED_FIELDS.items()} | {
    "/api/v1/households/": {"street", "house_number", "postcode", "city", "wijk"},
    "/api/v1/households/{household}/": {"street", "house_number", "postcode", "city", "wijk"},
}


@pytest.mark.parametrize(
    ("escape", "words"),
    [("\\ud800", "geen geldige tekst"), ("a\\udfffb", "geen geldige tekst"), ("\\u0000", "Null")],
    ids=["surrogate", "low-surrogate", "nul"],
)
@pytest.mark.parametrize(("method", "path"), WRITES, ids=WRITE_IDS)
def test_text_that_is_not_valid_unicode_is_a_400_on_every_field_it_is_in(
    client_for, consulent, paths, method, path, escape, words
):
    """The JSON is well-formed: "\\ud800" is a legal escape for a character no text may hold."""
    fields = FIELDS[path]
    raw = "{" + ", ".join(f'"{field}": "{escape}"' for field in sorted(fields)) + "}"
    before = _state()

    response = _send(client_for(consulent), method, paths(path), raw, "application/json")

    assert response.status_code == 400, response.content[:300]
    body = response.json()
    assert set(body) == fields
    assert all(words in " ".join(messages) for messages in body.values())
    assert _state() == before


# The id fields each endpoint reads: a number beyond 64 bits, negative or not, or a float
# beyond double precision, is an unknown record, not a database error.
REFERENCES = {
    "/api/v1/cases/": ("household", "regisseur"),
    "/api/v1/cases/{case}/": ("household", "regisseur"),
    "/api/v1/households/": ("team",),
    "/api/v1/households/{household}/": ("team",),
    "/api/v1/members/": ("household",),
    "/api/v1/members/{member}/": ("household",),
    "/api/v1/blockages/": ("case", "rule", "owner"),
    "/api/v1/blockages/{blockage}/": ("case", "rule", "owner"),
}
WITH_REFERENCES = [(method, path) for method, path in WRITES if path in REFERENCES]


@pytest.mark.parametrize(
    "number", ["9223372036854775808", "-9223372036854775809", "1" + "0" * 400, "1e400", "-0.0"]
)
@pytest.mark.parametrize(
    ("method", "path"), WITH_REFERENCES, ids=[f"{m} {p}" for m, p in WITH_REFERENCES]
)
def test_a_huge_number_as_a_reference_is_a_400_naming_it(
    client_for, omo, paths, method, path, number
):
    fields = REFERENCES[path]
    raw = "{" + ", ".join(f'"{field}": {number}' for field in fields) + "}"
    before = _state()

    response = _send(client_for(omo), method, paths(path), raw, "application/json")

    assert response.status_code == 400, response.content[:300]
    if number == "1e400":  # infinity as a float: the body itself is refused
        assert response.json() == {
            "detail": "De gegevens zijn geen geldige JSON: een getal is ongeldig of te groot."
        }
    else:
        assert set(fields) <= set(response.json())
    assert _state() == before


@pytest.mark.parametrize(("method", "path"), WRITES, ids=WRITE_IDS)
def test_a_body_beyond_the_upload_limit_is_a_413_in_dutch_json(
    client_for, consulent, paths, method, path, settings
):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100_000
    raw = '{"title": "' + "x" * 100_001 + '"}'
    before = _state()

    response = _send(client_for(consulent), method, paths(path), raw, "application/json")

    assert response.status_code == 413
    assert response.json() == {"detail": "Het verzoek is te groot (maximaal 97 kB)."}
    assert _state() == before


@pytest.mark.parametrize(
    ("raw", "content_type", "detail"),
    [
        ("{", "application/json", "De gegevens zijn geen geldige JSON (regel 1, kolom 2)."),
        (
            '{"household": NaN}',
            "application/json",
            "De gegevens zijn geen geldige JSON: een getal is ongeldig of te groot.",
        ),
        (
            b'{"title": "\xff"}',
            "application/json",
            "De gegevens zijn geen geldige UTF-8-tekst.",
        ),
        (
            "title: Tekst",
            "application/yaml",
            "Het mediatype ‘application/yaml’ wordt niet gelezen; stuur de gegevens als JSON "
            "(application/json).",
        ),
    ],
    ids=["json", "nan", "utf-8", "media-type"],
)
def test_an_unreadable_body_is_refused_in_dutch(client_for, consulent, raw, content_type, detail):
    response = _send(client_for(consulent), "post", "/api/v1/cases/", raw, content_type)

    assert response.status_code in (400, 415)
    assert response.json() == {"detail": detail}
