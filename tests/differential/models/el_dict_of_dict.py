# target: Model python_model
# dict of dict.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[dict[str, dict[str, bool]]]):
        return model_input
