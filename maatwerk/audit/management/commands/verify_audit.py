from django.core.management.base import BaseCommand, CommandError

from maatwerk.audit.anchors import anchor_file, read_anchors
from maatwerk.audit.models import AccessLog
from maatwerk.audit.services import verify_chain


class Command(BaseCommand):
    help = (
        "Controleert het toegangslogboek: de sleutel-hash (HMAC) en koppeling van elke regel, "
        "de kop, en elk anker in AUDIT_ANCHOR_DIR. Meldt de eerste regel die niet klopt. "
        "Afsluitcode 1 bij een breuk (geschikt voor cron en monitoring)."
    )

    def handle(self, *args, **options):
        anchors, bad = read_anchors()
        if bad:
            raise CommandError(f"Toegangslogboek niet te controleren: {bad[0]}.")
        broken = verify_chain(anchors)
        if broken is not None:
            where = (
                f"bij regel {broken.pk} (tijdstip {broken.at:%Y-%m-%d %H:%M:%S} UTC)"
                if broken.pk
                else "(geen regels meer over)"
            )
            raise CommandError(f"Toegangslogboek gebroken {where}: {broken.reason}.")
        if not anchors:
            self.stderr.write(
                f"Let op: geen ankers gevonden in {anchor_file()}; draai anchor_audit "
                "regelmatig, anders blijft het inkorten van het logboek onopgemerkt."
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Toegangslogboek intact: {AccessLog.objects.count()} regels, keten klopt, "
                f"{len(anchors)} ankers kloppen."
            )
        )
