# target: Model python_model
# Base class bound to a module-level variable.

import mlflow
Base = mlflow.pyfunc.PythonModel


class Model(Base):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
