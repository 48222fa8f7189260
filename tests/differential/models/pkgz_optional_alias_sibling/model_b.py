# target: B python_model
# An Optional element alias from a sibling module, inside a dict value: dropped.
from mlflow.pyfunc import PythonModel

from .types_ import MaybeText


class B(PythonModel):
    def predict(self, model_input: list[dict[str, MaybeText]]):
        return model_input
