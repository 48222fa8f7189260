# target: Registry.Model python_model
# A PythonModel nested in a plain class.

from mlflow.pyfunc import PythonModel


class Registry:
    class Model(PythonModel):
        def predict(self, model_input: list[str]) -> list[str]:
            return model_input
