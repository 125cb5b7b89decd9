from django.urls import path

from . import views

app_name = "audit"

urlpatterns = [
    path("casussen/<int:pk>/", views.case_audit, name="case"),
]
