"""Common mistakes that MLflow only warns about: the model is logged without a signature."""

from typing import Union

import mlflow


class Translator(mlflow.pyfunc.PythonModel):
    # MLflow warns and logs no signature: the input must be list[...]
    def predict(self, context, model_input: str) -> str:
        return model_input[::-1]


class FlexibleTranslator(mlflow.pyfunc.PythonModel):
    # A Union becomes AnyType: the signature accepts anything
    def predict(self, model_input: list[Union[str, dict[str, str]]]) -> list[str]:
        return [str(x) for x in model_input]
