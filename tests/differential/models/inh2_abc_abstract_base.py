# target: Model python_model
# An abc.ABC intermediate base without predict (only a helper), implemented with hints in the child:
# the base is no target, since no call logs it.

import abc

from mlflow.pyfunc import PythonModel


class Base(PythonModel, abc.ABC):
    def helper(self):
        return 1


class Model(Base):
    def predict(self, context, model_input: list[dict[str, float]], params=None) -> list[float]:
        return []
