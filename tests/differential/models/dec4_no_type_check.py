# target: Model python_model
# typing.no_type_check on predict: get_type_hints returns no hints for it.

from typing import no_type_check

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    @no_type_check
    def predict(self, context, model_input: list[str]) -> list[str]:
        return model_input
