"""manage.py rebuild_vraagbaak_index: build the vraagbaak's search index in full and store it
for every app server, folding in the edits searched from the side part since the last build.
Run it from cron (docs/deployment.md); searching stays correct without it."""

from django.core.management.base import BaseCommand

from ... import search


class Command(BaseCommand):
    help = "Bouw de zoekindex van de vraagbaak opnieuw op en bewaar hem voor alle servers."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--zonder-synoniemen",
            action="store_true",
            help="Ook de index zonder synoniemen (voor de vergelijking in de zoektest).",
        )

    def handle(self, *args, zonder_synoniemen: bool, **options) -> None:
        variants = (True, False) if zonder_synoniemen else (True,)
        for use_synonyms in variants:
            built = search.rebuild(use_synonyms)
            self.stdout.write(f"Zoekindex gebouwd: {built.main_size} gepubliceerde precedenten.")
