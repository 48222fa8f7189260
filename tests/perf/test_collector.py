"""During a run, CPython's cyclic collector never walks the modules a check reads: they are frozen
as they are read, after the garbage made before is collected; the cycles among them are
collected when the run lets go of them. Outside a run (the server), nothing is frozen."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from perf_files import write

from siglint import engine
from siglint.analysis import project
from siglint.collector import collect_everything, kept_reading, rare_collections


class _Cycle:
    def __init__(self) -> None:
        self.itself = self


def _walked(thing: object) -> bool:
    """Whether the collector's generations hold ``thing`` (a frozen object is in none)."""
    return any(other is thing for other in gc.get_objects())


def test_outside_a_run_a_reading_freezes_nothing_and_collects_nothing() -> None:
    garbage = _Cycle()
    dead = weakref.ref(garbage)
    del garbage
    gc.disable()  # no collection of its own meanwhile
    try:
        with kept_reading():
            kept = _Cycle()
        assert dead() is not None  # not collected by the reading
        assert _walked(kept)
    finally:
        gc.enable()


def test_in_a_run_the_garbage_before_a_reading_is_collected_and_the_reading_frozen() -> None:
    with rare_collections():
        garbage = _Cycle()
        dead = weakref.ref(garbage)
        del garbage
        with kept_reading():
            kept = [_Cycle() for _ in range(100)]
        assert dead() is None
        assert not _walked(kept) and not _walked(kept[0])
    assert _walked(kept)  # the run is over: nothing stays frozen


def test_a_frozen_cycle_let_go_of_waits_for_collect_everything() -> None:
    with rare_collections():
        with kept_reading():
            kept = _Cycle()
        dead = weakref.ref(kept)
        del kept
        gc.collect()
        assert dead() is not None
        collect_everything()
        assert dead() is None
        later = _Cycle()
        collect_everything()
        assert not _walked(later)  # what is alive is frozen again, as long as the run lasts


MODELS = {
    "model.py": (
        "import mlflow\n\nimport helper\n\n\nclass Model(mlflow.pyfunc.PythonModel):\n"
        "    def predict(self, context, model_input: list[str]) -> list[str]:\n"
        "        return model_input\n"
    ),
    "helper.py": "class Base:\n    pass\n\nVALUE = 1\n",
}


def test_in_a_run_what_a_check_reads_is_frozen_until_the_run_lets_go_of_it(
    tmp_path: Path,
) -> None:
    write(tmp_path, MODELS)
    model = tmp_path / "model.py"
    with rare_collections():
        checked = project.Project()
        result = engine.check_source(model.read_text(), model, None, checked)
        helper = checked.syntax(tmp_path / "helper.py")
        parsed = checked.parsed(model.absolute())
        assert isinstance(helper, project.Syntax) and parsed is not None
        assert not _walked(helper) and not _walked(helper.tree)
        assert not _walked(parsed) and not _walked(parsed.tree)
        module = weakref.ref(parsed)
        del checked, helper, parsed
        collect_everything()
        assert module() is None
    # Outside a run, the same check finds the same.
    assert engine.check_source(model.read_text(), model, None, project.Project()) == result
