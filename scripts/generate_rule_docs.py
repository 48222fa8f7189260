"""Regenerate the rule documentation from the rule registry: one page per rule in docs/rules/,
their index (docs/rules/README.md) and the rules table of README.md.

Usage: python scripts/generate_rule_docs.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path

from siglint.cli.rule import rule_markdown
from siglint.rules.registry import DOCS_FOLDER, Rule, all_rules

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = ROOT / DOCS_FOLDER
INDEX = DOCS / "README.md"
START, END = "<!-- rules:start -->", "<!-- rules:end -->"
_FIX = {"never": "", "sometimes": "sometimes", "always": "always"}


def table(link: str) -> str:
    """The rules as a Markdown table; each code links to ``link`` + the rule's page name."""
    rows = ["| code | name | severity | fix | what it flags |", "|---|---|---|---|---|"]
    for rule in all_rules():
        fix = _FIX[rule.fix]
        if fix:
            fix = f"{fix} ({rule.applicability.value})" if rule.applicability else fix
        code = f"[{rule.code}]({link}{rule.name}.md)"
        rows.append(f"| {code} | `{rule.name}` | {rule.severity.value} | {fix} | {rule.summary} |")
    return "\n".join(rows)


def readme(text: str) -> str:
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    return f"{head}{START}\n{table(f'{DOCS_FOLDER}/')}\n{END}{tail}"


def index() -> str:
    return (
        "# siglint rules\n\n"
        "Generated from the rule registry by `scripts/generate_rule_docs.py`; "
        "`siglint rule CODE` prints the same pages.\n\n"
        f"{table('')}\n"
    )


def page(rule: Rule) -> str:
    return f"{rule_markdown(rule)}\n[All rules](README.md)\n"


def wanted() -> dict[Path, str]:
    """Every generated file and its text."""
    files = {INDEX: index(), README: readme(README.read_text(encoding="utf-8"))}
    files.update({ROOT / rule.doc_page: page(rule) for rule in all_rules()})
    return files


def main(argv: list[str]) -> int:
    files = wanted()
    stray = sorted(set(DOCS.glob("*.md")) - set(files)) if DOCS.is_dir() else []
    if "--check" in argv:
        stale = [p for p, text in files.items() if not p.is_file() or p.read_text("utf-8") != text]
        for path in stale + stray:
            print(f"{path.relative_to(ROOT)} is stale: run python scripts/generate_rule_docs.py")
        return int(bool(stale or stray))
    DOCS.mkdir(parents=True, exist_ok=True)
    for path in stray:
        path.unlink()
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
