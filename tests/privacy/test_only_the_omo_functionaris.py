"""Only the OMO-functionaris handles a request for access; every other role is refused, and
a person outside the OMO's reach (a confidential case they are not named on) is not found."""

import pytest
from django.urls import reverse

from maatwerk.audit.models import AccessLog

pytestmark = pytest.mark.django_db

OTHER_ROLES = ["consulent", "teamleider", "controller", "beleid", "beheerder", "wethouder"]


def _urls(member_id):
    return [
        reverse("privacy:access_request"),
        reverse("privacy:subject_export", args=[member_id]),
        reverse("privacy:subject_export_download", args=[member_id]),
    ]


def test_the_omo_functionaris_may_open_every_screen(client, omo, subject, family_case):
    client.force_login(omo)

    assert [client.get(url).status_code for url in _urls(subject.pk)] == [200, 200, 200]


@pytest.mark.parametrize("persona", OTHER_ROLES)
def test_other_roles_are_refused(client, request, persona, subject, family_case):
    user = request.getfixturevalue(persona)
    client.force_login(user)

    codes = [client.get(url).status_code for url in _urls(subject.pk)]
    codes.append(client.post(reverse("privacy:access_request"), {"bsn": "111222333"}).status_code)

    assert codes == [403, 403, 403, 403]
    assert not AccessLog.objects.filter(user=user, action="export").exists()
    assert AccessLog.objects.filter(user=user, result="denied").count() == 4


def test_an_anonymous_visitor_is_sent_to_the_login(client, subject):
    response = client.get(reverse("privacy:subject_export_download", args=[subject.pk]))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_a_confidential_household_the_omo_is_not_named_on_is_not_found(
    client, omo, subject, family_case
):
    family_case.confidential = True
    family_case.save()
    client.force_login(omo)

    assert client.get(reverse("privacy:subject_export", args=[subject.pk])).status_code == 404
    response = client.post(reverse("privacy:access_request"), {"bsn": "111222333"})
    assert "Er is geen gezinslid gevonden met dit BSN." in response.content.decode()


def test_once_named_on_the_confidential_case_the_omo_can_export_it(
    client, omo, subject, family_case
):
    family_case.confidential = True
    family_case.save()
    family_case.confidential_users.add(omo)
    client.force_login(omo)

    response = client.get(reverse("privacy:subject_export_download", args=[subject.pk]))

    assert response.status_code == 200
    assert response.json()["casussen"][0]["vertrouwelijk"] is True
