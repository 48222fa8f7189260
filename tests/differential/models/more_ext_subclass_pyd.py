# target: Model python_model
from mlflow.types.agent import ChatContext
from mlflow.pyfunc import PythonModel

class MyCtx(ChatContext):
    tenant: str

class Model(PythonModel):
    def predict(self, model_input: list[MyCtx]) -> list[str]:
        return []
