# target: Model python_model
# Positional-only context and input.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, context, model_input: dict[str, int], /) -> list[str]:
        return []
