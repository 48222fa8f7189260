"""``siglint rule CODE|NAME`` and ``siglint rule --all``: rule documentation from the registry."""

from __future__ import annotations

import argparse
import inspect
import json
import sys
from typing import Any

from siglint.rules.registry import Rule, all_rules, find

_FIX_AVAILABILITY = {
    "always": "Fix is always available",
    "sometimes": "Fix is sometimes available",
}


def add_parser(commands: Any) -> None:
    """Declare ``rule`` on the ``siglint`` subcommand parser."""
    parser = commands.add_parser(
        "rule",
        help="print a rule's documentation",
        description="Print the documentation of a rule, given its code or name, or of every rule.",
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("selector", nargs="?", metavar="CODE|NAME", help="SIG101 or input-not-list")
    which.add_argument("--all", action="store_true", help="every rule")
    parser.add_argument("--output-format", choices=("text", "json"), default="text")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.all:
        rules = list(all_rules())
    else:
        found = find(args.selector)
        if found is None:
            print(
                f"siglint: error: no rule is coded or named {args.selector!r} "
                "(`siglint rule --all` lists them)",
                file=sys.stderr,
            )
            return 2
        rules = [found]
    if args.output_format == "json":
        items: Any = [rule_json(r) for r in rules] if args.all else rule_json(rules[0])
        sys.stdout.write(json.dumps(items, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write("\n".join(rule_markdown(r) for r in rules))
    return 0


def rule_markdown(spec: Rule) -> str:
    """Ruff's ``rule`` page: a title, what the rule reports and fixes, then its documentation."""
    facts = [f"Default severity: **{spec.severity.value}**."]
    if spec.fix in _FIX_AVAILABILITY:
        safety = f" ({spec.applicability.value})" if spec.applicability is not None else ""
        facts.append(f"{_FIX_AVAILABILITY[spec.fix]}{safety}.")
    if spec.min_mlflow is not None:
        facts.append(f"Applies to MLflow {spec.min_mlflow} and later.")
    paragraphs = [f"# {spec.name} ({spec.code})", *facts, inspect.cleandoc(spec.doc)]
    return "\n\n".join(paragraphs) + "\n"


def rule_json(spec: Rule) -> dict[str, Any]:
    """The rule as ``siglint rule --output-format json`` prints it (Ruff's keys where it has them)."""
    return {
        "code": spec.code,
        "name": spec.name,
        "severity": spec.severity.value,
        "summary": spec.summary,
        "fix": spec.fix,
        "applicability": spec.applicability.value if spec.applicability is not None else None,
        "min_mlflow": spec.min_mlflow,
        "url": spec.url,
        "explanation": inspect.cleandoc(spec.doc) + "\n",
    }
