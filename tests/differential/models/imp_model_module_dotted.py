# target: Model python_model
# mlflow.pyfunc.model.PythonModel.

import mlflow.pyfunc.model


class Model(mlflow.pyfunc.model.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
