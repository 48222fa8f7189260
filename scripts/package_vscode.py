"""Package the VS Code extension with siglint bundled, one ``.vsix`` per platform.

Usage: python scripts/package_vscode.py [TARGET ...]   (default: this machine's, e.g. linux-x64)

Like Microsoft's Python tool extensions (vscode-python-tools-extension-template), the extension
carries the server and its dependencies in ``editors/vscode/bundled/libs``, so it works with any
Python 3.10+ that has no siglint. libcst and pydantic-core ship native wheels, one per platform
and Python version, so each VS Code target (``vsce package --target``) gets its own
``bundled/libs``: siglint's wheel, built from this tree, and the pinned, hashed dependencies of
``editors/vscode/requirements.txt`` for every CPython of the target (``PYTHONS``), side by side
(a native module's file name carries its Python version:
``_pydantic_core.cpython-311-x86_64-linux-gnu.so``).

After changing the dependencies in pyproject.toml, regenerate the pins:
``uv pip compile pyproject.toml --universal --python-version 3.10 --generate-hashes --no-header
-o editors/vscode/requirements.txt``.

Writes ``editors/vscode/siglint-TARGET.vsix``. Needs pip, npm and the extension's node_modules
(``npm ci`` in editors/vscode, which this runs if they are missing); downloads the wheels.
"""

from __future__ import annotations

import filecmp
import json
import platform
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

try:
    from packaging.requirements import Requirement
except ImportError:  # a Python with nothing but pip: pip carries its own copy
    from pip._vendor.packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
EXTENSION = ROOT / "editors" / "vscode"
BUNDLED = EXTENSION / "bundled"
LIBS = BUNDLED / "libs"
LOCK = EXTENSION / "requirements.txt"
# The CPython versions a bundle serves, where every native wheel exists; the extension tells
# users of others what to do.
PYTHONS = ("3.10", "3.11", "3.12", "3.13", "3.14")
# libcst's dependency for its codemod command line, which siglint never imports (the test of the
# built bundle imports the server without it). Left out, it would cost a native module per Python
# and the Windows on Arm wheels it lacks.
UNUSED = frozenset({"pyyaml", "pyyaml-ft"})


@dataclass(frozen=True, slots=True)
class Target:
    """A VS Code platform (``vsce package --target``) and what its wheels are tagged with."""

    name: str
    platforms: tuple[str, ...]  # pip's --platform tags, newest first
    sys_platform: str
    platform_machine: str
    pythons: tuple[str, ...] = PYTHONS

    def environment(self, python: str) -> dict[str, str]:
        """The environment markers of CPython ``python`` on this platform."""
        system = {"linux": "Linux", "darwin": "Darwin", "win32": "Windows"}[self.sys_platform]
        return {
            "python_version": python,
            "python_full_version": f"{python}.0",
            "implementation_name": "cpython",
            "implementation_version": f"{python}.0",
            "platform_python_implementation": "CPython",
            "sys_platform": self.sys_platform,
            "platform_system": system,
            "platform_machine": self.platform_machine,
            "os_name": "nt" if self.sys_platform == "win32" else "posix",
        }


def _linux(name: str, machine: str, libc: tuple[str, ...]) -> Target:
    return Target(name, tuple(f"{tag}_{machine}" for tag in libc), "linux", machine)


# VS Code itself needs glibc 2.28 on Linux (libcst's recent wheels do too).
_GLIBC = ("manylinux_2_28", "manylinux_2_17", "manylinux2014")
_MUSL = ("musllinux_1_2", "musllinux_1_1")
TARGETS = {
    target.name: target
    for target in (
        _linux("linux-x64", "x86_64", _GLIBC),
        _linux("linux-arm64", "aarch64", _GLIBC),
        _linux("alpine-x64", "x86_64", _MUSL),
        _linux("alpine-arm64", "aarch64", _MUSL),
        # pip widens a macOS tag to the older releases and universal2 wheels. No darwin-x64:
        # libcst publishes no wheels for Intel Macs since 1.9.
        Target("darwin-arm64", ("macosx_11_0_arm64",), "darwin", "arm64"),
        Target("win32-x64", ("win_amd64",), "win32", "AMD64"),
        # pydantic-core has no Windows on Arm wheel for 3.10.
        Target("win32-arm64", ("win_arm64",), "win32", "ARM64", PYTHONS[1:]),
    )
}


def host_target() -> str:
    """The VS Code target of this machine."""
    system = {"Linux": "linux", "Darwin": "darwin", "Windows": "win32"}[platform.system()]
    machine = platform.machine().lower()
    arch = "arm64" if machine in ("arm64", "aarch64") else "x64"
    if system == "linux" and Path("/etc/alpine-release").exists():
        system = "alpine"
    return f"{system}-{arch}"


def locked_for(target: Target, python: str) -> str:
    """The requirements of ``LOCK`` that apply to ``python`` on ``target``, hashes kept.

    pip evaluates environment markers for the Python running it, whatever ``--python-version``
    says (a 3.11 pip would leave tomli out of a 3.10 bundle), so they are evaluated here and
    left out of what pip reads.
    """
    entries = LOCK.read_text(encoding="utf-8").replace("\\\n", " ").splitlines()
    kept = []
    for entry in entries:
        text, _, hashes = entry.partition(" --hash")
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        requirement = Requirement(text)
        if requirement.name in UNUSED:
            continue
        if requirement.marker is None or requirement.marker.evaluate(target.environment(python)):
            requirement.marker = None
            kept.append(f"{requirement} --hash{hashes}")
    return "\n".join(kept) + "\n"


def pip_install(into: Path, python: str, target: Target, *args: str) -> None:
    platforms = [option for tag in target.platforms for option in ("--platform", tag)]
    version = python.replace(".", "")
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    command += ["--target", str(into), "--no-deps", "--no-compile", "--only-binary=:all:"]
    command += ["--implementation", "cp", "--python-version", python, "--abi", f"cp{version}"]
    subprocess.run([*command, *platforms, *args], check=True)


def merge(source: Path, into: Path) -> None:
    """Copy ``source`` into ``into``. Only a native module's files may differ between Python
    versions, and they have different names; the metadata that differs (a wheel's tag, its file
    list) is kept from the first version."""
    for path in sorted(source.rglob("*")):
        destination = into / path.relative_to(source)
        if path.is_dir():
            destination.mkdir(parents=True, exist_ok=True)
        elif not destination.exists():
            shutil.copy2(path, destination)
        elif not filecmp.cmp(path, destination, shallow=False) and not any(
            part.endswith(".dist-info") for part in destination.parts
        ):
            raise SystemExit(f"{destination} differs between Python versions")


def bundle(target: Target, wheel: Path, scratch: Path) -> None:
    """Fill ``bundled/libs`` for ``target``."""
    shutil.rmtree(LIBS, ignore_errors=True)
    LIBS.mkdir(parents=True)
    for python in target.pythons:
        staging = scratch / f"{target.name}-{python}"
        requirements = scratch / f"requirements-{target.name}-{python}.txt"
        requirements.write_text(locked_for(target, python), encoding="utf-8")
        pip_install(staging, python, target, "--require-hashes", "-r", str(requirements))
        pip_install(staging, python, target, str(wheel))
        shutil.rmtree(staging / "bin", ignore_errors=True)  # console scripts: unused
        merge(staging, LIBS)
    # What bundled/tool/server.py compares with sys.platform and platform.machine().
    manifest = {
        "target": target.name,
        "pythons": list(target.pythons),
        "sys_platform": target.sys_platform,
        "platform_machine": target.platform_machine,
    }
    (BUNDLED / "target.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def build_wheel(scratch: Path) -> Path:
    """siglint's wheel, built from a copy of what its sdist holds: a build in the tree would
    reuse its build/ folder, where a module deleted since is still there."""
    source = scratch / "source"
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    for package in ("siglint", "lsp_server"):
        ignore = shutil.ignore_patterns("__pycache__")
        shutil.copytree(ROOT / package, source / package, ignore=ignore)
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*command, "--no-deps", "--wheel-dir", str(scratch), str(source)], check=True)
    (wheel,) = scratch.glob("siglint-*.whl")
    return wheel


def npm(*args: str) -> None:
    command = shutil.which("npm")  # npm.cmd on Windows
    if command is None:
        raise SystemExit("npm not found: packaging the extension needs Node.js 20+")
    subprocess.run([command, *args], cwd=EXTENSION, check=True)


def main(argv: list[str]) -> int:
    names = argv or [host_target()]
    unknown = [name for name in names if name not in TARGETS]
    if unknown:
        print(f"unknown target {', '.join(unknown)}; known: {', '.join(TARGETS)}", file=sys.stderr)
        return 2
    if not (EXTENSION / "node_modules").is_dir():
        npm("ci", "--no-audit", "--no-fund")
    npm("run", "--silent", "compile")
    with tempfile.TemporaryDirectory(prefix="siglint-vsix-") as scratch:
        wheel = build_wheel(Path(scratch))
        for name in names:
            bundle(TARGETS[name], wheel, Path(scratch))
            out = f"siglint-{name}.vsix"
            npm("run", "--silent", "package", "--", "--target", name, "--out", out)
            print(f"{EXTENSION / out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
