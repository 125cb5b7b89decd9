import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from maatwerk.retention import services
from maatwerk.retention.destruction_list import write_destruction_list
from maatwerk.retention.models import RetentionAction

_DONE = {RetentionAction.ANONYMISE: "geanonimiseerd", RetentionAction.DESTROY: "vernietigd"}


class Command(BaseCommand):
    help = (
        "Anonimiseert of vernietigt afgesloten casussen waarvan de bewaartermijn is verstreken, "
        "volgens de bewaartermijnen die de functioneel beheerder vastlegt, en schrijft een "
        "vernietigingslijst. Veilig voor cron: twee runs lopen nooit tegelijk en een tweede "
        "run direct na de eerste verandert niets."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Toon wat er zou gebeuren, zonder iets te veranderen of te schrijven.",
        )
        parser.add_argument(
            "--output-dir",
            default=str(settings.BASE_DIR / "var" / "retention"),
            help="Map voor de vernietigingslijst (CSV). Standaard: var/retention/.",
        )
        parser.add_argument(
            "--as-of",
            type=datetime.date.fromisoformat,
            help="Alleen met --dry-run: laat zien wat op deze datum (JJJJ-MM-DD) aan de beurt is.",
        )

    def handle(self, *args, dry_run=False, output_dir=None, as_of=None, **options):
        if as_of is not None and not dry_run:
            raise CommandError("--as-of kan alleen samen met --dry-run.")
        today = as_of or timezone.localdate()
        try:
            report = services.apply_retention(today, dry_run=dry_run)
        except services.RetentionLocked as locked:
            raise CommandError(
                "Er loopt al een andere bewaartermijnrun; deze run doet niets.", returncode=2
            ) from locked

        self._print(report)
        if not dry_run:
            path = write_destruction_list(report.run_id, output_dir)
            if path is not None:
                self.stdout.write(f"Vernietigingslijst: {path}")
        if not report.ok:
            raise CommandError(
                f"{len(report.failed)} casus(sen) konden niet worden verwerkt en zijn ongewijzigd "
                "gebleven; zie hierboven."
            )

    def _print(self, report) -> None:
        prefix = "PROEFRUN – er is niets veranderd. " if report.dry_run else ""
        self.stdout.write(
            f"{prefix}Run {report.run_id}, peildatum {report.today.isoformat()}: "
            f"{report.count(RetentionAction.ANONYMISE)} geanonimiseerd, "
            f"{report.count(RetentionAction.DESTROY)} vernietigd, "
            f"{len(report.skipped)} overgeslagen, {len(report.failed)} mislukt."
        )
        verb = "zou worden" if report.dry_run else "is"
        for row in report.handled:
            self.stdout.write(
                f"  {row.reference}: {verb} {_DONE[row.action]} ({row.kind}, afgesloten "
                f"{timezone.localdate(row.closed_at).isoformat()}, termijn verstreken "
                f"{row.due_on.isoformat()})"
            )
        for row in report.skipped:
            self.stdout.write(f"  {row.reference}: overgeslagen – {row.reason} ({row.kind})")
        for row in report.failed:
            self.stderr.write(f"  {row.reference}: MISLUKT ({row.error}), casus ongewijzigd")
