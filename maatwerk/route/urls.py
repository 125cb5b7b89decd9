from django.urls import path  # noqa: F401 - the sections below add their paths

app_name = "route"

urlpatterns = [
    # --- Screens on a case.
    # --- The consultation and the work lists.
    # --- Documents.
]
