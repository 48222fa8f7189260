"""Check that the pre-filter's anchors skip only files a check finds nothing in.

    python scripts/gate_differential.py FOLDER...

For every file ``siglint check FOLDER`` would read, the pre-filter decides twice: as before
anchors (every file that reaches MLflow is checked: ``units=True`` leaves the anchors out of the
decision) and with them. Each file only the anchors skip is checked in full (libcst, the engine,
as the command's children do), with every rule enabled that its settings enable: it must have no
finding. Prints, per folder, how many files there are, how many each decision keeps, and every
difference; exits 1 if there is one.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from siglint.analysis.project import Project
from siglint.config import SettingsResolver
from siglint.engine import check_source
from siglint.files import iter_python_files
from siglint.prefilter import Screen
from siglint.sources import SourceError, load
from siglint.sources.check import check_source_units
from siglint.sources.python import UnreadableSource


def main(folders: list[str]) -> int:
    differences = 0
    print(f"{'folder':<60} {'files':>6} {'before':>6} {'gate':>6} {'only-gate-skips':>15}")
    for folder in folders:
        differences += _folder(Path(folder).absolute())
    print(f"differences: {differences}")
    return 1 if differences else 0


def _folder(folder: Path) -> int:
    resolver = SettingsResolver(root=folder)
    sources = []
    for _, path in iter_python_files([str(folder)], resolver, on_error=lambda *_: None):
        try:
            sources.append((load(path, path.read_bytes()), resolver.settings_for(path)))
        except (OSError, SourceError, UnreadableSource):
            continue
    texts = {source.path: source.text for source, _ in sources}
    before, gate = Screen(texts=texts), Screen(texts=texts)
    project = Project()
    kept_before = kept_gate = only_gate = differences = 0
    started = time.perf_counter()
    for source, settings in sources:
        old = before.needs_check(source.path, source.text, settings, units=True)
        new = gate.needs_check(source.path, source.text, settings, units=bool(source.units))
        kept_before += old
        kept_gate += new
        if old and not new:
            only_gate += 1

            def check(text: str, path: Path, settings=settings) -> tuple:
                return check_source(text, path, settings, project).diagnostics

            found = check_source_units(source, check)
            if found:
                differences += 1
                codes = sorted({d.code for d in found})
                print(f"  DIFFERENCE {source.path}: skipped, but a check finds {codes}")
        elif new and not old:
            print(f"  (checked only with anchors: {source.path})")
    shown = str(folder)[-60:]
    seconds = time.perf_counter() - started
    print(
        f"{shown:<60} {len(sources):>6} {kept_before:>6} {kept_gate:>6} {only_gate:>15}"
        f"  ({seconds:.0f} s)"
    )
    return differences


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
