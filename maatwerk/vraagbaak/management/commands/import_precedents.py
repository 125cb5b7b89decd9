"""manage.py import_precedents FILE: read precedents from JSON or YAML (see docs/vraagbaak.md).
Valid records are created or updated by their id; invalid ones are reported and skipped."""

from django.core.management.base import BaseCommand, CommandError

from maatwerk.accounts.roles import Role

from ... import search, services


class Command(BaseCommand):
    help = "Importeer precedenten uit een JSON- of YAML-bestand."

    def add_arguments(self, parser) -> None:
        parser.add_argument("file")
        parser.add_argument("--as", dest="username", help="De OMO-functionaris die importeert.")
        parser.add_argument(
            "--concept", action="store_true", help="Nieuwe precedenten als concept."
        )

    def handle(self, *args, file: str, username: str | None, concept: bool, **options) -> None:
        from django.contrib.auth import get_user_model

        users = get_user_model().objects.filter(role=Role.OMO_FUNCTIONARIS, is_active=True)
        user = users.filter(username=username).first() if username else users.order_by("pk").first()
        if user is None:
            raise CommandError(
                "Geen (actieve) OMO-functionaris gevonden om onder te importeren; gebruik --as."
            )
        try:
            records = services.load_file(file)
        except services.ImportFileError as error:
            raise CommandError(str(error)) from None
        report = services.import_precedents(user, records, publish=not concept)
        search.forget()
        for record, reason in report.errors:
            self.stderr.write(f"Record {record} overgeslagen: {reason}")
        self.stdout.write(
            f"{report.created} nieuw, {report.updated} bijgewerkt, {report.unchanged} ongewijzigd, "
            f"{len(report.errors)} overgeslagen."
        )
