"""The signature MLflow logged (an ``MLmodel`` file, or the model folder holding it), or that
``siglint schema --output-format json`` wrote.

An ``MLmodel`` file is YAML written by MLflow (``yaml.safe_dump``); its ``signature`` holds each
schema as a JSON string: ``inputs: '[{"type": "string", "required": true}]'``, folded over
several lines when long. Only that block is read, by the small reader below (quoted and plain
scalars, as PyYAML writes them), so siglint needs no YAML library.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from siglint.contract.compare import Signature


class LoggedError(Exception):
    """The file cannot be read, or holds no signature: the message says why."""


@dataclass(frozen=True, slots=True)
class Logged:
    """A logged signature; ``name`` is the target's qualname when a ``siglint schema`` JSON
    names one (``None`` for an ``MLmodel``, which is one model)."""

    signature: Signature
    name: str | None = None
    outcome: str = "signature"


def read_logged(path: Path) -> list[Logged]:
    """The signatures in ``path``: one for an ``MLmodel``, one per target for a JSON."""
    if path.is_dir():
        path = path / "MLmodel"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise LoggedError(
            f"cannot read {path}: {getattr(error, 'strerror', None) or error}"
        ) from error
    if text.lstrip().startswith("["):
        return _schema_json(text, path)
    return [Logged(_mlmodel_signature(text, path))]


def _schema_json(text: str, path: Path) -> list[Logged]:
    try:
        items = json.loads(text)
        return [
            Logged(
                Signature(item["input_schema"], item["output_schema"], item.get("params_schema")),
                item["name"],
                item.get("outcome", "signature"),
            )
            for item in items
        ]
    except (ValueError, KeyError, TypeError) as error:
        raise LoggedError(
            f"{path} is not what `siglint schema --output-format json` writes: {error}"
        ) from error


_KEY = re.compile(r"^(?P<indent> *)(?P<key>[A-Za-z_][\w-]*):(?: +(?P<value>.*))?$")


def _mlmodel_signature(text: str, path: Path) -> Signature:
    block = _signature_block(text.splitlines(), path)
    schemas: dict[str, list | None] = {}
    for key in ("inputs", "outputs", "params"):
        raw = block.get(key)
        if raw is None:
            schemas[key] = None
            continue
        try:
            schemas[key] = json.loads(raw)
        except ValueError as error:
            raise LoggedError(f"{path}: signature.{key} is not a JSON schema: {error}") from error
    return Signature(schemas["inputs"], schemas["outputs"], schemas["params"])


def _signature_block(lines: list[str], path: Path) -> dict[str, str | None]:
    """The scalars under the top-level ``signature:`` key."""
    start = next((i for i, line in enumerate(lines) if line.rstrip() == "signature:"), None)
    if start is None:
        if any(re.match(r"signature: *(null|~)? *$", line) for line in lines):
            raise LoggedError(f"{path}: the model was logged without a signature")
        if not any(
            re.match(r"(flavors|artifact_path|mlflow_version|model_uuid):", line) for line in lines
        ):
            raise LoggedError(f"{path} is not an MLmodel file (no `flavors`, no `signature`)")
        raise LoggedError(f"{path}: the model was logged without a signature")
    body: list[str] = []
    for line in lines[start + 1 :]:
        if line.strip() and not line.startswith(" "):
            break
        body.append(line)
    values: dict[str, str | None] = {}
    index = 0
    while index < len(body):
        match = _KEY.match(body[index])
        index += 1
        if match is None:
            continue
        indent = len(match["indent"])
        lines_of_value = [match["value"] or ""]
        while index < len(body) and (
            not body[index].strip() or len(body[index]) - len(body[index].lstrip()) > indent
        ):
            lines_of_value.append(body[index])
            index += 1
        values[match["key"]] = _scalar(lines_of_value, path, match["key"])
    return values


def _scalar(lines: list[str], path: Path, key: str) -> str | None:
    """A YAML flow scalar over ``lines`` (the first one starts after the key)."""
    first = lines[0].strip()
    if first in ("", "null", "~", "Null", "NULL") and not any(line.strip() for line in lines[1:]):
        return None
    if first.startswith("'"):
        return _fold(lines, path, key, "'").replace("''", "'")
    if first.startswith('"'):
        return _unescape(_fold(lines, path, key, '"'), path, key)
    return _fold_plain(lines)


def _fold(lines: list[str], path: Path, key: str, quote: str) -> str:
    """A quoted scalar's text: line breaks folded (one into a space; with blank lines between,
    into as many line feeds), the quotes taken off."""
    text = lines[0].strip()
    for line in lines[1:]:
        stripped = line.strip()
        if not stripped:
            text += "\n"
        elif text.endswith("\n"):
            text += stripped
        elif quote == '"' and text.endswith("\\") and not text.endswith("\\\\"):
            text = text[:-1] + stripped  # an escaped line break joins without a space
        else:
            text += " " + stripped
    if len(text) < 2 or not text.endswith(quote):
        raise LoggedError(f"{path}: signature.{key} is not a complete quoted string")
    return text[1:-1]


def _fold_plain(lines: list[str]) -> str:
    return " ".join(line.strip() for line in lines if line.strip())


_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f",
    "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0",
}  # fmt: skip
_HEX = {"x": 2, "u": 4, "U": 8}


def _unescape(text: str, path: Path, key: str) -> str:
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char != "\\":
            out.append(char)
            index += 1
            continue
        code = text[index + 1 : index + 2]
        if code in _ESCAPES:
            out.append(_ESCAPES[code])
            index += 2
        elif code in _HEX:
            digits = text[index + 2 : index + 2 + _HEX[code]]
            try:
                out.append(chr(int(digits, 16)))
            except ValueError:
                raise LoggedError(
                    f"{path}: signature.{key} has a bad escape \\{code}{digits}"
                ) from None
            index += 2 + _HEX[code]
        else:
            raise LoggedError(f"{path}: signature.{key} has an unknown escape \\{code}")
    return "".join(out)
