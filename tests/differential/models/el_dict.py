# target: Model python_model
# dict[str, str] element -> map.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[dict[str, str]]) -> list[dict[str, str]]:
        return model_input
