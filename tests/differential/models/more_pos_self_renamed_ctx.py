# target: Model python_model
from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(me, context, model_input: list[int]) -> list[int]:
        return model_input
