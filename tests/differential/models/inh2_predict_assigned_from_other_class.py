# target: Model python_model
# predict = Helper.predict: a plain function assigned in the class body.

from mlflow.pyfunc import PythonModel


class Helper:
    def predict(self, context, model_input: list[float]) -> list[float]:
        return model_input


class Model(PythonModel):
    predict = Helper.predict
