"""Regenerate ``siglint/data/mlflow_runtime.json`` from the installed MLflow.

siglint never imports MLflow; the few facts it cannot derive from source code (which names the
MLflow modules export, what MLflow infers for its own pydantic types, the fixed signatures of the
chat and agent classes) are read once from the real package by this script and shipped as data.
``tests/test_mlflow_data.py`` re-runs it and fails when the shipped file is stale.

Usage: python scripts/generate_mlflow_data.py [--check]
"""

from __future__ import annotations

import importlib
import inspect
import json
import logging
import sys
import typing
import warnings
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "siglint" / "data" / "mlflow_runtime.json"

# Modules whose public names user code imports hint types, bases and decorators from.
MODULES = [
    "mlflow",
    "mlflow.pyfunc",
    "mlflow.pyfunc.model",
    "mlflow.pyfunc.utils",
    "mlflow.pyfunc.utils.data_validation",
    "mlflow.types",
    "mlflow.types.type_hints",
    "mlflow.types.schema",
    "mlflow.types.agent",
    "mlflow.types.llm",
    "mlflow.types.responses",
    "mlflow.types.chat",
    "mlflow.models",
    "mlflow.models.rag_signatures",
    "mlflow.models.signature",
]

# Classes outside MLflow that MLflow treats specially (identity match, §8 of the semantics).
THIRD_PARTY = {
    "pandas": ["DataFrame", "Series", "Timestamp"],
    "numpy": ["ndarray"],
    "scipy.sparse": ["csr_matrix", "csc_matrix"],
}


def _canonical(obj: object) -> str:
    return f"{obj.__module__}.{obj.__qualname__}"


def _element(cls: type) -> dict:
    from mlflow.types.schema import ColSpec, Schema
    from mlflow.types.type_hints import (
        InvalidTypeHintException,
        UnsupportedTypeHintException,
        _infer_colspec_type_from_type_hint,
    )

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            spec = _infer_colspec_type_from_type_hint(cls)
    except InvalidTypeHintException as e:
        return {"error": "invalid", "message": e.message}
    except UnsupportedTypeHintException as e:
        return {"error": "unsupported", "message": e.message}
    except Exception as e:
        return {"error": "other", "message": getattr(e, "message", str(e))}
    column = Schema([ColSpec(type=spec.dtype, required=True)]).to_dict()[0]
    column.pop("required")
    return {"dtype": column, "required": spec.required}


def build() -> dict:
    logging.disable(logging.CRITICAL)
    import pydantic
    from mlflow.types.agent import CHAT_AGENT_INPUT_SCHEMA, CHAT_AGENT_OUTPUT_SCHEMA
    from mlflow.types.llm import CHAT_MODEL_INPUT_SCHEMA, CHAT_MODEL_OUTPUT_SCHEMA
    from mlflow.types.responses import RESPONSES_AGENT_INPUT_SCHEMA, RESPONSES_AGENT_OUTPUT_SCHEMA

    aliases: dict[str, str] = {}
    classes: dict[str, dict] = {}
    modules: list[str] = []
    submodules: set[str] = set()

    def record_class(alias: str, obj: type) -> None:
        canonical = _canonical(obj)
        aliases[alias] = canonical
        if canonical not in classes:
            classes[canonical] = {
                "name": obj.__name__,
                "pydantic": isinstance(obj, type) and issubclass(obj, pydantic.BaseModel),
                "element": _element(obj),
            }

    for module_name in MODULES:
        module = importlib.import_module(module_name)
        modules.append(module_name)
        for attr in sorted(dir(module)):
            if attr.startswith("__"):
                continue
            try:
                obj = getattr(module, attr)
            except Exception:
                continue
            alias = f"{module_name}.{attr}"
            if inspect.ismodule(obj):
                if obj.__name__.startswith("mlflow."):
                    aliases[alias] = obj.__name__
                    submodules.add(obj.__name__)
                continue
            if isinstance(obj, typing.TypeVar):
                aliases[alias] = (
                    f"{obj.__module__ if hasattr(obj, '__module__') else module_name}.{obj.__name__}"
                )
                continue
            if inspect.isclass(obj) and obj.__module__.startswith("mlflow"):
                record_class(alias, obj)
            elif inspect.isfunction(obj) and obj.__module__.startswith("mlflow"):
                aliases[alias] = _canonical(obj)

    for module_name, names in THIRD_PARTY.items():
        module = importlib.import_module(module_name)
        for name in names:
            record_class(f"{module_name}.{name}", getattr(module, name))

    def schema(value) -> list | None:
        return None if value is None else value.to_dict()

    builtin = {
        "chat_model": [schema(CHAT_MODEL_INPUT_SCHEMA), schema(CHAT_MODEL_OUTPUT_SCHEMA)],
        "chat_agent": [schema(CHAT_AGENT_INPUT_SCHEMA), schema(CHAT_AGENT_OUTPUT_SCHEMA)],
        "responses_agent": [
            schema(RESPONSES_AGENT_INPUT_SCHEMA),
            schema(RESPONSES_AGENT_OUTPUT_SCHEMA),
        ],
    }
    import mlflow

    return {
        "mlflow_version": mlflow.__version__,
        "modules": sorted(set(modules) | submodules),
        "aliases": dict(sorted(aliases.items())),
        "classes": dict(sorted(classes.items())),
        "builtin_signatures": builtin,
    }


def main(argv: list[str]) -> int:
    text = json.dumps(build(), indent=1, sort_keys=False) + "\n"
    if "--check" in argv:
        if OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT} is stale: run python scripts/generate_mlflow_data.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
