"""Locale formatting (fr_CA and en_CA), code lists and the core message catalogue."""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime
from decimal import Decimal

from cjeapp.core.codelists import codelist
from cjeapp.core.codelists import volet_of_service
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.i18n import set_language
from cjeapp.core.locale_format import country_name
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_datetime
from cjeapp.core.locale_format import format_money
from cjeapp.core.locale_format import language_name


def test_french_quebec_formats() -> None:
    assert format_date(date(2026, 11, 22), "fr") == "22 novembre 2026"
    assert format_money(Decimal("185"), "fr").replace("\u00a0", " ") == "185,00 $"
    assert format_money(Decimal("185"), "en") == "$185.00"
    # Stored in UTC, shown in Quebec time (UTC-5 in November).
    shown = format_datetime(datetime(2026, 11, 22, 19, 30, tzinfo=UTC), "fr", style="short")
    assert "14 h 30" in shown


def test_country_and_language_names_come_from_cldr() -> None:
    assert country_name("CO", "fr") == "Colombie"
    assert country_name("SY", "en") == "Syria"
    assert language_name("uk", "fr") == "ukrainien"


def test_code_lists_are_complete() -> None:
    assert len(codelist("regions").codes) == 17
    assert codelist("regions").label("12", "fr") == "Chaudière-Appalaches"
    assert codelist("plan_areas").values() == ["installation", "francisation", "employment",
                                               "community"]
    assert len(codelist("pasi_volets").codes) == 5
    volets = set(codelist("pasi_volets").values())
    assert all(volet_of_service(code) in volets for code in codelist("service_types").values())
    assert volet_of_service("asylum_support") == "4"


def test_core_messages_are_translated() -> None:
    message = msg(N_("The password needs at least {min} characters."), min=8)
    set_language("fr")
    assert str(message) == "Le mot de passe doit compter au moins 8 caractères."
    assert message.render("en") == "The password needs at least 8 characters."


def test_durations_are_written_as_people_write_them() -> None:
    """Issue 36: « 15 min » and « 2 h 15 », never « 0,2 heure » or « 2,2 heures »."""
    from cjeapp.core.locale_format import format_duration

    assert [format_duration(minutes, "fr") for minutes in (0, 15, 60, 135, 600)] == [
        "0 min", "15 min", "1 h", "2 h 15", "10 h"]
    assert [format_duration(minutes, "en") for minutes in (15, 60, 135)] == [
        "15 min", "1 h", "2 h 15 min"]
