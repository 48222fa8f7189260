"""The rule registry: the only place a code, its name, severity, fix and documentation live.

Each rule is a module of ``siglint.rules`` named after the rule (``input_not_list.py``) that
defines ``RULE = Rule(...)``: its code (``SIG`` + three digits, grouped by theme, never reused),
kebab-case name, default severity, fix availability and safety, the MLflow versions it applies
to, its documentation (a docstring with the headings *What it does*, *Why is this bad?*,
*Example*, *Fix safety*, *References*) and its own valid and invalid examples, from which the test
suite is generated. ``siglint rule``, the docs, the language server's hover and the tests all
read this registry.

Themes: ``SIG0xx`` the shape of predict, ``SIG1xx`` the input hint, ``SIG2xx`` the output hint,
``SIG3xx`` pydantic models in hints, ``SIG4xx`` logging calls, ``SIG5xx`` hand-written
signatures, ``SIG9xx`` meta findings about the file itself.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal

from siglint.diagnostics import Applicability, Severity

# Each rule's page is docs/rules/<name>.md in the repository, generated from this registry by
# scripts/generate_rule_docs.py. siglint has no website and no canonical public repository yet, so
# the links point at the page in the checkout siglint runs from. When the project gets a public
# home, set DOCS_URL (say "https://github.com/<owner>/siglint/blob/main/docs/rules/") and every
# link (JSON ``url``, SARIF ``helpUri``, the editor's code link) becomes an address there.
DOCS_FOLDER = "docs/rules"
DOCS_URL: str | None = None
_CHECKOUT = Path(__file__).resolve().parents[2]
DOC_HEADINGS = ("What it does", "Why is this bad?", "Example", "Fix safety", "References")

FixAvailability = Literal["never", "sometimes", "always"]


@dataclass(frozen=True, slots=True)
class Example:
    """A rule's own test case: ``code`` is a module; ``fixed`` what the fix makes of it."""

    code: str
    path: str = "model.py"
    files: tuple[tuple[str, str], ...] = ()  # sibling modules, (relative path, source)
    fixed: str | None = None
    unsafe: bool = False  # the fix that produces ``fixed`` needs --unsafe-fixes


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str
    doc: str
    fix: FixAvailability = "never"
    applicability: Applicability | None = None
    min_mlflow: str | None = "2.20"
    valid: tuple[Example, ...] = field(default=())
    invalid: tuple[Example, ...] = field(default=())

    @property
    def doc_page(self) -> str:
        """The rule's page, relative to the repository's root."""
        return f"{DOCS_FOLDER}/{self.name}.md"

    @property
    def url(self) -> str | None:
        """The absolute address of the rule's page (SARIF and LSP take absolute URIs only):
        under ``DOCS_URL`` when set, else the page in this checkout, else none (an installed
        wheel holds no docs; ``siglint rule`` prints the same text)."""
        if DOCS_URL is not None:
            return f"{DOCS_URL}{self.name}.md"
        return _checkout_uri(self.doc_page)


@cache
def _load() -> tuple[Rule, ...]:
    import siglint.rules as package

    rules = []
    for info in pkgutil.iter_modules(package.__path__):
        if info.name in ("registry",) or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"siglint.rules.{info.name}")
        rule_ = getattr(module, "RULE", None)
        if isinstance(rule_, Rule):
            rules.append(rule_)
    codes = [r.code for r in rules]
    names = [r.name for r in rules]
    duplicates = {c for c in codes if codes.count(c) > 1} | {n for n in names if names.count(n) > 1}
    if duplicates:
        raise RuntimeError(f"rule codes and names must be unique: {sorted(duplicates)}")
    return tuple(sorted(rules, key=lambda r: r.code))


@cache
def _checkout_uri(page: str) -> str | None:
    path = _CHECKOUT / page
    return path.as_uri() if path.is_file() else None


def all_rules() -> tuple[Rule, ...]:
    return _load()


def rule(code: str) -> Rule:
    for r in _load():
        if r.code == code:
            return r
    raise KeyError(code)


def find(selector: str) -> Rule | None:
    """A rule by code or by name."""
    for r in _load():
        if selector in (r.code, r.name):
            return r
    return None
