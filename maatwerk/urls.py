from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from maatwerk import errors, views
from maatwerk.accounts import views as account_views
from maatwerk.accounts.admin_site import restrict_admin_to_beheerder
from maatwerk.accounts.forms import LoginForm

restrict_admin_to_beheerder(admin.site)

urlpatterns = [
    path("", views.home, name="home"),
    path("sessie/verlengen/", views.session_keepalive, name="session_keepalive"),
    path(
        "inloggen/",
        auth_views.LoginView.as_view(
            authentication_form=LoginForm, redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("inloggen/tweede-stap/", account_views.two_factor, name="two_factor"),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("account/", include("maatwerk.accounts.urls")),
    path("casussen/", include("maatwerk.cases.urls")),
    path("audit/", include("maatwerk.cases.audit_urls")),
    path("route/", include("maatwerk.route.urls")),
    path("fonds/", include("maatwerk.fund.urls")),
    path("vraagbaak/", include("maatwerk.vraagbaak.urls")),
    path("register/", include("maatwerk.register.urls")),
    path("privacy/", include("maatwerk.privacy.urls")),
    path("inzicht/", include("maatwerk.insights.urls")),
    path("api/v1/", include("maatwerk.api.urls")),
    path("beheer/", admin.site.urls),
]

if settings.OIDC_RP_CLIENT_ID:
    urlpatterns.append(path("oidc/", include("mozilla_django_oidc.urls")))

handler404 = errors.page_not_found
handler403 = errors.permission_denied
handler500 = errors.server_error
