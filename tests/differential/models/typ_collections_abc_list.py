# target: Model python_model
# collections.abc.Sequence as element inside a list.

from collections.abc import Sequence

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Sequence[int]]):
        return model_input
