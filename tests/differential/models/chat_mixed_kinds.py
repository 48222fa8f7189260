# target: Agent responses_agent
# target: Model python_model
# A ResponsesAgent and a PythonModel in one file.

from mlflow.pyfunc import PythonModel, ResponsesAgent
from mlflow.types.responses import ResponsesAgentResponse


class Agent(ResponsesAgent):
    def predict(self, request):
        return ResponsesAgentResponse(output=[self.create_text_output_item(text="hello", id="m1")])


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
