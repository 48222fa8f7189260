# target: Model python_model
# collections.abc.Sequence as the input hint: not list-like.

from collections.abc import Sequence

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: Sequence[str]):
        return model_input
