# target: Bot chat_model
# ChatModel through an abstract project base.

import mlflow
from mlflow.types.llm import ChatChoice, ChatCompletionResponse, ChatMessage


class BaseBot(mlflow.pyfunc.ChatModel):
    def load_context(self, context):
        self.greeting = "hello"


class Bot(BaseBot):
    def predict(self, context, messages, params):
        message = ChatMessage(role="assistant", content="hello")
        return ChatCompletionResponse(choices=[ChatChoice(index=0, message=message)])
