# target: Agent responses_agent
# A direct ResponsesAgent subclass.

from mlflow.pyfunc import ResponsesAgent
from mlflow.types.responses import ResponsesAgentResponse


class Agent(ResponsesAgent):
    def predict(self, request):
        return ResponsesAgentResponse(output=[self.create_text_output_item(text="hello", id="m1")])
