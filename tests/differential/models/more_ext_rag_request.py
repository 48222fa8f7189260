# target: Model python_model
from mlflow.models.rag_signatures import ChatCompletionRequest, StringResponse
from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: ChatCompletionRequest) -> StringResponse:
        return None
