# target: Agent responses_agent
# ResponsesAgent through an abstract base from the model module.

from mlflow.pyfunc.model import ResponsesAgent
from mlflow.types.responses import ResponsesAgentResponse


class BaseAgent(ResponsesAgent):
    def load_context(self, context):
        self.ready = True


class Agent(BaseAgent):
    def predict(self, request):
        return ResponsesAgentResponse(output=[self.create_text_output_item(text="hello", id="m1")])
