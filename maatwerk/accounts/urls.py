from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("wachtwoord/", views.password_change, name="password_change"),
    path("wijzigingen/", views.account_changes, name="changes"),
    path("aanvragen/<int:pk>/besluit/", views.decide_grant, name="decide"),
    path("meldingen/", views.notifications, name="notifications"),
]
