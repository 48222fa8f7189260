"""Anchors: what a module must hold for a check to find anything about MLflow in it.

A check (``siglint.engine``) reports about the module's *targets* and its *calls into MLflow*,
and about nothing else but a few findings with triggers of their own (an unused suppression,
SIG900; a name the targeted MLflow release lacks, SIG903; a file Python cannot parse, SIG999;
siglint's own failure, SIG998). Each finding starts from an *anchor* in the module itself:

- a class deriving from ``PythonModel`` (``discovery.discover``: a target, whose hints, bases,
  pydantic models and module imports are checked; ``ChatModel`` and the agents derive from it);
- a function decorated with MLflow's ``@pyfunc`` (a target);
- a call of a callee the analysis checks wherever it is written (``known.CHECKED_CALLEES``:
  ``ColSpec``, ``ParamSpec``, ``TensorSpec``, ``infer_signature``, ``pyfunc(f)``);
- a ``log_model``/``save_model`` call passing ``python_model=`` (``log_calls``: the target it
  logs, a plain function included, and the argument itself) or ``input_example=`` (a literal
  ``DataFrame`` example, SIG505).

``may_anchor`` looks for them with an over-estimate of what each expression may evaluate to
(``siglint.analysis.abstract``): "no" is a proof that a check would report none of those.
"""

from __future__ import annotations

import re

from siglint.analysis import known
from siglint.analysis.abstract import Resolver
from siglint.analysis.skim import ModuleSkim

# Words that make an anchor likely, for a pre-filter that wants the likely files checked first.
_LIKELY = re.compile(
    r"\b(?:PythonModel|ChatModel|ChatAgent|ResponsesAgent)\b|\bpython_model\s*=|@\s*pyfunc\b"
)


# Each spelling ``_LIKELY`` looks for holds one of these: a text without any is not searched
# (a search that starts at a word boundary scans a long file a hundred times slower than ``in``).
_LIKELY_WORDS = (
    "PythonModel",
    "ChatModel",
    "ChatAgent",
    "ResponsesAgent",
    "python_model",
    "pyfunc",
)


def likely(text: str) -> bool:
    """Whether ``text`` spells what a model usually holds: a guess, not a proof."""
    if not any(word in text for word in _LIKELY_WORDS):
        return False
    return _LIKELY.search(text) is not None


def may_anchor(skim: ModuleSkim, resolver: Resolver) -> bool:
    """Whether the module may hold an anchor; ``False`` is a proof that it holds none. The
    skim's calls must have been recorded."""
    assert skim.calls is not None
    for cls in skim.classes:
        if resolver.may_derive_from(cls, known.PYTHON_MODEL):
            return True
    for function in skim.functions:
        for decorator in function.decorators:
            names = resolver.callee_names(resolver.value(skim, decorator))
            if names.may_be(known.PYFUNC_DECORATOR):
                return True
    for call in skim.calls:
        names = resolver.callee_names(resolver.value(skim, call.func))
        if any(names.may_be(callee) for callee in known.CHECKED_CALLEES):
            return True
        if not call.keywords.isdisjoint(known.LOGGING_ARGUMENTS) and names.may_log():
            return True
    return False
