from django.urls import path

from . import views

app_name = "insights"

urlpatterns = [
    path("rapportage/", views.report, name="report"),
    path("rapportage/download/<str:fmt>/", views.download, name="download"),
    path("rapportage/signaal/", views.propose, name="propose"),
    path("jaarevaluatie/", views.annual, name="annual"),
    path("jaarevaluatie/pdf/", views.annual_pdf, name="annual_pdf"),
    path("signalen/", views.signals, name="signals"),
    path("signalen/<int:pk>/", views.signal, name="signal"),
]
