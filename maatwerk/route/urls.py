from django.urls import path

from .views import aftercare, case, consultation, documents, worklists

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
    # --- After the decision: escalation, overlegtafel, national escalation, time-out, plan,
    # monitoring, evaluation.
    path("casus/<int:pk>/escaleren/", aftercare.escalate, name="escalate"),
    path("escalatie/<int:pk>/antwoord/", aftercare.answer_step, name="step_answer"),
    path("escalatie/<int:pk>/bevoegde/", aftercare.name_authority, name="authority"),
    path("casus/<int:pk>/overlegtafel/", aftercare.round_table, name="round_table"),
    path(
        "overlegtafel/<int:pk>/uitkomst/",
        aftercare.round_table_outcome,
        name="round_table_outcome",
    ),
    path("casus/<int:pk>/landelijk/", aftercare.national, name="national"),
    path("landelijk/<int:pk>/antwoord/", aftercare.national_answer, name="national_answer"),
    path(
        "landelijk/<int:pk>/dossier.json",
        aftercare.national_export,
        {"fmt": "json"},
        name="national_json",
    ),
    path(
        "landelijk/<int:pk>/dossier.pdf",
        aftercare.national_export,
        {"fmt": "pdf"},
        name="national_pdf",
    ),
    path("casus/<int:pk>/time-out/", aftercare.time_out, name="time_out"),
    path("time-out/<int:pk>/beeindigen/", aftercare.end_time_out, name="time_out_end"),
    path("casus/<int:pk>/plan/", aftercare.make_plan, name="plan"),
    path("plan/<int:pk>/doel/", aftercare.add_goal, name="goal_add"),
    path("doel/<int:pk>/stand/", aftercare.goal_status, name="goal_status"),
    path("plan/<int:pk>/uitgevoerd/", aftercare.carry_out, name="carry_out"),
    path("plan/<int:pk>/plan.pdf", aftercare.plan_pdf, name="plan_pdf"),
    path("monitoring/<int:pk>/", aftercare.monitoring, name="monitoring"),
    path("casus/<int:pk>/evaluatie/", aftercare.evaluate, name="evaluate"),
    # --- The consultation and the work lists.
    path("overleg/", consultation.agenda, name="agenda"),
    path("overleg/punten/<int:pk>/uitkomst/", consultation.record_outcome, name="agenda_outcome"),
    path("besluiten/", worklists.awaiting, name="awaiting"),
    path("termijnen/", worklists.deadlines, name="deadlines"),
    path("portefeuille/", worklists.portfolio, name="portfolio"),
    path("portefeuille/<int:pk>/zienswijze/", worklists.portfolio_view, name="portfolio_view"),
    # --- Documents.
    path("overleg/<int:pk>/agenda.pdf", documents.agenda_pdf, name="agenda_pdf"),
    path("overleg/<int:pk>/verslag.pdf", documents.minutes_pdf, name="minutes_pdf"),
    path("besluit/<int:pk>/brief.pdf", documents.letter_pdf, name="letter_pdf"),
]
