# target: Base python_model
# target: Mid python_model
# target: Model python_model
from mlflow.pyfunc import PythonModel

class Base(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input

class Mid(Base):
    pass

class Model(Mid):
    x = 1
