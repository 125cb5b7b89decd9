"""The demo municipality: teams, one account per role, and the reference lists. Everything is
get-or-create, so running it again changes nothing."""

from dataclasses import dataclass

from django.db import transaction

from maatwerk.accounts.models import Municipality, Team, User
from maatwerk.accounts.roles import Role
from maatwerk.cases.models import Organisation, Rule

from . import cases_data

DEMO_PASSWORD = "demo"  # noqa: S105  the documented password of the local demo accounts

TEAMS = {
    "noord": ("Wijkteam Noord", Team.Kind.WIJKTEAM),
    "zuid": ("Wijkteam Zuid", Team.Kind.WIJKTEAM),
    "jeugd": ("Jeugdteam Demodam", Team.Kind.JEUGDTEAM),
}


@dataclass(frozen=True)
class DemoAccount:
    username: str
    first_name: str
    last_name: str
    role: str
    team: str | None = None


ACCOUNTS = (
    DemoAccount("consulent", "Sanne", "de Vries", Role.CONSULENT, "noord"),
    DemoAccount("consulent2", "Mohamed", "El Amrani", Role.CONSULENT, "zuid"),
    DemoAccount("consulent3", "Lotte", "Jansen", Role.CONSULENT, "jeugd"),
    DemoAccount("omo", "Ruud", "Verhoeven", Role.OMO_FUNCTIONARIS),
    # The DUO contact of the maatwerkregister: sees only the requests sent to them.
    DemoAccount("partner_duo", "Sandra", "Peeters", Role.PARTNER_CONTACT),
    DemoAccount("teamleider", "Ingrid", "Bakker", Role.TEAMLEIDER, "noord"),
    # Decide within the existing frameworks for their team's cases (the route's default).
    DemoAccount("teamleider2", "Hans", "de Boer", Role.TEAMLEIDER, "zuid"),
    DemoAccount("teamleider3", "Esther", "Koster", Role.TEAMLEIDER, "jeugd"),
    DemoAccount("wethouder", "Karin", "Smit", Role.PORTEFEUILLEHOUDER),
    DemoAccount("controller", "Peter", "Mulder", Role.CONTROLLER),
    DemoAccount("beleid", "Fatma", "Yilmaz", Role.BELEIDSMEDEWERKER),
    DemoAccount("beheer", "Joost", "van Dijk", Role.BEHEERDER),
)


@dataclass
class DemoWorld:
    municipality: Municipality
    teams: dict[str, Team]
    users: dict[str, User]
    organisations: dict[str, Organisation]
    rules: dict[str, Rule]


@transaction.atomic
def ensure_demo_world() -> DemoWorld:
    municipality, _ = Municipality.objects.get_or_create(
        code="demodam", defaults={"name": "Gemeente Demodam"}
    )
    teams = {
        key: Team.objects.get_or_create(
            municipality=municipality, name=name, defaults={"kind": kind}
        )[0]
        for key, (name, kind) in TEAMS.items()
    }
    users = {}
    for account in ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=account.username,
            defaults={
                "first_name": account.first_name,
                "last_name": account.last_name,
                "role": account.role,
                "team": teams.get(account.team),
                "municipality": municipality,
                "is_staff": account.role == Role.BEHEERDER,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        users[account.username] = user
    organisations = {
        item["key"]: Organisation.objects.get_or_create(
            name=item["name"], defaults={"kind": item["kind"]}
        )[0]
        for item in cases_data.ORGANISATIONS
    }
    rules = {
        item["key"]: Rule.objects.get_or_create(
            name=item["name"],
            defaults={
                "law": item["law"],
                "owner": organisations[item["owner"]],
                "description": item["description"],
            },
        )[0]
        for item in cases_data.RULES
    }
    return DemoWorld(municipality, teams, users, organisations, rules)
