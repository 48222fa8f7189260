"""Parsing an edit by its changed statements gives the tree a whole parse gives, or parses it all."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import libcst as cst
import pytest
from perf_files import MODELS, REPOSITORY

from siglint.analysis.module import ModuleInfo
from siglint.analysis.project import PARSE_ERRORS, parse
from siglint.analysis.reparse import _splice, reparse

sys.path.insert(0, str(REPOSITORY / "benchmarks"))
import models  # the benchmark's 2,000-line service module

SERVICE = models.service()
SMALL_SERVICE = models.service(targets=6, lines=400)  # parsed whole after each random edit
# What an editor types: text that opens or closes strings, brackets and blocks, and comments
# whose owner depends on their indentation.
PIECES = (
    "x",
    "list[",
    "]",
    ")",
    '"""',
    "'",
    "#",
    "\n",
    "\n\n",
    "\n    ",
    "    # note\n",
    "# note\n",
    "\\\n",
    "class Extra:\n    pass\n",
    "def extra(a: int) -> str:\n    return ''\n",
    "    y = 2\n",
    "\tz = 3\n",
    "if True:\n  w = 1\n",
    "\r\n",
)


def _edit(text: str, chance: random.Random) -> str:
    """``text`` with one random edit: a piece typed, or text deleted."""
    at = chance.randrange(len(text) + 1)
    kind = chance.random()
    if kind < 0.4:
        return text[:at] + chance.choice(PIECES) + text[at:]
    if kind < 0.7:
        return text[:at] + text[at + chance.randrange(1, 40) :]
    line_start = text.rfind("\n", 0, at) + 1
    return text[:line_start] + chance.choice(PIECES) + text[line_start:]


def _check_edits(path: Path, source: str, seed: int, count: int) -> None:
    """``count`` random edits, each of the last version that parses, as an editor makes them:
    each reparsed module is the one a parse of the whole text gives."""
    module = parse(path, source)
    chance = random.Random(seed)
    for _ in range(count):
        text = _edit(module.text, chance)
        try:
            whole = parse(path, text)
        except PARSE_ERRORS:
            with pytest.raises(PARSE_ERRORS):
                reparse(module, text)
            continue
        module = reparse(module, text)
        assert module.text == text
        assert module.tree.deep_equals(whole.tree)
        assert module.statement_starts == whole.statement_starts
        # What the reparsed module takes from the previous version is what the text says.
        assert _facts(module) == _facts(whole)


def _facts(module: ModuleInfo) -> tuple[list, list]:
    """What the checks read of a module: each call (where it is, and the ``def`` or ``class`` it
    is in), and where each definition's name is and its code."""
    calls = [
        (module.range_of(call), owner and module.range_of(owner.name))
        for call, owner in module.calls
    ]
    definitions = [
        (module.range_of(d.node.name), module.code(d.node)) for d in module.definitions.values()
    ]
    return calls, definitions


@pytest.mark.parametrize("seed", range(8))
def test_random_edits_of_a_service_module(seed: int) -> None:
    _check_edits(Path("/project/service.py"), SMALL_SERVICE, seed, 50)


@pytest.mark.parametrize("path", MODELS[::60], ids=lambda p: p.name)
def test_random_edits_of_real_models(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    try:
        parse(path, source)
    except PARSE_ERRORS:
        pytest.skip("not a module libcst parses")
    _check_edits(path, source, len(source), 10)


def test_an_edit_inside_one_statement_parses_that_statement_only() -> None:
    path = Path("/project/service.py")
    module = parse(path, SERVICE)
    text = SERVICE.replace("model_input: Request0,", "model_input: list[Request0],")
    spliced = _splice(module, text)
    assert spliced is not None
    tree = spliced[0]
    # The other statements are the very nodes of the previous tree.
    kept = {id(statement) for statement in module.tree.body}
    assert sum(id(statement) not in kept for statement in tree.body) == 1


def test_a_string_left_open_parses_it_all() -> None:
    path = Path("/project/service.py")
    module = parse(path, SERVICE)
    at = SERVICE.index("class Model3")
    assert _splice(module, SERVICE[:at] + 'x = """\n' + SERVICE[at:]) is None


def test_a_block_that_grows_takes_the_comment_below_it() -> None:
    source = (
        "import a\n\nclass A:\n    x = 1\n\n\ny = 2\n    # owned by what precedes\nz = 3\nw = 4\n"
    )
    path = Path("/project/comments.py")
    module = parse(path, source)
    text = source.replace("y = 2\n", "class B:\n    y = 2\n")
    assert reparse(module, text).tree.deep_equals(cst.parse_module(text))


def test_the_module_is_named_again(tmp_path: Path) -> None:
    path = tmp_path / "package" / "service.py"
    path.parent.mkdir()
    module = parse(path, SMALL_SERVICE)
    assert module.name == "service"
    (path.parent / "__init__.py").write_text("")
    text = SMALL_SERVICE.replace("model_input: Request0,", "model_input: list[Request0],")
    assert _splice(module, text) is not None
    assert reparse(module, text).name == "package.service"
