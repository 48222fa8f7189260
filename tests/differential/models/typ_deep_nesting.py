# target: Model python_model
# list[list[dict[str, list[int]]]].

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[list[dict[str, list[int]]]]) -> list[list[dict[str, list[int]]]]:
        return model_input
