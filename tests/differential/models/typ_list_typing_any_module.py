# target: Model python_model
# typing.Any through "import typing as t".

import typing as t

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: t.List[t.Dict[str, t.Any]]) -> t.Any:
        return model_input
