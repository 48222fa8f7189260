# target: Model python_model
# An MLflow dataclass (llm.ChatMessage) as a field: unsupported.

from mlflow.pyfunc import PythonModel
from mlflow.types.llm import ChatMessage
from pydantic import BaseModel


class Conversation(BaseModel):
    messages: list[ChatMessage]


class Model(PythonModel):
    def predict(self, model_input: list[Conversation]):
        return model_input
