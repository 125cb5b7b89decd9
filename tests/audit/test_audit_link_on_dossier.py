"""The dossier links to a case's audit trail for exactly the roles the authorization table lets
open it: functioneel beheer (without values) and the OMO-functionaris (with)."""

import pytest
from django.urls import reverse

from ..factories import CaseFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("role", "linked"),
    [("omo", True), ("beheerder", True), ("consulent", False), ("beleid", False)],
)
def test_the_dossier_links_to_the_audit_trail_for_whoever_may_open_it(
    client, request, consulent, role, linked
):
    user = request.getfixturevalue(role)
    case = CaseFactory(household__team=consulent.team, regisseur=consulent)
    client.force_login(user)

    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()

    assert (reverse("audit:case", args=[case.pk]) in page) is linked
