# target: Agent responses_agent
# ResponsesAgent second in the bases, typed predict.

from mlflow.pyfunc import ResponsesAgent
from mlflow.types.responses import ResponsesAgentRequest, ResponsesAgentResponse


class Tools:
    def tool_names(self) -> list[str]:
        return []


class Agent(Tools, ResponsesAgent):
    def predict(self, request: ResponsesAgentRequest) -> ResponsesAgentResponse:
        return ResponsesAgentResponse(output=[self.create_text_output_item(text="hi", id="m1")])
