"""Write each language's name in itself (« Ikirundi », « العربية ») from Babel's locale
data to src/cjeapp/resources/codelists/language_own_names.json, for the languages the
program offers (``locale_format.language_codes``). The installed program keeps Babel's data
for four locales only; the names it needs are in that file.

Usage: .venv/bin/python scripts/language_names.py [--check]
(--check: exit 1 when the file differs from what Babel gives, without writing it)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from babel import Locale
from babel import UnknownLocaleError

from cjeapp.core.locale_format import language_codes

TARGET = Path(__file__).resolve().parents[1] / "src" / "cjeapp" / "resources" / "codelists" \
    / "language_own_names.json"
NAMED_AS = {"prs": "fa_AF"}  # Dari: CLDR names it as the Persian of Afghanistan


def own_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for code in sorted(language_codes()):
        locale_id = NAMED_AS.get(code, code)
        try:
            locale = Locale.parse(locale_id)
        except (UnknownLocaleError, ValueError):
            continue
        name = locale.languages.get(locale_id) or locale.languages.get(code)
        if name:
            names[code] = str(name)
    return names


def text() -> str:
    return json.dumps({"name": "language_own_names", "version": 1, "names": own_names()},
                      ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> int:
    wanted = text()
    if "--check" in sys.argv[1:]:
        same = TARGET.is_file() and TARGET.read_text(encoding="utf-8") == wanted
        print("up to date" if same else f"{TARGET} differs from Babel's data")
        return 0 if same else 1
    TARGET.write_text(wanted, encoding="utf-8")
    print(TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main())
