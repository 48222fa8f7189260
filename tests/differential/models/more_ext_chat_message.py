# target: Model python_model
from mlflow.types.agent import ChatAgentMessage
from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[ChatAgentMessage]) -> list[str]:
        return []
