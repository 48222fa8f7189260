# target: Model python_model
# Output list[list[bool]].

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[bytes]) -> list[list[bool]]:
        return []
