# target: Base python_model
# target: Model python_model
from mlflow.pyfunc import PythonModel

class Base(PythonModel):
    def predict(self, model_input: list[int]) -> list[int]:
        return model_input

class Model(Base):
    def predict(self, model_input):
        return model_input
