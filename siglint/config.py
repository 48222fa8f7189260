"""Resolved settings for one file: which findings are reported."""

from __future__ import annotations

from dataclasses import dataclass

from siglint.rules.registry import BY_NAME


@dataclass(frozen=True, slots=True)
class Settings:
    select: tuple[str, ...] = ("SIG",)
    ignore: tuple[str, ...] = ()

    def enabled(self, code: str) -> bool:
        return _matches(code, self.select) and not _matches(code, self.ignore)


def _matches(code: str, selectors: tuple[str, ...]) -> bool:
    """A selector is a code, a code prefix (``SIG1``) or a rule name."""
    return any(code.startswith(s) or (s in BY_NAME and BY_NAME[s].code == code) for s in selectors)
