# target: Model python_model
# list[dict[str, Annotated alias]] as the input: get_type_hints strips every Annotated.

from typing import Annotated

from mlflow.pyfunc import PythonModel

Score = Annotated[float, "0..1"]


class Model(PythonModel):
    def predict(self, model_input: list[dict[str, Score]]):
        return model_input
