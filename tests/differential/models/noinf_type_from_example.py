# target: Model python_model
# TypeFromExample without an input example: no signature.

from mlflow.types.type_hints import TypeFromExample
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: TypeFromExample) -> TypeFromExample:
        return model_input
