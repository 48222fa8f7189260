"""The benchmark corpus: two whole wheels, pandas 3.1.1 and mlflow-skinny 3.17.2, unpacked.

The wheels are downloaded with pip (``pip download --no-deps``) into the benchmark cache and
unpacked whole (sources, stubs and tests: test folders are where DataFrame literals live), each
package under a folder of its own (``pandas-3.1.1/``), as two projects side by side: pandas is
not a module of mlflow's project, as in a user's tree. Two selections are measured:

- ``pandas_files``: the whole pandas wheel, a large tree with no MLflow in it;
- ``every_fifth``: every fifth file of both wheels, sorted by path: MLflow-dense code (half of
  it is mlflow's) among library code, checked in place, so that imports reach the whole wheels.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

PANDAS = "pandas==3.1.1"
MLFLOW = "mlflow-skinny==3.17.2"
REQUIREMENTS = (PANDAS, MLFLOW)
SUFFIXES = (".py", ".pyi")


def folder_of(requirement: str) -> str:
    """``pandas-3.1.1``: where a wheel is unpacked in the corpus."""
    return requirement.replace("==", "-")


def build(cache: Path) -> Path:
    """The corpus folder, downloaded and unpacked on the first run."""
    corpus = cache / "wheels-corpus"
    done = corpus / ".complete"
    if done.exists():
        return corpus
    wheels = cache / "wheels"
    wheels.mkdir(parents=True, exist_ok=True)
    for requirement in REQUIREMENTS:
        with zipfile.ZipFile(_download(requirement, wheels)) as archive:
            for member in archive.namelist():
                if member.endswith(SUFFIXES) and ".dist-info/" not in member:
                    archive.extract(member, corpus / folder_of(requirement))
    done.write_text("\n".join(REQUIREMENTS) + "\n")
    return corpus


def files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.suffix in SUFFIXES)


def pandas_files(corpus: Path) -> list[Path]:
    return files(corpus / folder_of(PANDAS))


def every_fifth(corpus: Path) -> list[Path]:
    wheels = [path for r in REQUIREMENTS for path in files(corpus / folder_of(r))]
    return sorted(wheels)[::5]


def _download(requirement: str, wheels: Path) -> Path:
    name, version = requirement.split("==")
    pattern = f"{name.replace('-', '_')}-{version}-*.whl"
    found = sorted(wheels.glob(pattern))
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
        found = sorted(wheels.glob(pattern))
    return found[0]
