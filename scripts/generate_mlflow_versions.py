"""Regenerate ``siglint/data/mlflow_versions.json``: the MLflow releases siglint knows, and when
each public name of MLflow that siglint knows first appeared.

The releases are those of mlflow-skinny on the package index from 2.20.0 (the first whose type
hints are signatures) to the one ``mlflow_runtime.json`` was generated from. For every module and
name of ``mlflow_runtime.json`` that 2.20.0 lacks, the release it appeared in is read from the
released wheels themselves (``pip download`` of every release, then the modules' sources, parsed,
never imported): the name must be bound at the top level of its module, or be a submodule of it.
A name is recorded with the release after the last one that lacks it.

Usage: python scripts/generate_mlflow_versions.py [--wheels FOLDER]   (default: .cache/wheels)
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import zipfile
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "siglint" / "data"
OUTPUT = DATA / "mlflow_versions.json"
FIRST = "2.20.0"
_RELEASE = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+")


def key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def releases(newest: str) -> list[str]:
    """mlflow-skinny's final releases from FIRST to ``newest``, oldest first (the index says)."""
    listing = subprocess.run(
        [sys.executable, "-m", "pip", "index", "versions", "mlflow-skinny"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(line for line in listing.splitlines() if line.startswith("Available versions:"))
    found = [v.strip() for v in line.partition(":")[2].split(",")]
    kept = {v for v in found if _RELEASE.fullmatch(v) and key(FIRST) <= key(v) <= key(newest)}
    return sorted(kept, key=key)


class Wheel:
    """One released mlflow-skinny wheel, read as source files."""

    def __init__(self, version: str, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        name = f"mlflow_skinny-{version}-py3-none-any.whl"
        if not (folder / name).is_file():
            pip = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps"]
            wanted = ["--only-binary=:all:", "--dest", str(folder), f"mlflow-skinny=={version}"]
            subprocess.run([*pip, *wanted], check=True)
        self.archive = zipfile.ZipFile(folder / name)
        self.files = set(self.archive.namelist())

    def module_file(self, module: str) -> str | None:
        base = module.replace(".", "/")
        for candidate in (f"{base}.py", f"{base}/__init__.py"):
            if candidate in self.files:
                return candidate
        return None

    @cache  # noqa: B019 (a handful of wheels, each kept for the whole run)
    def bound(self, module: str) -> frozenset[str]:
        """The names ``module`` binds at its top level (star imports followed)."""
        path = self.module_file(module)
        if path is None:
            return frozenset()
        tree = ast.parse(self.archive.read(path))
        names: set[str] = set()
        package = module if path.endswith("__init__.py") else module.rpartition(".")[0]
        for node in _top_level(tree.body):
            if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                names.add(node.name)
            elif isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    names |= {n.id for n in ast.walk(target) if isinstance(n, ast.Name)}
            elif isinstance(node, ast.Import):
                names |= {(a.asname or a.name).partition(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    if alias.name == "*":
                        names |= self.bound(_absolute(node, package))
                    else:
                        names.add(alias.asname or alias.name)
        return frozenset(names)

    def has(self, dotted: str) -> bool:
        """Whether ``dotted`` (a module, or a module's attribute) exists in this release."""
        if self.module_file(dotted) is not None:
            return True
        module, _, attr = dotted.rpartition(".")
        return self.module_file(module) is not None and attr in self.bound(module)


def _top_level(body: list[ast.stmt]) -> list[ast.stmt]:
    """The statements run when the module is imported: inside if/try/with, not inside defs."""
    found = []
    for node in body:
        found.append(node)
        if isinstance(node, ast.If | ast.With | ast.For | ast.While):
            found += _top_level(node.body) + _top_level(
                node.orelse if hasattr(node, "orelse") else []
            )
        elif isinstance(node, ast.Try):
            found += _top_level(node.body) + _top_level(node.orelse) + _top_level(node.finalbody)
            for handler in node.handlers:
                found += _top_level(handler.body)
    return found


def _absolute(node: ast.ImportFrom, package: str) -> str:
    if not node.level:
        return node.module or ""
    parts = package.split(".")
    base = ".".join(parts[: len(parts) - node.level + 1])
    return f"{base}.{node.module}" if node.module else base


def build(folder: Path) -> dict:
    runtime = json.loads((DATA / "mlflow_runtime.json").read_text(encoding="utf-8"))
    newest = runtime["mlflow_version"]
    versions = releases(newest)
    wheels: dict[str, Wheel] = {}

    def wheel(version: str) -> Wheel:
        if version not in wheels:
            wheels[version] = Wheel(version, folder)
        return wheels[version]

    names = sorted(n for n in {*runtime["modules"], *runtime["aliases"]} if n.startswith("mlflow"))
    # The presence test must recognise what the newest release has, or it proves nothing.
    unseen = [name for name in names if not wheel(newest).has(name)]
    if unseen:
        raise SystemExit(f"not found in the {newest} wheel, the test is wrong: {unseen[:10]}")
    introduced = {}
    for name in names:
        # Every release is read (names come and go): the name appeared in the release after the
        # last one that lacks it.
        missing = [version for version in versions if not wheel(version).has(name)]
        if missing:
            introduced[name] = versions[versions.index(missing[-1]) + 1]
    return {"newest": newest, "versions": versions, "introduced": introduced}


def main(argv: list[str]) -> int:
    folder = (
        Path(argv[argv.index("--wheels") + 1]) if "--wheels" in argv else ROOT / ".cache" / "wheels"
    )
    data = build(folder)
    OUTPUT.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(data['versions'])} releases, {len(data['introduced'])} names newer than {FIRST}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
