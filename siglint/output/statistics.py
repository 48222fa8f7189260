"""``--statistics``: how many findings of each rule, most frequent first (Ruff's, after flake8's)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from siglint.fixes import applies
from siglint.output import FileReport
from siglint.output.summary import summary


@dataclass(slots=True)
class _Statistic:
    code: str
    name: str
    count: int = 0
    fixable_count: int = 0  # how many of them --fix would fix

    @property
    def marker(self) -> str:
        if self.fixable_count == self.count:
            return "[*] "
        return "[~] " if self.fixable_count else "[ ] "


def statistics(reports: list[FileReport], *, as_json: bool = False) -> str:
    """``count<TAB>code<TAB>[*] name`` rows then the summary, or a JSON array with ``as_json``.

    The marker is ``[*]`` when ``--fix`` fixes every finding of the rule, ``[~]`` some of them,
    ``[ ]`` none, and is left out when nothing at all is fixable.
    """
    by_code: dict[str, _Statistic] = {}
    for report in reports:
        for d in report.diagnostics:
            statistic = by_code.setdefault(d.code, _Statistic(d.code, d.name))
            statistic.count += 1
            if d.fix is not None and applies(d.fix, unsafe=report.unsafe_fixes):
                statistic.fixable_count += 1
    ordered = sorted(by_code.values(), key=lambda s: (-s.count, s.code))
    if as_json:
        return json.dumps([asdict(s) for s in ordered], indent=2, ensure_ascii=False) + "\n"
    count_width = max((len(str(s.count)) for s in ordered), default=1)
    code_width = max((len(s.code) for s in ordered), default=1)
    any_fixable = any(s.fixable_count for s in ordered)
    rows = [
        f"{s.count:>{count_width}}\t{s.code:<{code_width}}\t"
        f"{s.marker if any_fixable else ''}{s.name}\n"
        for s in ordered
    ]
    return "".join(rows) + summary(reports)
