# target: Model python_model
# A class base naming something undefined: NameError on import.

from mlflow.pyfunc import PythonModel


class Helper(MissingBase):
    pass


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
