from django.urls import path

from . import views

app_name = "vraagbaak"

urlpatterns = [
    path("", views.search_page, name="search"),
    path("nieuw/", views.new, name="new"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/bewerken/", views.edit, name="edit"),
    path("uit-casus/<int:pk>/", views.from_case, name="from_case"),
]
