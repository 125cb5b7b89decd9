"""manage.py export_precedents FILE: write every precedent in the import format (.json, or
YAML for any other extension)."""

from django.core.management.base import BaseCommand

from ... import services


class Command(BaseCommand):
    help = "Exporteer alle precedenten naar een JSON- of YAML-bestand."

    def add_arguments(self, parser) -> None:
        parser.add_argument("file")

    def handle(self, *args, file: str, **options) -> None:
        count = services.export_precedents(file)
        self.stdout.write(f"{count} precedenten geschreven naar {file}.")
