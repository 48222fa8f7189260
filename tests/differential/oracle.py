"""Differential oracle: what the real MLflow does with each model case of the corpus.

Run it in its own process (importing MLflow is slow and has global side effects):

    python tests/differential/oracle.py tests/differential/models [--messages OUT.json]

A *case* is either a plain ``*.py`` file or a sub-package (a folder with ``__init__.py``).
Every case file starts with a comment header that declares its targets, one per line::

    # target: Model python_model
    # target: build.<locals>.Model python_model
    # target: predict pyfunc

The oracle imports each case, checks that the header matches what the import created,
saves every target with ``mlflow.pyfunc.save_model`` and reads the saved ``MLmodel``
back. It prints a JSON list with one record per target::

    {"path", "name", "kind", "outcome", "input_schema", "output_schema", "params_schema"}

``outcome`` is ``signature`` (MLmodel has a signature with ``is_signature_from_type_hint``),
``no_signature``, ``error`` (the import or ``save_model`` raised) or ``builtin``
(ChatModel / ChatAgent / ResponsesAgent subclasses, whose fixed schemas MLflow sets).
The warnings and MLflow log records seen while importing and saving go, keyed by
``<case-relative path>::<name>``, to the ``--messages`` file: they explain a record but
are not part of the comparison.

Importing this module does not import MLflow (only ``run_oracle`` does), so the
test-suite can use its helpers to list cases and read headers in the pytest process.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.util
import inspect
import json
import logging
import os
import re
import sys
import tempfile
import time
import traceback
import warnings
from dataclasses import dataclass, field
from pathlib import Path

KINDS = ("python_model", "pyfunc", "chat_model", "chat_agent", "responses_agent")
OUTCOMES = ("signature", "no_signature", "error", "builtin")
BUILTIN_KINDS = ("chat_model", "chat_agent", "responses_agent")
RECORD_KEYS = (
    "path",
    "name",
    "kind",
    "outcome",
    "input_schema",
    "output_schema",
    "params_schema",
)

_TARGET_LINE = re.compile(r"^#\s*target:\s*(?P<name>\S+)\s+(?P<kind>\S+)\s*$")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
# Printed on every save of a Python object; it says nothing about the hints.
_NOISE = ("Passing a Python object as `python_model` causes it to be serialized",)


class CorpusError(Exception):
    """The corpus is dishonest: a header does not match what the import created."""


# --------------------------------------------------------------------------------------
# Cases and headers (no MLflow needed)
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One model file, or one sub-package counted as a single case."""

    root: Path  # the folder that holds the case (as given, not resolved)
    rel: str  # file name or package folder name, relative to ``root``

    @property
    def path(self) -> Path:
        return self.root / self.rel

    @property
    def is_package(self) -> bool:
        return self.path.is_dir()

    def files(self) -> list[Path]:
        """The case's Python files; for a package, every ``*.py`` under it."""
        if not self.is_package:
            return [self.path]
        return sorted(p for p in self.path.rglob("*.py") if "__pycache__" not in p.parts)

    def rel_of(self, file: Path) -> str:
        """``file`` relative to the corpus root, with forward slashes."""
        return file.relative_to(self.root).as_posix()


def list_cases(models_dir: Path | str) -> list[Case]:
    """Every case under ``models_dir``: ``*.py`` files and folders with ``__init__.py``."""
    root = Path(models_dir)
    cases = []
    for entry in sorted(root.iterdir()):
        if entry.name.startswith((".", "_")):
            continue
        is_module = entry.is_file() and entry.suffix == ".py"
        is_package = entry.is_dir() and (entry / "__init__.py").is_file()
        if is_module or is_package:
            cases.append(Case(root, entry.name))
    return cases


def cases_from_args(paths: list[str]) -> list[Case]:
    cases: list[Case] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir() and (p / "__init__.py").is_file():
            cases.append(Case(p.parent, p.name))
        elif p.is_dir():
            cases.extend(list_cases(p))
        elif p.is_file():
            cases.append(Case(p.parent, p.name))
        else:
            raise SystemExit(f"oracle: no such file or folder: {raw}")
    return cases


def read_header(file: Path) -> list[tuple[str, str]]:
    """``(name, kind)`` pairs declared in the leading comment block of ``file``."""
    targets = []
    for line in file.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        m = _TARGET_LINE.match(stripped)
        if m:
            if m["kind"] not in KINDS:
                raise CorpusError(f"{file}: unknown target kind {m['kind']!r} in {line!r}")
            targets.append((m["name"], m["kind"]))
    return targets


def declared_targets(case: Case) -> dict[tuple[str, str], str]:
    """``(file relative to the corpus root, qualname) -> kind`` from the headers."""
    declared: dict[tuple[str, str], str] = {}
    for file in case.files():
        for name, kind in read_header(file):
            key = (case.rel_of(file), name)
            if key in declared:
                raise CorpusError(f"{file}: target {name} declared twice")
            declared[key] = kind
    return declared


def message_key(rel_file: str, name: str) -> str:
    return f"{rel_file}::{name}"


# --------------------------------------------------------------------------------------
# Capturing MLflow's warnings and log records
# --------------------------------------------------------------------------------------


class _ListHandler(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@dataclass
class Captured:
    messages: list[str] = field(default_factory=list)


@contextlib.contextmanager
def capture(phase: str, handler: _ListHandler):
    """Record the warnings and ``mlflow.*`` log records emitted inside the block."""
    out = Captured()
    # MLflow wraps inference in ``simplefilter("once")``; without this a message seen
    # for an earlier case would vanish for every later one.
    warnings.onceregistry.clear()
    handler.records = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield out
        finally:
            for w in caught:
                text = _ANSI.sub("", str(w.message))
                if not text.startswith(_NOISE):
                    out.messages.append(f"{phase}: {w.category.__name__}: {text}")
            for r in handler.records:
                text = _ANSI.sub("", r.getMessage())
                if not text.startswith(_NOISE):
                    out.messages.append(f"{phase}: log {r.levelname} {r.name}: {text}")


def _describe(exc: BaseException) -> str:
    text = _ANSI.sub("", str(exc))
    return f"{type(exc).__module__}.{type(exc).__qualname__}: {text}"


# --------------------------------------------------------------------------------------
# Importing a case and finding what it created
# --------------------------------------------------------------------------------------


def _module_name_for_file(case: Case) -> str:
    stem = re.sub(r"\W", "_", Path(case.rel).stem)
    return f"siglint_case_{stem}"


def import_case(case: Case) -> list:
    """Import the case's modules; raises whatever the case raises."""
    if not case.is_package:
        name = _module_name_for_file(case)
        spec = importlib.util.spec_from_file_location(name, case.path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        return [module]

    parent = str(case.root.resolve())
    if parent not in sys.path:
        sys.path.insert(0, parent)
    modules = [importlib.import_module(case.rel)]
    for file in case.files():
        parts = list(file.relative_to(case.root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules.append(importlib.import_module(".".join(parts)))
    # de-duplicate, keep order
    seen, unique = set(), []
    for m in modules:
        if id(m) not in seen:
            seen.add(id(m))
            unique.append(m)
    return unique


@dataclass
class Found:
    name: str
    kind: str
    file: Path
    make_model: object  # () -> the python_model to save


def _all_subclasses(cls) -> list[type]:
    out, stack, seen = [], [cls], set()
    while stack:
        c = stack.pop()
        for sub in c.__subclasses__():
            if sub not in seen:
                seen.add(sub)
                out.append(sub)
                stack.append(sub)
    return out


def _shared_base(cls, python_model: type) -> bool:
    """A class with no non-abstract predict besides MLflow's that a class of its module extends."""
    predict = getattr(cls, "predict", None)
    own = predict is not None and predict is not python_model.predict
    if own and not getattr(predict, "__isabstractmethod__", False):
        return False
    return any(sub.__module__ == cls.__module__ and sub is not cls for sub in _all_subclasses(cls))


def discover(modules) -> list[Found]:
    """The targets the imported modules created, by MLflow's own objects."""
    import mlflow.pyfunc.model as pm

    module_names = {m.__name__ for m in modules}
    files = {m.__name__: Path(m.__file__).resolve() for m in modules}
    found: dict[tuple[str, str], tuple[Found, object]] = {}

    def add(item: Found, obj) -> None:
        key = (str(item.file), item.name)
        if key in found:
            if found[key][1] is not obj:
                raise CorpusError(f"{item.file}: two distinct targets share the name {item.name}")
            return
        found[key] = (item, obj)

    builtins = [(pm.ChatModel, "chat_model"), (pm.ChatAgent, "chat_agent")]
    if hasattr(pm, "ResponsesAgent"):
        builtins.append((pm.ResponsesAgent, "responses_agent"))

    python_model_classes = []
    for cls in _all_subclasses(pm.PythonModel):
        if cls.__module__ not in module_names:
            continue
        python_model_classes.append(cls)
        # Every PythonModel subclass is a target, bases without a predict of their own
        # included: PythonModel's ``__metaclass__ = ABCMeta`` is Python 2 syntax, so MLflow
        # instantiates and saves them all. The chat/agent bases really are abstract: only
        # their instantiable subclasses can be logged. One exception, siglint's scope: a base
        # with no predict of its own that another model of its module derives from only shares
        # code; MLflow reads nothing of it unless it is logged, and the corpus logs none.
        kind = next((k for base, k in builtins if issubclass(cls, base)), "python_model")
        if kind == "python_model" and _shared_base(cls, pm.PythonModel):
            continue
        if kind == "python_model" or not inspect.isabstract(cls):
            add(Found(cls.__qualname__, kind, files[cls.__module__], cls), cls)

    # @pyfunc functions: module globals, and methods of classes reachable from them.
    def is_pyfunc(obj) -> bool:
        return callable(obj) and getattr(obj, "_is_pyfunc", False) is True

    def visit_class(cls, seen) -> None:
        if cls in seen or cls.__module__ not in module_names:
            return
        seen.add(cls)
        is_model = issubclass(cls, pm.PythonModel)
        for attr, value in vars(cls).items():
            if isinstance(value, type):
                visit_class(value, seen)
                continue
            raw = value.__func__ if isinstance(value, (staticmethod, classmethod)) else value
            if not is_pyfunc(raw) or getattr(raw, "__module__", None) not in module_names:
                continue
            if is_model and attr in ("predict", "predict_stream"):
                continue  # MLflow's own wrappers; the class is the target
            if is_model:
                raise CorpusError(
                    f"{cls.__qualname__}.{attr}: @pyfunc on a non-predict method of a "
                    "PythonModel is not a supported corpus case"
                )

            def make(cls=cls, attr=attr, value=value):
                if isinstance(value, (staticmethod, classmethod)):
                    return getattr(cls, attr)
                return getattr(cls(), attr)

            add(Found(raw.__qualname__, "pyfunc", files[raw.__module__], make), raw)

    seen_classes: set = set()
    for module in modules:
        for value in list(vars(module).values()):
            if isinstance(value, type):
                visit_class(value, seen_classes)
            elif is_pyfunc(value) and getattr(value, "__module__", None) in module_names:
                if getattr(value, "__self__", None) is not None:
                    continue  # a bound method re-exported at module level
                add(
                    Found(value.__qualname__, "pyfunc", files[value.__module__], lambda v=value: v),
                    value,
                )
    for cls in python_model_classes:
        visit_class(cls, seen_classes)

    return sorted((item for item, _ in found.values()), key=lambda f: (str(f.file), f.name))


# --------------------------------------------------------------------------------------
# Saving a target
# --------------------------------------------------------------------------------------


@dataclass
class Outcome:
    outcome: str
    input_schema: list | None = None
    output_schema: list | None = None
    params_schema: list | None = None


def _builtin_schemas() -> dict[str, tuple]:
    from mlflow.types.agent import CHAT_AGENT_INPUT_SCHEMA, CHAT_AGENT_OUTPUT_SCHEMA
    from mlflow.types.llm import CHAT_MODEL_INPUT_SCHEMA, CHAT_MODEL_OUTPUT_SCHEMA
    from mlflow.types.responses import (
        RESPONSES_AGENT_INPUT_SCHEMA,
        RESPONSES_AGENT_OUTPUT_SCHEMA,
    )

    return {
        "chat_model": (CHAT_MODEL_INPUT_SCHEMA, CHAT_MODEL_OUTPUT_SCHEMA),
        "chat_agent": (CHAT_AGENT_INPUT_SCHEMA, CHAT_AGENT_OUTPUT_SCHEMA),
        "responses_agent": (RESPONSES_AGENT_INPUT_SCHEMA, RESPONSES_AGENT_OUTPUT_SCHEMA),
    }


def save_target(target: Found, workdir: Path, counter: list[int], notes: list[str]) -> Outcome:
    import mlflow
    import yaml
    from mlflow.models import Model

    try:
        python_model = target.make_model()
        if isinstance(python_model, type):
            python_model = python_model()
    except Exception as exc:
        raise CorpusError(
            f"{target.file}: cannot build {target.name} without arguments: {_describe(exc)}"
        ) from exc

    counter[0] += 1
    out_dir = workdir / f"m{counter[0]}"
    try:
        mlflow.pyfunc.save_model(path=str(out_dir), python_model=python_model, pip_requirements=[])
    except BaseException as exc:  # RecursionError / AttributeError count: MLflow raised them
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        notes.append(f"save: raised {_describe(exc)}")
        if target.kind in BUILTIN_KINDS:
            raise CorpusError(
                f"{target.file}: builtin target {target.name} failed to save: {_describe(exc)}"
            ) from exc
        return Outcome("error")

    raw = yaml.safe_load((out_dir / "MLmodel").read_text())
    signature = Model.load(str(out_dir)).signature
    from_hint = bool(raw.get("is_signature_from_type_hint", False))

    def as_dicts(schema):
        return None if schema is None else schema.to_dict()

    if target.kind in BUILTIN_KINDS:
        expected_in, expected_out = _builtin_schemas()[target.kind]
        if (
            signature is None
            or signature.inputs.to_dict() != expected_in.to_dict()
            or signature.outputs.to_dict() != expected_out.to_dict()
            or signature.params is not None
        ):
            raise CorpusError(
                f"{target.file}: {target.name} was saved with a signature that is not MLflow's "
                f"fixed {target.kind} one"
            )
        return Outcome("builtin", expected_in.to_dict(), expected_out.to_dict(), None)

    if signature is not None and from_hint:
        return Outcome(
            "signature",
            as_dicts(signature.inputs),
            as_dicts(signature.outputs),
            as_dicts(signature.params),
        )
    if signature is not None:
        notes.append("oracle: saved with a signature that is not from type hints")
    return Outcome("no_signature")


# --------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------


def _record(path: str, name: str, kind: str, outcome: Outcome) -> dict:
    return {
        "path": path,
        "name": name,
        "kind": kind,
        "outcome": outcome.outcome,
        "input_schema": outcome.input_schema,
        "output_schema": outcome.output_schema,
        "params_schema": outcome.params_schema,
    }


def run_case(case: Case, handler, workdir: Path, counter, messages: dict) -> list[dict]:
    declared = declared_targets(case)

    def path_of(rel_file: str) -> str:
        return str(case.root / rel_file)

    with capture("import", handler) as imported:
        try:
            modules = import_case(case)
            import_error = None
        except BaseException as exc:
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            modules, import_error = None, exc
    if import_error is not None:
        if len(declared) != 1:
            raise CorpusError(
                f"{case.path}: importing it raises, so it must declare exactly one target "
                f"(it declares {len(declared)}): {_describe(import_error)}\n"
                + "".join(traceback.format_exception(import_error)[-6:])
            )
        notes = [*imported.messages, f"import: raised {_describe(import_error)}"]
        records = []
        for (rel_file, name), kind in declared.items():
            messages[message_key(rel_file, name)] = notes
            records.append(_record(path_of(rel_file), name, kind, Outcome("error")))
        return records

    targets = discover(modules)
    root = case.root.resolve()

    def rel_file_of(target: Found) -> str:
        return target.file.relative_to(root).as_posix()

    actual = {(rel_file_of(t), t.name): t.kind for t in targets}
    if actual != declared:
        missing = sorted(set(declared.items()) - set(actual.items()))
        extra = sorted(set(actual.items()) - set(declared.items()))
        raise CorpusError(
            f"{case.path}: header does not match the import.\n"
            f"  declared but not created: {missing}\n  created but not declared: {extra}"
        )

    records = []
    for target in targets:
        rel_file = rel_file_of(target)
        with capture("save", handler) as saved:
            notes: list[str] = []
            outcome = save_target(target, workdir, counter, notes)
        messages[message_key(rel_file, target.name)] = imported.messages + saved.messages + notes
        records.append(_record(path_of(rel_file), target.name, target.kind, outcome))
    return records


def run_oracle(cases: list[Case]) -> tuple[list[dict], dict]:
    # Keep MLflow quiet, local and offline.
    os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")
    os.environ.setdefault("DO_NOT_TRACK", "true")
    os.environ.setdefault("MLFLOW_LOGGING_LEVEL", "INFO")
    warnings.simplefilter("ignore")
    sys.dont_write_bytecode = True  # keep the corpus folder free of __pycache__
    workroot = tempfile.TemporaryDirectory(prefix="siglint-oracle-")
    workdir = Path(workroot.name)
    os.environ["MLFLOW_TRACKING_URI"] = (workdir / "mlruns").as_uri()

    import mlflow.pyfunc  # noqa: F401  (import before capturing: it logs and warns)

    handler = _ListHandler()
    mlflow_logger = logging.getLogger("mlflow")
    mlflow_logger.handlers = [handler]
    mlflow_logger.setLevel(logging.INFO)
    mlflow_logger.propagate = False

    records: list[dict] = []
    messages: dict = {}
    counter = [0]
    try:
        for case in cases:
            records.extend(run_case(case, handler, workdir, counter, messages))
    finally:
        workroot.cleanup()
    return records, messages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="models folder(s), case files or packages")
    parser.add_argument("--messages", help="write the per-target MLflow messages (JSON) here")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    real_stdout = sys.stdout
    try:
        # User code and MLflow may print; only the JSON goes to stdout.
        with contextlib.redirect_stdout(sys.stderr):
            records, messages = run_oracle(cases_from_args(args.paths))
    except CorpusError as exc:
        print(f"oracle: corpus error: {exc}", file=sys.stderr)
        return 2
    json.dump(records, real_stdout, indent=1)
    real_stdout.write("\n")
    if args.messages:
        Path(args.messages).write_text(json.dumps(messages, indent=1, sort_keys=True))
    print(
        f"oracle: {len(records)} targets in {time.perf_counter() - started:.1f}s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
