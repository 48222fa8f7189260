# target: Model python_model
# typing.no_type_check on the class marks its functions too.

from typing import no_type_check

from mlflow.pyfunc import PythonModel


@no_type_check
class Model(PythonModel):
    def predict(self, context, model_input: list[str]) -> list[str]:
        return model_input
