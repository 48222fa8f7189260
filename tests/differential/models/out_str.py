# target: Model python_model
# -> str gives the same schema as -> list[str].

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> str:
        return model_input
