# target: Model python_model
# typing_extensions.TypeAlias annotated alias.

from typing_extensions import TypeAlias

from mlflow.pyfunc import PythonModel

Rows: TypeAlias = list[dict[str, int]]


class Model(PythonModel):
    def predict(self, model_input: Rows) -> Rows:
        return model_input
