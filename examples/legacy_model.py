"""The classic DataFrame hint: MLflow infers no signature without an input_example."""

import mlflow
import pandas as pd


class ChurnModel(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: pd.DataFrame) -> pd.Series:
        return model_input.sum(axis=1)


class ScoreModel(mlflow.pyfunc.PythonModel):
    # Optional around the whole input: MLflow warns and logs no signature
    def predict(self, context, model_input: "list[dict[str, float]] | None") -> list[float]:
        return [sum(row.values()) for row in model_input or []]
