import json
import os
import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.json import DjangoJSONEncoder

from maatwerk.core.bsn import normalise_bsn, validate_bsn
from maatwerk.privacy import services


class Command(BaseCommand):
    help = (
        "Schrijft voor een inzageverzoek (AVG art. 15) alle gegevens over één gezinslid naar "
        "een JSON-bestand, met het overzicht van wie het dossier wanneer heeft ingezien. De "
        "export wordt op naam van --user in het toegangslogboek vastgelegd."
    )

    def add_arguments(self, parser):
        who = parser.add_mutually_exclusive_group(required=True)
        who.add_argument(
            "--bsn",
            help="BSN van de betrokkene; '-' leest het van standaardinvoer (blijft uit de "
            "shellgeschiedenis).",
        )
        who.add_argument("--member", type=int, help="Nummer (id) van het gezinslid.")
        parser.add_argument(
            "--user",
            required=True,
            help="Gebruikersnaam van de OMO-functionaris die het verzoek behandelt.",
        )
        parser.add_argument("--output", required=True, help="Pad van het JSON-bestand.")
        parser.add_argument(
            "--force", action="store_true", help="Overschrijf een bestaand bestand."
        )

    def handle(self, *args, bsn=None, member=None, user, output, force=False, **options):
        handler = self._handler(user)
        path = Path(output)
        if path.exists() and not force:
            raise CommandError(f"{path} bestaat al; gebruik --force om het te overschrijven.")
        matches = services.find_subjects(
            handler,
            bsn=self._bsn(bsn) if bsn is not None else "",
            member_id=member,
            channel=services.CHANNEL_COMMAND,
        )
        if not matches:
            raise CommandError(
                "Er is geen gezinslid gevonden met dit BSN."
                if bsn is not None
                else "Er is geen gezinslid gevonden met dit nummer."
            )
        if len(matches) > 1:
            numbers = ", ".join(str(found.pk) for found in matches)
            raise CommandError(
                f"Er zijn {len(matches)} gezinsleden met dit BSN (nummers {numbers}). Maak per "
                "gezinslid een export met --member."
            )
        export = services.export_subject(
            handler, matches[0], channel=services.CHANNEL_COMMAND, form="json"
        )
        self._write(path, export)
        self.stdout.write(
            self.style.SUCCESS(
                f"Export van gezinslid {matches[0].pk} geschreven naar {path}: "
                f"{len(export['casussen'])} casus(sen), {len(export['toegangslog'])} "
                "regels toegangslog. Let op: vrije tekst kan namen van anderen bevatten; "
                "beoordeel vóór verstrekking."
            )
        )

    def _handler(self, username: str):
        handler = get_user_model().objects.filter(username=username).first()
        if handler is None:
            raise CommandError(f"Gebruiker {username!r} bestaat niet.")
        try:
            services.check_may_handle_requests(handler, channel=services.CHANNEL_COMMAND)
        except PermissionDenied as refused:
            raise CommandError(
                "Alleen een actieve OMO-functionaris mag een inzageverzoek afhandelen."
            ) from refused
        return handler

    def _bsn(self, raw: str) -> str:
        value = normalise_bsn(sys.stdin.readline() if raw == "-" else raw)
        try:
            validate_bsn(value)
        except ValidationError as invalid:
            raise CommandError(" ".join(invalid.messages)) from invalid
        return value

    def _write(self, path: Path, export: dict) -> None:
        """Readable for the owner only: the file holds a BSN."""
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(descriptor, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(export, handle, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
            handle.write("\n")
