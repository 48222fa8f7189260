# target: Bot chat_model
# A direct ChatModel subclass.

from mlflow.pyfunc import ChatModel
from mlflow.types.llm import ChatChoice, ChatCompletionResponse, ChatMessage


class Bot(ChatModel):
    def predict(self, context, messages, params):
        message = ChatMessage(role="assistant", content="hello")
        return ChatCompletionResponse(choices=[ChatChoice(index=0, message=message)])
