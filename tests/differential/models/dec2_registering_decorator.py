# target: Model python_model
# A decorator that returns the function itself.

from mlflow.pyfunc import PythonModel

REGISTRY = []


def register(fn):
    REGISTRY.append(fn)
    return fn


class Model(PythonModel):
    @register
    def predict(self, context, model_input: list[bytes]) -> list[bytes]:
        return model_input
