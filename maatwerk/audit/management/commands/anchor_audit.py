from django.core.management.base import BaseCommand, CommandError

from maatwerk.audit.anchors import anchor_file
from maatwerk.audit.services import anchor_head


class Command(BaseCommand):
    help = (
        "Controleert het toegangslogboek en schrijft een ondertekend anker (laatste regel, "
        "hash, aantal regels, tijdstip) achteraan in AUDIT_ANCHOR_DIR/anchors.jsonl, buiten "
        "de database. Voor cron, bijvoorbeeld elk uur. Afsluitcode 1 als de keten al gebroken "
        "is: dan wordt niets verankerd."
    )

    def handle(self, *args, **options):
        try:
            anchor = anchor_head()
        except ValueError as error:
            raise CommandError(
                f"Toegangslogboek gebroken, niet verankerd: {error}. Draai verify_audit."
            ) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Anker geschreven naar {anchor_file()}: {anchor.count} regels, "
                f"laatste regel {anchor.last_id or '–'}."
            )
        )
