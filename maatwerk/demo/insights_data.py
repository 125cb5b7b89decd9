"""The demo's learning and accountability: the OMO-functionaris's findings for the last full
quarter, and one signal to policy taken up from that quarter's blockage ranking. Loading again
changes nothing."""

from django.utils.translation import gettext as _

from maatwerk.insights import services

from .setup import DemoWorld

FINDINGS = (
    "Het kwartaal in het kort: weinig nieuwe casussen, elk met een eigen knelpunt; de "
    "aantallen zijn te klein om per team of leefgebied te tonen.\n"
    "Les: leg bij elke casus het knelpunt vast met de regel en de eigenaar, zodat de "
    "rangorde van knelpunten over een jaar wel iets zegt."
)


def load_insights(world: DemoWorld) -> None:
    omo = world.users["omo"]
    start, end = services.current_quarter()
    if not services.findings_text(world.municipality, start, end):
        services.save_findings(omo, start, end, FINDINGS)
    if services.signals_for(world.municipality).exists():
        return
    report = services.report_for(world.municipality, start, end)
    proposals = services.proposed_signals(report)
    if proposals:
        signal = services.signal_from_blockage(omo, proposals[0]["rule_id"], start, end)
        services.update_signal(
            omo,
            signal,
            status="bij_beleid",
            response=_("Voorgelegd aan het team beleid sociaal domein."),
            response_date=end,
        )
