"""Realistic synthetic case files in bulk, for load tests and benchmarks. They go straight in
with bulk inserts (no per-row history, no access-log rows: they describe nobody and nobody
read them), and 100,000 cases through the services would take an hour. On PostgreSQL the rows
go in with COPY (psycopg 3), a million cases in minutes; elsewhere with bulk_create."""

import contextlib
import datetime
import random
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from multiprocessing import get_context

from django.db import connection, transaction
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
    domain_codes_value,
)
from maatwerk.cases.workflow import CaseStatus
from maatwerk.core.bsn import encrypt_bsn, hash_bsn, protect_bsns, protection_keys

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
# About one case in fifty is confidential (domestic violence, a known person in the family):
# its household is hidden from everyone in the team but the regisseur named on it.
CONFIDENTIAL_SHARE = 0.02


def random_bsn(rng: random.Random) -> str:
    """A nine-digit number that passes the elfproef (fake: drawn at random). The first eight
    digits are drawn as one number (a loader draws millions), the ninth makes the sum."""
    while True:
        first = str(rng.randrange(10_000_000, 100_000_000))
        weighted = zip(first, _BSN_WEIGHTS, strict=True)
        last = sum(int(digit) * weight for digit, weight in weighted) % 11
        if last < 10:
            return first + str(last)


_BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)


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
    copying = connection.vendor == "postgresql"
    # Keeping a dozen indexes (four of them trigram GIN) up to date row by row costs far more
    # than building them once afterwards.
    rebuilt = _drop_secondary_indexes() if copying and count >= REBUILD_INDEXES_FROM else []
    made = 0
    with contextlib.ExitStack() as stack:
        # Encrypting the BSNs is a third of a large load's work: a second process does it.
        # Forked, so it needs no set-up of its own (a spawned child would run the calling
        # script again); it only computes, and never touches the database connection it
        # inherits (a forked child leaves through os._exit, which closes nothing).
        pool = (
            stack.enter_context(ProcessPoolExecutor(1, mp_context=get_context("fork")))
            if copying and count >= ENCRYPT_APART_FROM
            else None
        )
        try:
            while made < count:
                size = min(batch_size * 25 if copying else batch_size, count - made)
                if copying:
                    _copy_batch(rng, size, teams, workers, rules, pool)
                else:
                    _generate_batch(rng, size, teams, workers, rules)
                made += size
        finally:
            with connection.cursor() as cursor:
                for definition in rebuilt:
                    cursor.execute(definition)
    return made


REBUILD_INDEXES_FROM = 50_000
ENCRYPT_APART_FROM = 50_000


def _drop_secondary_indexes() -> list[str]:
    """Drop the indexes of the case-file tables that no constraint needs (not the primary and
    unique keys) and return their definitions, to create them again after the load."""
    tables = [model._meta.db_table for model in _COLUMNS]
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            WHERE i.indrelid::regclass::text = ANY(%s)
              AND NOT i.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            """,
            [tables],
        )
        indexes = cursor.fetchall()
        for name, _definition in indexes:
            cursor.execute(f"DROP INDEX IF EXISTS {name}")
    return [definition for _name, definition in indexes]


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
    cases = [
        Case(
            reference=next(references),
            household=household,
            household_team_id=household.team_id,
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
            confidential=rng.random() < CONFIDENTIAL_SHARE,
        )
        for household in households
    ]
    # The rows under each case are drawn before the cases are written, so that each case
    # carries its domain codes; they take the case's id once it has one.
    domains, blockages, routes = [], [], []
    for case in cases:
        codes = rng.sample(list(PROBLEMS), rng.randint(2, 4))
        case.domain_codes = domain_codes_value(codes)
        for code in codes:
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
    Case.objects.bulk_create(cases)
    Case.confidential_users.through.objects.bulk_create(
        [
            Case.confidential_users.through(case_id=case.pk, user_id=case.regisseur_id)
            for case in cases
            if case.confidential
        ]
    )
    CaseDomain.objects.bulk_create(domains, batch_size=5000)
    Blockage.objects.bulk_create(blockages, batch_size=5000)
    RegularRoute.objects.bulk_create(routes, batch_size=5000)


# The columns COPY writes, in order: every NOT NULL column of the table (the model's defaults,
# which Django applies in Python, are written out here).
_COLUMNS = {
    Household: "id, team_id, street, house_number, postcode, city, wijk, created_at",
    Member: "id, household_id, first_name, last_name, date_of_birth, role, bsn_encrypted, bsn_hash",
    Case: (
        "id, reference, household_id, title, status, signal_source, signal_date, regisseur_id, "
        "regular_route_exhausted, stagnation_risk, eligibility_reason, household_involved, "
        "household_not_involved_reason, consent, consent_date, consent_scope, confidential, "
        "legal_hold, legal_hold_reason, created_by_id, created_at, updated_at, household_team_id, "
        "domain_codes"
    ),
    CaseDomain: "id, case_id, code, description",
    Blockage: "id, case_id, rule_id, owner_id, explanation",
    RegularRoute: "id, case_id, description, result",
    Case.confidential_users.through: "id, case_id, user_id",
}


def _reserve_ids(cursor, model, count: int) -> int:
    """The first of `count` consecutive ids of the table's sequence. The table is locked for
    this transaction, so nobody else takes an id in between."""
    table = model._meta.db_table
    cursor.execute(f"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE")
    cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [table])
    sequence = cursor.fetchone()[0]
    cursor.execute("SELECT nextval(%s)", [sequence])
    first = cursor.fetchone()[0]
    if count > 1:
        cursor.execute("SELECT setval(%s, %s)", [sequence, first + count - 1])
    return first


def _copy(cursor, model, rows: list[tuple]) -> None:
    if not rows:
        return
    first = _reserve_ids(cursor, model, len(rows))
    sql = f"COPY {model._meta.db_table} ({_COLUMNS[model]}) FROM STDIN"
    with cursor.copy(sql) as copy:
        for offset, row in enumerate(rows):
            copy.write_row((first + offset, *row))


@transaction.atomic
def _copy_batch(rng, size, teams, workers, rules, pool: Executor | None = None) -> None:
    """The same case files as `_generate_batch`, drawn the same way, written with COPY."""
    today = timezone.localdate()
    now = timezone.now()
    statuses, weights = zip(*_STATUS_WEIGHTS, strict=True)
    problems = list(PROBLEMS)
    titles = [f"{text[:-1]} – huishouden" for text in PROBLEMS.values()]
    sources = list(SignalSource.values)
    consents = list(Consent.values)
    adult_role, child_role = Member.HouseholdRole.OUDER, Member.HouseholdRole.KIND
    with connection.cursor() as django_cursor:
        cursor = django_cursor.cursor  # the psycopg cursor, for COPY
        household_rows = []
        for _ in range(size):
            household_rows.append(
                (
                    rng.choice(teams).pk,
                    rng.choice(STREETS),
                    str(rng.randint(1, 250)),
                    f"{rng.randint(1000, 9999)} AB",
                    "Demodam",
                    rng.choice(WIJKEN),
                    now,
                )
            )
        first_household = _reserve_ids(cursor, Household, size)
        with cursor.copy(
            f"COPY {Household._meta.db_table} ({_COLUMNS[Household]}) FROM STDIN"
        ) as copy:
            for offset, row in enumerate(household_rows):
                copy.write_row((first_household + offset, *row))
        # Members are most of the work, an encrypted BSN each: their BSNs are encrypted in the
        # second process (when there is one) while this one writes the cases.
        people = []
        for offset in range(size):
            surname = rng.choice(LAST_NAMES)
            for index in range(rng.randint(1, 5)):
                adult = index < 2
                people.append(
                    (
                        first_household + offset,
                        rng.choice(FIRST_NAMES),
                        surname,
                        today
                        - datetime.timedelta(
                            days=rng.randint(20 * 365, 70 * 365)
                            if adult
                            else rng.randint(0, 17 * 365)
                        ),
                        adult_role if adult else child_role,
                    )
                )
        bsns = [random_bsn(rng) for _ in people]
        keys = protection_keys()
        protecting = pool.submit(protect_bsns, bsns, keys) if pool else None
        references = _reserve_references(size)
        case_rows = []
        for offset, household in enumerate(household_rows):
            team_workers = workers[household[0]]
            case_rows.append(
                (
                    next(references),
                    first_household + offset,
                    f"{rng.choice(titles)} {household[5]}",
                    rng.choices(statuses, weights)[0],
                    rng.choice(sources),
                    today - datetime.timedelta(days=rng.randint(0, 900)),
                    rng.choice(team_workers).pk,
                    True,
                    "Zonder doorbraak dreigt escalatie naar duurdere zorg.",
                    "",
                    True,
                    "",
                    rng.choice(consents),
                    today - datetime.timedelta(days=rng.randint(0, 30)),
                    "",
                    rng.random() < CONFIDENTIAL_SHARE,
                    False,
                    "",
                    rng.choice(team_workers).pk,
                    now,
                    now,
                    household[0],
                )
            )
        first_case = _reserve_ids(cursor, Case, size)
        domains, blockages, routes, named, codes_of_case = [], [], [], [], []
        for offset, case in enumerate(case_rows):
            case_id = first_case + offset
            codes = rng.sample(problems, rng.randint(2, 4))
            codes_of_case.append(domain_codes_value(codes))
            for code in codes:
                domains.append((case_id, code, PROBLEMS[code]))
            for rule in rng.sample(rules, rng.randint(1, 2)):
                blockages.append(
                    (case_id, rule.pk, rule.owner_id, "Regel blokkeert de passende oplossing.")
                )
            routes.append((case_id, "Aanvraag via reguliere loket", "Afgewezen binnen de regels"))
            if case[15]:  # confidential: the regisseur is named on it
                named.append((case_id, case[6]))
        # The cases after their domains were drawn: each row carries its domain codes.
        with cursor.copy(f"COPY {Case._meta.db_table} ({_COLUMNS[Case]}) FROM STDIN") as copy:
            for offset, (row, codes) in enumerate(zip(case_rows, codes_of_case, strict=True)):
                copy.write_row((first_case + offset, *row, codes))
        _copy(cursor, CaseDomain, domains)
        _copy(cursor, Blockage, blockages)
        _copy(cursor, RegularRoute, routes)
        _copy(cursor, Case.confidential_users.through, named)
        protected = protecting.result() if protecting else protect_bsns(bsns, keys)
        _copy(
            cursor,
            Member,
            [(*person, *bsn) for person, bsn in zip(people, protected, strict=True)],
        )
