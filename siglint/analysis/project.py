"""The files around the one being checked: module names, and the modules its imports reach.

The core does no I/O of its own: a ``Project`` is given a ``read(path) -> str | None`` function
(the disk for the command line, open buffers first for the language server).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import libcst as cst

from siglint.analysis.module import ModuleInfo

Reader = Callable[[Path], "str | None"]


def read_from_disk(path: Path) -> str | None:
    """A module's text, decoded as Python would (coding cookie, BOM), or None."""
    from siglint.fixes import decode_source

    try:
        return decode_source(path.read_bytes())
    except (OSError, SyntaxError, LookupError, UnicodeDecodeError):
        return None


def module_name_for(path: Path) -> tuple[str, Path]:
    """The dotted name ``path`` is imported under, and the folder that import starts from."""
    path = path.resolve() if not path.is_absolute() else path
    parts = [] if path.stem == "__init__" else [path.stem]
    folder = path.parent
    while (folder / "__init__.py").is_file():
        parts.insert(0, folder.name)
        folder = folder.parent
    return ".".join(parts) or path.parent.name, folder


class Project:
    def __init__(self, read: Reader = read_from_disk) -> None:
        self._read = read
        self._modules: dict[Path, ModuleInfo | None] = {}

    def module(self, path: Path, text: str | None = None) -> ModuleInfo | None:
        """The parsed module at ``path`` (``text`` overrides what is on disk)."""
        path = path.absolute()
        if text is None and path in self._modules:
            return self._modules[path]
        source = text if text is not None else self._read(path)
        info = None
        if source is not None:
            name, _ = module_name_for(path)
            try:
                info = ModuleInfo(path, name, source, cst.parse_module(source))
            except (cst.ParserSyntaxError, RecursionError, ValueError):
                info = None
        self._modules[path] = info
        return info

    def register(self, module: ModuleInfo) -> None:
        """Make ``module`` (a buffer, maybe unsaved) what imports of its path see."""
        self._modules[module.path] = module

    def find(self, dotted: str, importer: ModuleInfo) -> ModuleInfo | None:
        """The project module ``import dotted`` reaches from ``importer``, if there is one."""
        _, root = module_name_for(importer.path)
        relative = Path(*dotted.split("."))
        for base in dict.fromkeys((root, importer.path.parent, root / "src")):
            for candidate in (base / relative.with_suffix(".py"), base / relative / "__init__.py"):
                if candidate != importer.path and self._exists(candidate):
                    return self.module(candidate)
        return None

    def _exists(self, path: Path) -> bool:
        path = path.absolute()
        if path in self._modules:
            return self._modules[path] is not None
        return path.is_file()

    @staticmethod
    def absolute(module: str, level: int, importer: ModuleInfo) -> str:
        """Resolve ``from ..module import x`` relative to ``importer``'s package."""
        if level == 0:
            return module
        package = importer.name.split(".")
        if importer.path.stem != "__init__":
            package = package[:-1]
        if level > 1:
            package = package[: len(package) - (level - 1)]
        return ".".join([*package, module] if module else package)
