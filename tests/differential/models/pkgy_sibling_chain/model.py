# target: Model python_model
# A model inheriting from a model in a sibling module whose field names a model of a third
# module through a module attribute.
from mlflow.pyfunc import PythonModel

from .c import Top


class Model(PythonModel):
    def predict(self, model_input: list[Top]) -> list[Top]:
        return model_input
