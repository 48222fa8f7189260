# target: Model python_model
# import mlflow.pyfunc; mlflow.pyfunc.PythonModel.

import mlflow.pyfunc


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
