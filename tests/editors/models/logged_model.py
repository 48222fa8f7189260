"""A model logged with a `signature=` its type hints override (SIG401), in a call over several lines."""

import mlflow
from mlflow.models import infer_signature


class Translator(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return [text[::-1] for text in model_input]


with mlflow.start_run():
    mlflow.pyfunc.log_model(
        name="translator",
        # the signature written before the hints were
        signature=infer_signature(["hello"], ["olleh"]),  # now ignored
        python_model=Translator(),
    )
