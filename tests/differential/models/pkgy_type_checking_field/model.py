# target: Model python_model
# A field whose type is imported only under TYPE_CHECKING in its module: pydantic cannot resolve
# it, so the model is not fully defined.
from mlflow.pyfunc import PythonModel

from .a import Node


class Model(PythonModel):
    def predict(self, model_input: list[Node]):
        return model_input
