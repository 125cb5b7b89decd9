"""Realistic synthetic case files in bulk, for load tests and benchmarks. They go straight in
with bulk inserts (no per-row history): they describe nobody, and 100,000 cases through the
services would take an hour."""

import datetime
import random
from collections.abc import Iterator

from django.db import transaction
from django.utils import timezone

from maatwerk.accounts.models import User
from maatwerk.accounts.roles import Role
from maatwerk.cases.domains import Consent, LifeDomain, SignalSource
from maatwerk.cases.models import (
    Blockage,
    Case,
    CaseDomain,
    Household,
    Member,
    ReferenceCounter,
    RegularRoute,
)
from maatwerk.cases.workflow import CaseStatus
from maatwerk.core.bsn import encrypt_bsn, hash_bsn

from .setup import DemoWorld

FIRST_NAMES = [
    "Anna",
    "Bram",
    "Chantal",
    "Daan",
    "Eva",
    "Fleur",
    "Gijs",
    "Hatice",
    "Ilse",
    "Jayden",
    "Kees",
    "Lina",
    "Mo",
    "Noor",
    "Owen",
    "Priya",
    "Ricardo",
    "Sara",
    "Tim",
    "Yara",
    "Zeynep",
    "Bilal",
    "Demi",
    "Emre",
]
LAST_NAMES = [
    "de Jong",
    "Jansen",
    "de Vries",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "Yilmaz",
    "Bos",
    "Mulder",
    "de Groot",
    "Kaya",
    "Hendriks",
    "Dekker",
    "Brouwer",
    "Koster",
    "Martens",
    "Ramdin",
    "Öztürk",
]
STREETS = ["Lindelaan", "Kastanjestraat", "Dorpsweg", "Molenkade", "Havenstraat", "Sportlaan"]
WIJKEN = ["Centrum", "Oost", "West", "Noord", "Zuid", "Buitenhof"]
PROBLEMS = {
    LifeDomain.FINANCIEN_SCHULDEN: "Problematische schulden bij meerdere schuldeisers.",
    LifeDomain.INKOMEN: "Uitkering stopgezet na terugvordering.",
    LifeDomain.WONEN: "Dreigende huisuitzetting door huurachterstand.",
    LifeDomain.JEUGD_OPVOEDING: "Opvoedingsproblemen, zorgen over veiligheid van de kinderen.",
    LifeDomain.ONDERWIJS: "Schoolverzuim, geen passende plek.",
    LifeDomain.GEZONDHEID_GGZ: "Psychische klachten zonder passende behandeling.",
    LifeDomain.ZORG_WMO: "Mantelzorger overbelast.",
    LifeDomain.WERK_PARTICIPATIE: "Langdurig zonder werk, wil wel.",
    LifeDomain.VEILIGHEID: "Spanningen in huis, politie is betrokken geweest.",
    LifeDomain.VERBLIJFSSTATUS: "Verblijfsvergunning loopt af.",
    LifeDomain.VERVOER_MOBILITEIT: "Geen vervoer naar school of werk.",
}
_STATUS_WEIGHTS = [
    (CaseStatus.AANGEMELD, 2),
    (CaseStatus.IN_BEHANDELING, 5),
    (CaseStatus.AFGESLOTEN, 3),
    (CaseStatus.HEROPEND, 1),
]


def random_bsn(rng: random.Random) -> str:
    """A nine-digit number that passes the elfproef (fake: drawn at random)."""
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        last = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11
        if last < 10:
            return "".join(map(str, digits)) + str(last)


def _reserve_references(count: int) -> Iterator[str]:
    year = timezone.localdate().year
    counter, _ = ReferenceCounter.objects.select_for_update().get_or_create(year=year)
    first = counter.last_number + 1
    counter.last_number += count
    counter.save(update_fields=["last_number"])
    return (f"MW-{year}-{number:05d}" for number in range(first, first + count))


def generate_cases(
    world: DemoWorld, count: int, *, seed: int = 2026, batch_size: int = 2000
) -> int:
    rng = random.Random(seed)
    teams = list(world.teams.values())
    workers: dict[int, list[User]] = {
        team.pk: list(User.objects.filter(team=team, role__in=[Role.CONSULENT, Role.TEAMLEIDER]))
        for team in teams
    }
    rules = list(world.rules.values())
    made = 0
    while made < count:
        size = min(batch_size, count - made)
        _generate_batch(rng, size, teams, workers, rules)
        made += size
    return made


@transaction.atomic
def _generate_batch(rng, size, teams, workers, rules) -> None:
    today = timezone.localdate()
    households = Household.objects.bulk_create(
        [
            Household(
                team=rng.choice(teams),
                street=rng.choice(STREETS),
                house_number=str(rng.randint(1, 250)),
                postcode=f"{rng.randint(1000, 9999)} AB",
                city="Demodam",
                wijk=rng.choice(WIJKEN),
            )
            for _ in range(size)
        ]
    )
    members = []
    for household in households:
        surname = rng.choice(LAST_NAMES)
        for index in range(rng.randint(1, 5)):
            adult = index < 2
            bsn = random_bsn(rng)
            members.append(
                Member(
                    household=household,
                    first_name=rng.choice(FIRST_NAMES),
                    last_name=surname,
                    date_of_birth=today
                    - datetime.timedelta(
                        days=rng.randint(20 * 365, 70 * 365) if adult else rng.randint(0, 17 * 365)
                    ),
                    role=Member.HouseholdRole.OUDER if adult else Member.HouseholdRole.KIND,
                    bsn_encrypted=encrypt_bsn(bsn),
                    bsn_hash=hash_bsn(bsn),
                )
            )
    Member.objects.bulk_create(members, batch_size=5000)
    references = _reserve_references(size)
    statuses, weights = zip(*_STATUS_WEIGHTS, strict=True)
    cases = Case.objects.bulk_create(
        [
            Case(
                reference=next(references),
                household=household,
                title=f"{rng.choice(list(PROBLEMS.values()))[:-1]} – huishouden {household.wijk}",
                status=rng.choices(statuses, weights)[0],
                signal_source=rng.choice(SignalSource.values),
                signal_date=today - datetime.timedelta(days=rng.randint(0, 900)),
                regisseur=rng.choice(workers[household.team_id]),
                created_by=rng.choice(workers[household.team_id]),
                regular_route_exhausted=True,
                stagnation_risk="Zonder doorbraak dreigt escalatie naar duurdere zorg.",
                consent=rng.choice(Consent.values),
                consent_date=today - datetime.timedelta(days=rng.randint(0, 30)),
            )
            for household in households
        ]
    )
    domains, blockages, routes = [], [], []
    for case in cases:
        for code in rng.sample(list(PROBLEMS), rng.randint(2, 4)):
            domains.append(CaseDomain(case=case, code=code, description=PROBLEMS[code]))
        for rule in rng.sample(rules, rng.randint(1, 2)):
            blockages.append(
                Blockage(
                    case=case,
                    rule=rule,
                    owner_id=rule.owner_id,
                    explanation="Regel blokkeert de passende oplossing.",
                )
            )
        routes.append(
            RegularRoute(
                case=case,
                description="Aanvraag via reguliere loket",
                result="Afgewezen binnen de regels",
            )
        )
    CaseDomain.objects.bulk_create(domains, batch_size=5000)
    Blockage.objects.bulk_create(blockages, batch_size=5000)
    RegularRoute.objects.bulk_create(routes, batch_size=5000)
