from django.urls import path

from .views import funds, kassabon, settlement

app_name = "fund"

urlpatterns = [
    # --- Funds, their ledger and the controller's worklist.
    path("", funds.overview, name="overview"),
    path("werklijst/", funds.worklist, name="worklist"),
    path("<int:pk>/", funds.detail, name="detail"),
    path("<int:pk>/aanvullen/", funds.top_up, name="top_up"),
    path("reservering/<int:pk>/", funds.commitment, name="commitment"),
    path("reservering/<int:pk>/betaling/", funds.payment, name="payment"),
    path("reservering/<int:pk>/vrijval/", funds.release, name="release"),
    path("reservering/<int:pk>/voorfinanciering/", funds.prefinance, name="prefinance"),
    path("boeking/<int:pk>/correctie/", funds.correct, name="correct"),
    path("vordering/<int:pk>/", funds.receivable, name="receivable"),
    path("vordering/<int:pk>/terugbetaling/", funds.repay, name="repay"),
    path("vordering/<int:pk>/afboeken/", funds.write_off, name="write_off"),
    path("vordering/<int:pk>/herinnering/", funds.remind, name="remind"),
    # --- The kassabon of a case.
    path("casus/<int:pk>/kassabon/", kassabon.new, name="kassabon_new"),
    path("kassabon/<int:pk>/", kassabon.detail, name="kassabon"),
    path("kassabon/<int:pk>/regel/", kassabon.add_line, name="kassabon_line"),
    path("kassabon/regel/<int:pk>/weg/", kassabon.remove_line, name="kassabon_line_remove"),
    path("kassabon/<int:pk>/gerealiseerd/", kassabon.realised, name="kassabon_realised"),
    path("kassabon/<int:pk>/kassabon.pdf", kassabon.pdf, name="kassabon_pdf"),
    # --- Settlement with partners.
    path("verrekening/", settlement.statements, name="statements"),
    path("verrekening/<int:pk>/", settlement.statement, name="statement"),
    path("verrekening/<int:pk>/bijdrage/", settlement.contribution, name="contribution"),
    path("verrekening/<int:pk>/overzicht.pdf", settlement.statement_pdf, name="statement_pdf"),
    path("verrekening/<int:pk>/overzicht.xlsx", settlement.statement_xlsx, name="statement_xlsx"),
]
