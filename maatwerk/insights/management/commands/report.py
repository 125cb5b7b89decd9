"""manage.py report --from 2026-07-01 --to 2026-09-30 --format pdf --out rapport.pdf"""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from maatwerk.accounts.selectors import municipalities

from ... import exports, services


class Command(BaseCommand):
    help = "De kwartaalrapportage (of een andere periode) als pdf, xlsx, csv of html."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--from", dest="start", required=True, help="JJJJ-MM-DD")
        parser.add_argument("--to", dest="end", required=True, help="JJJJ-MM-DD")
        parser.add_argument("--format", choices=("pdf", "xlsx", "csv", "html"), required=True)
        parser.add_argument("--out", required=True, help="het bestand om te schrijven")
        parser.add_argument("--municipality", help="code van de gemeente (bij meer dan één)")

    def handle(self, *args, **options) -> None:
        try:
            start, end = services.parse_period(options["start"], options["end"])
        except ValidationError as problem:
            raise CommandError(problem.messages[0]) from None
        found = list(municipalities())
        if options["municipality"]:
            found = [m for m in found if m.code == options["municipality"]]
        if len(found) != 1:
            raise CommandError("Kies één gemeente met --municipality.")
        report = services.report_for(found[0], start, end)
        content = {
            "pdf": exports.to_pdf,
            "xlsx": exports.to_xlsx,
            "csv": exports.to_csv,
            "html": exports.to_html,
        }[options["format"]](report)
        path = Path(options["out"])
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        self.stdout.write(f"{path} geschreven.")
