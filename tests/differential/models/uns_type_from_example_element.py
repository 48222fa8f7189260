# target: Model python_model
# list[TypeFromExample] is just an unsupported element.

from mlflow.types.type_hints import TypeFromExample
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[TypeFromExample]):
        return model_input
