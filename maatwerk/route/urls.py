from django.urls import path

from .views import case, consultation, documents, worklists

app_name = "route"

urlpatterns = [
    # --- Screens on a case.
    path("casus/<int:pk>/agenderen/", case.put_on_agenda, name="put_on_agenda"),
    path("casus/<int:pk>/fase/", case.move, name="move"),
    path("casus/<int:pk>/canvas/", case.canvas, name="canvas"),
    path("casus/<int:pk>/canvas/vergelijk/", case.canvas_compare, name="canvas_compare"),
    path("casus/<int:pk>/voorstel/", case.new_proposal, name="proposal_new"),
    path("voorstel/<int:pk>/advies/", case.give_advice, name="advice"),
    path("voorstel/<int:pk>/voorleggen/", case.consult, name="consult"),
    path("voorstel/<int:pk>/besluit/", case.decide, name="decide"),
    path("besluit/<int:pk>/vervangen/", case.supersede, name="supersede"),
    path("taak/<int:pk>/afgerond/", case.task_done, name="task_done"),
    # --- The consultation and the work lists.
    path("overleg/", consultation.agenda, name="agenda"),
    path("overleg/punten/<int:pk>/uitkomst/", consultation.record_outcome, name="agenda_outcome"),
    path("besluiten/", worklists.awaiting, name="awaiting"),
    path("portefeuille/", worklists.portfolio, name="portfolio"),
    path("portefeuille/<int:pk>/zienswijze/", worklists.portfolio_view, name="portfolio_view"),
    # --- Documents.
    path("overleg/<int:pk>/agenda.pdf", documents.agenda_pdf, name="agenda_pdf"),
    path("overleg/<int:pk>/verslag.pdf", documents.minutes_pdf, name="minutes_pdf"),
    path("besluit/<int:pk>/brief.pdf", documents.letter_pdf, name="letter_pdf"),
]
