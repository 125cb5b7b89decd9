from django.urls import path

from . import views

app_name = "insights"

urlpatterns = [
    path("rapportage/", views.report, name="report"),
    path("rapportage/download/<str:fmt>/", views.download, name="download"),
]
