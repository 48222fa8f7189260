# target: Model python_model
# Uses schemas.Item through the imported module.

from mlflow.pyfunc import PythonModel

from . import schemas


class Model(PythonModel):
    def predict(self, model_input: list[schemas.Item]) -> list[str]:
        return []
