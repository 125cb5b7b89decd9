from django.urls import path

from .views import consultation, worklists

app_name = "route"

urlpatterns = [
    # --- Screens on a case.
    # --- The consultation and the work lists.
    path("overleg/", consultation.agenda, name="agenda"),
    path("overleg/punten/<int:pk>/uitkomst/", consultation.record_outcome, name="agenda_outcome"),
    path("besluiten/", worklists.awaiting, name="awaiting"),
    path("portefeuille/", worklists.portfolio, name="portfolio"),
    path("portefeuille/<int:pk>/zienswijze/", worklists.portfolio_view, name="portfolio_view"),
    # --- Documents.
]
