"""A bare typing.List: MLflow raises when the class is defined, so this module cannot be imported."""

from typing import List

import mlflow


class BatchTranslator(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: List) -> List[str]:
        return [str(x) for x in model_input]
