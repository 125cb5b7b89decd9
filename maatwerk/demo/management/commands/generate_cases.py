import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from maatwerk.demo.setup import ensure_demo_world
from maatwerk.demo.synthetic import generate_cases


class Command(BaseCommand):
    help = "Maakt N realistische synthetische casussen (voor belastingtests en benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="Aantal casussen")
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument(
            "--force", action="store_true", help="Ook uitvoeren als DEBUG uit staat."
        )

    def handle(self, *args, count: int, seed: int, force: bool, **options):
        if count < 1:
            raise CommandError("Geef een aantal van minstens 1.")
        if not settings.DEBUG and not force:
            raise CommandError("DEBUG staat uit. Gebruik --force als u het zeker weet.")
        started = time.monotonic()
        made = generate_cases(ensure_demo_world(), count, seed=seed)
        self.stdout.write(
            self.style.SUCCESS(
                f"{made} synthetische casussen gemaakt in {time.monotonic() - started:.1f} s."
            )
        )
