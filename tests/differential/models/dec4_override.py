# target: Model python_model
# typing_extensions.override on predict: the function is returned unchanged.

from typing_extensions import override

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    @override
    def predict(self, context, model_input: list[str]) -> list[str]:
        return model_input
