# target: Model python_model
# -> list[list[float]].

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[list[float]]:
        return model_input
