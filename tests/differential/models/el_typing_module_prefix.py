# target: Model python_model
# typing imported as t: t.List[t.Dict[str, str]].

import typing as t
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: t.List[t.Dict[str, str]]):
        return model_input
