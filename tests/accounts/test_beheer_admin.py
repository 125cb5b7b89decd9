import pytest
from django.urls import NoReverseMatch, reverse

pytestmark = pytest.mark.django_db

CONFIG_PAGES = [
    "accounts_municipality",
    "accounts_team",
    "accounts_user",
    "cases_organisation",
    "cases_rule",
]


@pytest.mark.parametrize("model", CONFIG_PAGES)
def test_beheerder_maintains_the_municipality_set_up(client, beheerder, model):
    client.force_login(beheerder)

    assert client.get(reverse(f"admin:{model}_changelist")).status_code == 200
    assert client.get(reverse(f"admin:{model}_add")).status_code == 200


@pytest.mark.parametrize("role", ["consulent", "omo", "teamleider", "controller"])
def test_other_roles_cannot_open_the_admin_even_with_staff_status(client, request, role):
    user = request.getfixturevalue(role)
    user.is_staff = True
    user.save()
    client.force_login(user)

    response = client.get(reverse("admin:accounts_team_changelist"))

    assert response.status_code == 403


def test_case_files_and_audit_rows_are_not_editable_in_the_admin():
    for name in (
        "admin:cases_case_changelist",
        "admin:auditlog_logentry_changelist",
        "admin:audit_accesslog_changelist",
        "admin:cases_member_changelist",
    ):
        with pytest.raises(NoReverseMatch):
            reverse(name)


def test_a_user_cannot_be_deleted_only_deactivated(client, beheerder, consulent):
    client.force_login(beheerder)

    response = client.get(reverse("admin:accounts_user_delete", args=[consulent.pk]))

    assert response.status_code == 403


def test_changes_to_the_rule_list_are_kept_with_who_made_them(client, beheerder):
    from auditlog.models import LogEntry

    from ..factories import RuleFactory

    rule = RuleFactory()
    client.force_login(beheerder)

    client.post(
        reverse("admin:cases_rule_change", args=[rule.pk]),
        {
            "name": "Participatiewet – kostendelersnorm (2027)",
            "law": rule.law,
            "owner": rule.owner_id,
            "description": "",
            "active": "on",
        },
    )

    entry = LogEntry.objects.get_for_object(rule).filter(action=LogEntry.Action.UPDATE).get()
    assert entry.actor == beheerder
    assert entry.changes_dict["name"][1] == "Participatiewet – kostendelersnorm (2027)"
