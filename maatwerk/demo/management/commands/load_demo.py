from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from maatwerk.demo import cases_data, fund_data
from maatwerk.demo.insights_data import load_insights
from maatwerk.demo.loader import demo_case_exists, load_demo_case
from maatwerk.demo.register_data import load_register
from maatwerk.demo.setup import ACCOUNTS, DEMO_PASSWORD, ensure_demo_world
from maatwerk.demo.vraagbaak_data import load_vraagbaak


class Command(BaseCommand):
    help = (
        "Laadt de demogemeente Demodam: teams, één account per rol (wachtwoord 'demo') en "
        "casussen gebaseerd op de praktijkvoorbeelden. Nogmaals draaien verandert niets."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Ook laden als DEBUG uit staat (nooit op een productieomgeving met echte data).",
        )

    def handle(self, *args, force: bool = False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "DEBUG staat uit: dit lijkt geen ontwikkelomgeving. Demo-accounts met wachtwoord "
                "'demo' horen niet in productie. Gebruik --force als u het toch zeker weet."
            )
        world = ensure_demo_world()
        fund_data.ensure_funds(world)
        created = 0
        for data in cases_data.DEMO_CASES:
            if not demo_case_exists(world, data):
                load_demo_case(world, data)
                created += 1
        fund_data.load(world)
        load_register(world)
        load_vraagbaak(world)
        load_insights(world)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demodata geladen: {created} nieuwe casussen "
                f"({len(cases_data.DEMO_CASES) - created} bestonden al)."
            )
        )
        self.stdout.write(f"Demo-accounts (wachtwoord '{DEMO_PASSWORD}'):")
        for account in ACCOUNTS:
            team = f", {world.teams[account.team].name}" if account.team else ""
            self.stdout.write(f"  {account.username:<12} {account.role}{team}")
