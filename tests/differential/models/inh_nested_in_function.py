# target: build.<locals>.Model python_model
# A PythonModel created inside a function called at import.

from mlflow.pyfunc import PythonModel


def build():
    class Model(PythonModel):
        def predict(self, model_input: list[float]) -> list[float]:
            return model_input

    return Model


Model = build()
