# target: Model python_model
# import mlflow as mf.

import mlflow as mf


class Model(mf.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
