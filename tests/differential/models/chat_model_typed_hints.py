# target: Bot chat_model
# ChatModel with its documented hints: never inferred.

from mlflow.pyfunc import ChatModel
from mlflow.types.llm import ChatChoice, ChatCompletionResponse, ChatMessage, ChatParams


class Bot(ChatModel):
    def predict(
        self, context, messages: list[ChatMessage], params: ChatParams
    ) -> ChatCompletionResponse:
        message = ChatMessage(role="assistant", content="hello")
        return ChatCompletionResponse(choices=[ChatChoice(index=0, message=message)])
