from django.urls import path

from . import views

app_name = "register"

urlpatterns = [
    path("", views.contacts, name="contacts"),
    path("bevoegdheden/", views.authorities, name="authorities"),
    path("casus/<int:pk>/verzoek/", views.send, name="send"),
    path("verzoeken/", views.worklist, name="worklist"),
    path("mijn-verzoeken/", views.inbox, name="inbox"),
    path("mijn-verzoeken/<int:pk>/", views.request_detail, name="request"),
]
