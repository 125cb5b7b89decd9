"""`run_due_tasks`: the route's terms become notifications for the people who must act, once
each, and one e-mail each — however often the command runs, and on two servers at once."""

import datetime
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from maatwerk.accounts.models import Notification
from maatwerk.accounts.notifications import run_due_tasks
from maatwerk.route import services
from maatwerk.route.models import MonitoringMoment, Route

from .test_after_the_decision import a_plan
from .test_concurrency import _at_once

TODAY = timezone.localdate()


@pytest.fixture
def due_everything(consulent, omo, teamleider, decided_case, route_case_zuid):
    """A case with a monitoring moment due today, an escalation step waiting for the teamleider,
    a time-out ending tomorrow; another case whose decision is overdue."""
    for person in (consulent, omo, teamleider):
        person.email = f"{person.username}@gemeente.example"
        person.save()
    services.carry_out(consulent, a_plan(consulent, decided_case))
    MonitoringMoment.objects.filter(case=decided_case, number=1).update(due_date=TODAY)
    services.start_escalation(
        consulent,
        decided_case,
        ladder=services.ladders_for(decided_case.household.team.municipality).get(name="Wonen"),
        question="Urgentie nodig.",
    )
    services.register_time_out(
        consulent,
        decided_case,
        organisation="CJIB",
        subject="Inning boetes",
        starts_on=TODAY - datetime.timedelta(days=30),
        ends_on=TODAY + datetime.timedelta(days=1),
        reason="Leefgeld in gevaar",
        agreed_with="CJIB, team maatwerk",
    )
    services.put_on_agenda(consulent, route_case_zuid, "Wie beslist?")
    Route.objects.filter(case=route_case_zuid).update(
        decision_due=TODAY - datetime.timedelta(days=3)
    )
    return decided_case


@pytest.fixture
def route_case_zuid(consulent):
    from maatwerk.cases.workflow import CaseStatus

    from ..factories import CaseFactory, HouseholdFactory

    household = HouseholdFactory(team=consulent.team)
    return CaseFactory(
        household=household, regisseur=consulent, status=CaseStatus.IN_BEHANDELING, eligible=True
    )


def notified(user) -> set[str]:
    return {
        key.split(":")[1]
        for key in Notification.objects.filter(user=user).values_list("key", flat=True)
    }


@pytest.mark.django_db
def test_each_person_is_told_what_they_must_act_on(consulent, omo, teamleider, due_everything):
    run_due_tasks()

    assert notified(consulent) == {"monitoring", "time_out", "decision"}
    assert notified(teamleider) == {"step"}
    assert notified(omo) == {"decision"}
    texts = " ".join(Notification.objects.values_list("text", flat=True))
    assert due_everything.reference in texts
    assert "Yvonne" not in texts  # a notification names the case by its reference only


@pytest.mark.django_db
def test_running_twice_creates_each_notification_and_email_once(settings, due_everything):
    settings.REMINDER_EMAIL = True

    first = run_due_tasks()
    second = run_due_tasks()

    assert first.created == Notification.objects.count() > 0
    assert second.created == 0
    assert first.emailed == len(mail.outbox) == Notification.objects.count()
    assert second.emailed == 0
    assert all("Yvonne" not in message.body for message in mail.outbox)


@pytest.mark.django_db
def test_without_email_configured_reminders_stay_in_the_app(due_everything):
    result = run_due_tasks()

    assert result.created > 0 and result.emailed == 0
    assert not mail.outbox


@pytest.mark.django_db
def test_a_failed_email_is_tried_again_next_run(settings, due_everything, monkeypatch):
    settings.REMINDER_EMAIL = True
    from maatwerk.accounts import notifications

    def broken(**kwargs):
        raise OSError("relay down")

    monkeypatch.setattr(notifications, "send_mail", broken)
    assert run_due_tasks().emailed == 0
    assert not Notification.objects.filter(emailed_at__isnull=False).exists()

    monkeypatch.undo()
    assert run_due_tasks().emailed == Notification.objects.count()


@pytest.mark.django_db
def test_the_command_reports_in_dutch_and_refuses_a_bad_date(due_everything):
    from io import StringIO

    from django.core.management import CommandError, call_command

    out = StringIO()
    call_command("run_due_tasks", stdout=out)
    assert "nieuwe meldingen" in out.getvalue()
    with pytest.raises(CommandError, match="JJJJ-MM-DD"):
        call_command("run_due_tasks", "--date", "2-12-2026")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_copies_at_the_same_moment_notify_and_email_once(settings, due_everything):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: two connections writing at once")
    settings.REMINDER_EMAIL = True

    outcomes = _at_once([run_due_tasks, run_due_tasks])

    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
    assert sum(o.created for o in outcomes) >= Notification.objects.count()
    assert len(mail.outbox) == Notification.objects.count()
    assert len({(m.to[0], m.subject) for m in mail.outbox}) == len(mail.outbox)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_app_servers_running_the_command_send_each_email_once(due_everything, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: two processes on one database")
    name = connection.settings_dict["NAME"]
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{name}",
        "DJANGO_SETTINGS_MODULE": "maatwerk.settings.test",
        "REMINDER_EMAIL": "true",
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(tmp_path),
    }
    env.pop("TEST_DATABASE_NAME", None)
    command = [sys.executable, "manage.py", "run_due_tasks"]
    root = Path(__file__).resolve().parents[2]
    servers = [
        subprocess.Popen(command, cwd=root, env=env, stdout=subprocess.PIPE) for _ in range(2)
    ]
    for server in servers:
        server.wait(timeout=120)
        assert server.returncode == 0

    sent = "".join(path.read_text() for path in tmp_path.iterdir())
    assert Notification.objects.count() > 0
    assert sent.count("Subject: ") == Notification.objects.count()
