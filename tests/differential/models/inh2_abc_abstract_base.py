# target: Base python_model
# target: Model python_model
# An abc.ABC intermediate base with an abstract predict, implemented with hints in the child.

import abc

from mlflow.pyfunc import PythonModel


class Base(PythonModel, abc.ABC):
    def helper(self):
        return 1


class Model(Base):
    def predict(self, context, model_input: list[dict[str, float]], params=None) -> list[float]:
        return []
