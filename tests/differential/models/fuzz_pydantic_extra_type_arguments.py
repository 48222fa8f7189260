# target: Model python_model
# Found by differential fuzzing: pydantic reads only the first argument of list[...] (and the
# first two of dict[...]), so `list[int, Plain]` builds and the module imports; MLflow logs the
# signature (siglint said importing raises because `Plain` has no pydantic schema).

import mlflow
from pydantic import BaseModel


class Plain:
    pass


class Item(BaseModel):
    values: list[int, Plain]
    scores: dict[str, int, Plain]


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[int]):
        return []
