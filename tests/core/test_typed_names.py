"""The words typed in the desk's search, given to a new file's names (issue 38, item 5)."""

from __future__ import annotations

import pytest

from cjeapp.core.people.typed_names import split_typed_name


@pytest.mark.parametrize(("typed", "given", "family"), [
    ("Tremblay", "", "Tremblay"),
    ("  tremblay ", "", "tremblay"),
    ("Tremblay, Marie-Ève", "Marie-Ève", "Tremblay"),
    ("Al-Ahmad,Lina", "Lina", "Al-Ahmad"),
    ("TREMBLAY Marie", "Marie", "Tremblay"),
    ("Marie TREMBLAY", "Marie", "Tremblay"),
    ("Lina AL-AHMAD", "Lina", "Al-Ahmad"),
    ("Hélène Côté", "Hélène", "Côté"),
    ("Jean Pierre Nguyen Van", "Jean", "Pierre Nguyen Van"),
    ("418 555-0123", "", ""),
    ("", "", ""),
])
def test_the_family_name_goes_to_nom_however_it_was_typed(typed: str, given: str,
                                                          family: str) -> None:
    assert split_typed_name(typed) == (given, family)
