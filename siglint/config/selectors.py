"""Rule selectors: a code (``SIG101``), a code prefix (``SIG1``, ``SIG``) or a rule name.

As in Ruff, when several selectors pick a rule the most specific one wins: a longer prefix beats
a shorter one, and a full code or a name beats any prefix.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from siglint.rules import registry
from siglint.rules.registry import Rule

LINTER_PREFIX = "SIG"
_CODE_PREFIX = re.compile(rf"{LINTER_PREFIX}[0-9]*")


def is_code_prefix(selector: str) -> bool:
    """``SIG``, ``SIG1``, ``SIG101``: a selector that picks codes starting with it."""
    return _CODE_PREFIX.fullmatch(selector) is not None


def specificity(selector: str, code: str) -> int | None:
    """How specifically ``selector`` picks ``code`` (higher is more specific), or ``None``."""
    if is_code_prefix(selector):
        return len(selector) if code.startswith(selector) else None
    found = rule_named(selector)
    return len(code) if found is not None and found.code == code else None


def most_specific(selectors: Iterable[str], code: str) -> int | None:
    """The specificity of the most specific selector that picks ``code``, or ``None``."""
    return max(
        (s for s in (specificity(sel, code) for sel in selectors) if s is not None),
        default=None,
    )


def is_known(selector: str) -> bool:
    """A selector names the linter, a code prefix of some rule, or a rule's name."""
    if is_code_prefix(selector):
        return selector == LINTER_PREFIX or any(
            r.code.startswith(selector) for r in registry.all_rules()
        )
    return rule_named(selector) is not None


def closest(selector: str) -> str | None:
    """The known code or name a misspelt selector most likely meant."""
    candidates = {s.lower(): s for r in registry.all_rules() for s in (r.code, r.name)}
    # A high cutoff: "SIG7" resembles every code a little and none in particular.
    import difflib  # here: only a misspelt selector needs it

    matches = difflib.get_close_matches(selector.lower(), candidates, n=1, cutoff=0.75)
    return candidates[matches[0]] if matches else None


def rule_named(name: str) -> Rule | None:
    return next((r for r in registry.all_rules() if r.name == name), None)


def rule_coded(code: str) -> Rule | None:
    return next((r for r in registry.all_rules() if r.code == code), None)
