# target: Agent responses_agent
# ResponsesAgent with predict and predict_stream.

from mlflow.pyfunc import ResponsesAgent
from mlflow.types.responses import ResponsesAgentResponse, ResponsesAgentStreamEvent


class Agent(ResponsesAgent):
    def predict(self, request):
        return ResponsesAgentResponse(output=[self.create_text_output_item(text="hello", id="m1")])

    def predict_stream(self, request):
        item = self.create_text_output_item(text="hello", id="m1")
        yield ResponsesAgentStreamEvent(type="response.output_item.done", item=item)
