from django.forms.renderers import TemplatesSetting


class NLDesignRenderer(TemplatesSetting):
    form_template_name = "forms/div.html"
    field_template_name = "forms/field.html"
