# target: Model python_model
# A single input parameter with another name (FutureWarning).

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, data: list[str]):
        return []
