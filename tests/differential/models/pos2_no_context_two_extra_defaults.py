# target: Model python_model
# predict(self, model_input, a=1, b=2): three parameters without context, index 0.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str], a: int = 1, b: int = 2) -> list[str]:
        return model_input
