# target: Model python_model
# A conditional expression as the annotation.

from mlflow.pyfunc import PythonModel

STRICT = True


class Model(PythonModel):
    def predict(self, model_input: list[int] if STRICT else list[str]):
        return model_input
