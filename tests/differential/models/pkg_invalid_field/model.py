# target: Model python_model
# Define-time error from an imported model.

from mlflow.pyfunc import PythonModel

from .schemas import Item


class Model(PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
