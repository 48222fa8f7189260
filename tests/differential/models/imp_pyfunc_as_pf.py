# target: Model python_model
# import mlflow.pyfunc as pf.

import mlflow.pyfunc as pf


class Model(pf.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
