from django.core.management.base import BaseCommand, CommandError

from maatwerk.audit.models import AccessLog
from maatwerk.audit.services import verify_chain


class Command(BaseCommand):
    help = (
        "Controleert de hash-keten van het toegangslogboek en meldt de eerste regel die niet "
        "klopt. Afsluitcode 1 bij een breuk (geschikt voor cron en monitoring)."
    )

    def handle(self, *args, **options):
        broken = verify_chain()
        if broken is not None:
            raise CommandError(
                f"Toegangslogboek gebroken bij regel {broken.pk} "
                f"(tijdstip {broken.at:%Y-%m-%d %H:%M:%S} UTC): inhoud of koppeling klopt niet."
                if broken.pk
                else "Toegangslogboek gebroken: de laatste regels ontbreken."
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Toegangslogboek intact: {AccessLog.objects.count()} regels, keten klopt."
            )
        )
