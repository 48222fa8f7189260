# target: Model python_model
# An MLflow pydantic type (ChatAgentMessage) as a field of a user model.

from mlflow.pyfunc import PythonModel
from mlflow.types.agent import ChatAgentMessage
from pydantic import BaseModel


class Conversation(BaseModel):
    messages: list[ChatAgentMessage]
    user: str


class Model(PythonModel):
    def predict(self, model_input: list[Conversation]):
        return model_input
