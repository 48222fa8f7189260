# target: Model python_model
# typing.final on predict.

import typing

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    @typing.final
    def predict(self, context, model_input: list[int]) -> list[int]:
        return model_input
