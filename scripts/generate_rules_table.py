"""Regenerate the rules table of README.md from the rule registry.

Usage: python scripts/generate_rules_table.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path

from siglint.rules.registry import all_rules

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- rules:start -->", "<!-- rules:end -->"
_FIX = {"never": "", "sometimes": "sometimes", "always": "always"}


def table() -> str:
    rows = ["| code | name | severity | fix | what it flags |", "|---|---|---|---|---|"]
    for rule in all_rules():
        fix = _FIX[rule.fix]
        if fix:
            fix = f"{fix} ({rule.applicability.value})" if rule.applicability else fix
        rows.append(
            f"| {rule.code} | `{rule.name}` | {rule.severity.value} | {fix} | {rule.summary} |"
        )
    return "\n".join(rows)


def render(text: str) -> str:
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    return f"{head}{START}\n{table()}\n{END}{tail}"


def main(argv: list[str]) -> int:
    text = README.read_text(encoding="utf-8")
    updated = render(text)
    if "--check" in argv:
        if updated != text:
            print("README.md's rules table is stale: run python scripts/generate_rules_table.py")
            return 1
        return 0
    README.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
