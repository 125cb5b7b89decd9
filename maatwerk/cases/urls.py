from django.urls import path

from . import views

app_name = "cases"

urlpatterns = [
    path("", views.case_list, name="list"),
    path("nieuw/", views.case_create, name="create"),
    path("<int:pk>/", views.case_detail, name="detail"),
    path("<int:pk>/stap/<slug:step>/", views.case_step, name="step"),
    path("<int:pk>/status/", views.case_transition, name="transition"),
    path("<int:pk>/notitie/", views.case_note, name="note"),
]
