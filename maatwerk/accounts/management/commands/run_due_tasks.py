"""Cron runs this every morning (and may run it more often): the reminders of every app that
keeps terms become in-app notifications and, when e-mail is configured, one e-mail each. Safe
to run twice, and on two app servers at the same moment."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from maatwerk.accounts.notifications import run_due_tasks


class Command(BaseCommand):
    help = "Maak meldingen (en e-mails) voor wat vandaag of binnenkort verloopt."

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Doe alsof het vandaag deze datum is (JJJJ-MM-DD).")

    def handle(self, *args, **options):
        today = None
        if options["date"]:
            try:
                today = datetime.date.fromisoformat(options["date"])
            except ValueError:
                raise CommandError(
                    "Geef de datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-02."
                ) from None
        result = run_due_tasks(today)
        self.stdout.write(
            f"{result.reminders} herinneringen, {result.created} nieuwe meldingen, "
            f"{result.emailed} e-mails verstuurd."
        )
