from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("inzageverzoek/", views.access_request, name="access_request"),
    path("inzageverzoek/<int:pk>/", views.subject_export_page, name="subject_export"),
    path(
        "inzageverzoek/<int:pk>/export.json",
        views.subject_export_download,
        name="subject_export_download",
    ),
]
