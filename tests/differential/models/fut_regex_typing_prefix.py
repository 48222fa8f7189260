# target: build.<locals>.Model python_model
# Future annotations, unresolvable return: the regex fallback also accepts t.List[str].

from __future__ import annotations

import typing as t

from mlflow.pyfunc import PythonModel


def build():
    class Answer:
        pass

    class Model(PythonModel):
        def predict(self, model_input: t.List[str]) -> Answer:
            return Answer()

    return Model


Model = build()
