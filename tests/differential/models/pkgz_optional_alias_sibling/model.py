# target: A python_model
# An Optional[list[...]] alias from a sibling module: a warning, no signature.
from mlflow.pyfunc import PythonModel

from .types_ import Texts


class A(PythonModel):
    def predict(self, model_input: Texts):
        return model_input
