# target: Model python_model
from mlflow.types.llm import ChatMessage, ChatCompletionResponse
from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[ChatMessage]) -> ChatCompletionResponse:
        return None
