"""Code lists (PASI volets, service types, regions...) read from ``resources/codelists``.

They are data, versioned with the program, so a list can change without touching code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from cjeapp.core.i18n import current_language
from cjeapp.core.resources import resource_path


@dataclass(frozen=True)
class Code:
    code: str
    labels: dict[str, str]
    extra: dict[str, Any]

    def label(self, language: str | None = None) -> str:
        lang = language or current_language()
        return self.labels.get(lang) or self.labels.get("fr") or self.code


@dataclass(frozen=True)
class CodeList:
    name: str
    version: int
    codes: tuple[Code, ...]

    def __contains__(self, code: object) -> bool:
        return any(entry.code == code for entry in self.codes)

    def get(self, code: str) -> Code | None:
        for entry in self.codes:
            if entry.code == code:
                return entry
        return None

    def label(self, code: str | None, language: str | None = None) -> str:
        if code is None:
            return ""
        entry = self.get(code)
        return entry.label(language) if entry else code

    def values(self) -> list[str]:
        return [entry.code for entry in self.codes]


@cache
def codelist(name: str) -> CodeList:
    """Load the code list ``name`` (e.g. ``"service_types"``)."""
    path = resource_path("codelists", f"{name}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    codes = tuple(
        Code(
            code=str(row["code"]),
            labels={key: str(row[key]) for key in ("fr", "en") if key in row},
            extra={key: value for key, value in row.items() if key not in ("code", "fr", "en")},
        )
        for row in data["codes"]
    )
    return CodeList(name=str(data["name"]), version=int(data["version"]), codes=codes)


def volet_of_service(service_type: str) -> str:
    """The PASI volet a service type counts under."""
    entry = codelist("service_types").get(service_type)
    if entry is None:
        raise KeyError(service_type)
    return str(entry.extra["volet"])
