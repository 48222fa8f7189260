# target: Model python_model
# An alias that raises inside `try/except TypeError` does not stop the import; the fallback wins.
import mlflow

try:
    Maybe = "Review" | None
except TypeError:
    Maybe = str


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Maybe]) -> list[str]:
        return []
