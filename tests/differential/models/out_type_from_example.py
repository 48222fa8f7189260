# target: Model python_model
# -> TypeFromExample fails quietly -> any.

from mlflow.types.type_hints import TypeFromExample
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> TypeFromExample:
        return model_input
