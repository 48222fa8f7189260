# target: Model python_model
# A PythonModel that also defines __call__: save_model uses __call__.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input

    def __call__(self, model_input: list[int]) -> list[int]:
        return model_input
