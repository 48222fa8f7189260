"""The benchmark corpus: real source files from pinned releases of pandas and mlflow-skinny.

The wheels are downloaded with pip (``pip download --no-deps``) into the benchmark cache and the
chosen folders unpacked from them, each package under a folder of its own (``pandas-2.2.3/``),
as two projects side by side: pandas is not a module of mlflow's project, as in a user's tree.
The packages' own ``__init__.py`` files above the chosen folders come along, so that every
module has the dotted name it has when installed.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Package:
    requirement: str  # what pip downloads
    folders: tuple[str, ...]  # what is unpacked from the wheel

    @property
    def name(self) -> str:
        return self.requirement.replace("==", "-")


# Mostly library code with nothing for siglint, and MLflow's model code: about 200 files and
# 110,000 lines, an eighth of them mentioning MLflow.
PACKAGES = (
    Package(
        "pandas==2.2.3",
        tuple(
            f"pandas/{folder}"
            for folder in (
                "core/dtypes",
                "core/groupby",
                "core/reshape",
                "core/window",
                "core/tools",
                "core/ops",
                "core/strings",
                "core/computation",
                "core/array_algos",
                "core/_numba",
                "core/interchange",
                "core/indexers",
                "core/methods",
                "io/formats",
                "io/parsers",
                "io/json",
                "io/excel",
                "plotting",
                "tseries",
                "util",
                "_config",
                "compat",
            )
        ),
    ),
    Package("mlflow-skinny==3.17.2", ("mlflow/pyfunc", "mlflow/types")),
)


def build(cache: Path) -> Path:
    """The corpus folder, downloaded and unpacked on the first run."""
    corpus = cache / "corpus"
    done = corpus / ".complete"
    if done.exists():
        return corpus
    wheels = cache / "wheels"
    wheels.mkdir(parents=True, exist_ok=True)
    for package in PACKAGES:
        target = corpus / package.name
        wheel = _download(package.requirement, wheels)
        with zipfile.ZipFile(wheel) as archive:
            for member in archive.namelist():
                if member.endswith(".py") and _wanted(member, package.folders):
                    archive.extract(member, target)
    done.write_text("\n".join(p.requirement for p in PACKAGES) + "\n")
    return corpus


def files(corpus: Path) -> list[Path]:
    return sorted(corpus.rglob("*.py"))


def _wanted(member: str, folders: tuple[str, ...]) -> bool:
    """A module under one of ``folders``, or the ``__init__.py`` of a package above one."""
    if any(member.startswith(f"{folder}/") for folder in folders):
        return True
    if member.endswith("/__init__.py"):
        package = member.removesuffix("/__init__.py")
        return any(folder.startswith(f"{package}/") for folder in folders)
    return False


def _download(requirement: str, wheels: Path) -> Path:
    name = requirement.split("==")[0].replace("-", "_")
    version = requirement.split("==")[1]
    found = sorted(wheels.glob(f"{name}-{version}-*.whl"))
    if not found:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--only-binary=:all:",
                "--quiet",
                "--dest",
                str(wheels),
                requirement,
            ],
            check=True,
        )
        found = sorted(wheels.glob(f"{name}-{version}-*.whl"))
    return found[0]
