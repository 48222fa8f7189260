# target: Model python_model
# Found by differential fuzzing: a RootModel subclass that declares a field makes pydantic raise
# "Unexpected field with name 'score'; only 'root' is allowed" when the class is defined.

import mlflow
from pydantic import RootModel


class Flag(RootModel[bool]):
    pass


class Scored(Flag):
    score: int


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[int]):
        return []
