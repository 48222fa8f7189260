# target: Model python_model
# ChatAgentResponse output on a plain PythonModel.

from mlflow.pyfunc import PythonModel
from mlflow.types.agent import ChatAgentResponse


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> ChatAgentResponse:
        return None
