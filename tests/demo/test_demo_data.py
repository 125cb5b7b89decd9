from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from maatwerk.accounts.models import User
from maatwerk.cases.models import Case, Member, TimelineEntry
from maatwerk.cases.services import eligibility
from maatwerk.demo import cases_data

pytestmark = pytest.mark.django_db


def _counts() -> tuple:
    return (
        User.objects.count(),
        Case.objects.count(),
        Member.objects.count(),
        TimelineEntry.objects.count(),
    )


def test_load_demo_builds_the_seed_cases_once(settings):
    settings.DEBUG = True
    call_command("load_demo", stdout=StringIO())
    first = _counts()
    call_command("load_demo", stdout=StringIO())

    assert _counts() == first
    assert Case.objects.count() == len(cases_data.DEMO_CASES) >= 20
    assert {u.username for u in User.objects.all()} >= {
        "consulent",
        "consulent2",
        "omo",
        "teamleider",
        "wethouder",
        "controller",
        "beleid",
        "beheer",
    }
    assert User.objects.get(username="omo").check_password("demo")


def test_demo_cases_tell_their_story_and_mostly_meet_the_criteria(settings):
    settings.DEBUG = True
    call_command("load_demo", stdout=StringIO())

    cases = list(Case.objects.all())
    statuses = {case.status for case in cases}
    assert {"aangemeld", "in_behandeling", "afgesloten"} <= statuses
    not_eligible = [case for case in cases if not eligibility(case).met]
    assert not_eligible and all(case.eligibility_reason for case in not_eligible)
    assert all(member.bsn == "" or len(member.bsn) == 9 for member in Member.objects.all())


def test_load_demo_refuses_when_debug_is_off(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="--force"):
        call_command("load_demo")
    assert not Case.objects.exists()


def test_generate_cases_makes_realistic_synthetic_cases(settings):
    settings.DEBUG = True

    call_command("generate_cases", "50", stdout=StringIO())

    assert Case.objects.count() == 50
    case = Case.objects.first()
    assert eligibility(case).met
    assert len(set(Case.objects.values_list("reference", flat=True))) == 50


def test_the_demo_cases_are_spread_over_the_route_as_the_seeds_tell(settings):
    from maatwerk.route.models import Decision, Proposal
    from maatwerk.route.services import phase_of

    settings.DEBUG = True
    call_command("load_demo", stdout=StringIO())

    phases = {case.title: phase_of(case) for case in Case.objects.all()}
    # After their decisions the solutions were carried out: both are monitored now.
    assert phases["Groep 7/8 – onveilige groepsdynamiek"] == "monitoring"
    assert phases["Yvonne – schulden blokkeren werk"] == "monitoring"
    assert phases["Familie Koopmans – vervoer naar het behandelcentrum"] == "besluitvorming"
    assert phases["Michiel – tussen zorg en onderwijs"] == "geagendeerd"
    anna = Proposal.objects.filter(case__title__startswith="Anna")
    assert [p.decisions.get().outcome for p in anna] == ["afgewezen", "afgewezen"]
    assert all(p.deviation_ground == "hardheidsclausule" for p in anna)
    college = Decision.objects.get(level="college")
    assert college.college_reference and college.proposal.cost_estimate == 50000
    klas = Decision.objects.get(proposal__case__title__startswith="Groep 7/8")
    assert (klas.decided_by.username, klas.level) == ("teamleider3", "binnen_kaders")


def test_the_demo_continues_after_the_decisions_as_the_seeds_tell(settings):
    from django.utils import timezone

    from maatwerk.route.models import Escalation, MonitoringMoment, Plan, TimeOut

    settings.DEBUG = True
    call_command("load_demo", stdout=StringIO())
    today = timezone.localdate()

    open_moments = MonitoringMoment.objects.filter(answered_at__isnull=True)
    assert open_moments.filter(due_date__lt=today).exists()  # one overdue
    assert open_moments.filter(
        due_date__gte=today, due_date__lte=today + timezone.timedelta(days=7)
    ).exists()
    voortman = MonitoringMoment.objects.filter(case__title__startswith="Familie Voortman")
    assert voortman.filter(answered_at__isnull=True).count() == 0
    assert voortman.get(number=2).domain_results.get(domain="jeugd_opvoeding").change == "slechter"
    anna = Escalation.objects.get(case__title__startswith="Anna")
    assert [s.title for s in anna.steps.all()][:2] == [
        "Teamleider",
        "Contactpersoon woningcorporatie",
    ]
    assert TimeOut.objects.filter(case__title__startswith="Yvonne", organisation="CJIB").exists()
    assert Plan.objects.count() >= 3 and all(p.goals.exists() for p in Plan.objects.all())


def test_the_demo_has_a_quarterly_report_with_findings_and_a_signal(settings):
    from maatwerk.insights import services

    settings.DEBUG = True
    call_command("load_demo", stdout=StringIO())
    call_command("load_demo", stdout=StringIO())
    omo = User.objects.get(username="omo")
    start, end = services.current_quarter()
    report = services.report_for(omo.municipality, start, end)
    assert report.findings.startswith("Het kwartaal in het kort")
    assert report.values["cases.signalled"] > 0
    assert report.blockage_ranking
    assert services.signals_for(omo.municipality).count() == 1


def test_generated_cases_are_whole_case_files_on_either_engine(settings):
    """On PostgreSQL they go in with COPY, elsewhere with bulk_create: the same case files."""
    from maatwerk.cases.access import visible_cases
    from maatwerk.cases.models import Blockage, CaseDomain, Member, RegularRoute
    from maatwerk.core.bsn import decrypt_bsn, hash_bsn, passes_elfproef
    from maatwerk.demo.setup import ensure_demo_world
    from maatwerk.demo.synthetic import generate_cases

    world = ensure_demo_world()
    generate_cases(world, 300, seed=7)
    generate_cases(world, 20, seed=8)  # a second run continues the ids and the references

    cases = Case.objects.all()
    assert cases.count() == 320
    assert len(set(cases.values_list("reference", flat=True))) == 320
    assert not Case.objects.filter(domains__isnull=True).exists()
    assert CaseDomain.objects.count() >= 2 * 320 and Blockage.objects.count() >= 320
    assert RegularRoute.objects.count() == 320
    for case in cases.prefetch_related("domains")[:100]:
        assert case.domain_codes == "|" + "|".join(sorted(d.code for d in case.domains.all())) + "|"
    for member in Member.objects.all()[:50]:
        bsn = decrypt_bsn(member.bsn_encrypted)
        assert passes_elfproef(bsn) and member.bsn_hash == hash_bsn(bsn)
    confidential = cases.filter(confidential=True)
    assert 0 < confidential.count() < 30
    case = confidential.first()
    assert list(case.confidential_users.all()) == [case.regisseur]
    # Hidden from a colleague in the team, visible to the regisseur named on it.
    colleague = next(
        user
        for user in world.users.values()
        if user.team_id == case.household.team_id
        and user != case.regisseur
        and user.role in ("consulent", "teamleider")
    )
    assert not visible_cases(colleague).filter(pk=case.pk).exists()
    assert visible_cases(case.regisseur).filter(pk=case.pk).exists()


def test_a_large_load_encrypts_the_bsns_in_a_second_process_and_they_hold(monkeypatch):
    """From ENCRYPT_APART_FROM cases on PostgreSQL, a forked process encrypts and hashes the
    members' BSNs while the loader writes the cases: every one must decrypt to a valid BSN
    with the matching hash, and the loader's connection must still work afterwards."""
    from django.db import connection

    from maatwerk.core.bsn import decrypt_bsn, hash_bsn, passes_elfproef
    from maatwerk.demo import synthetic
    from maatwerk.demo.setup import ensure_demo_world

    if connection.vendor != "postgresql":
        pytest.skip("the COPY loader, and its second process, run on PostgreSQL")
    monkeypatch.setattr(synthetic, "ENCRYPT_APART_FROM", 0)
    world = ensure_demo_world()

    synthetic.generate_cases(world, 120, seed=3)

    members = list(Member.objects.all())
    assert len(members) >= 120
    bsns = [decrypt_bsn(member.bsn_encrypted) for member in members]
    assert all(passes_elfproef(bsn) for bsn in bsns)
    assert [member.bsn_hash for member in members] == [hash_bsn(bsn) for bsn in bsns]
    assert Case.objects.count() == 120  # the same connection, after the child has gone
