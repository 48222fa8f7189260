# target: Agent chat_agent
# ChatAgent through an abstract base, spelled pf.ChatAgent.

import mlflow.pyfunc as pf
from mlflow.types.agent import ChatAgentMessage, ChatAgentResponse


class BaseAgent(pf.ChatAgent):
    name = "base"


class Agent(BaseAgent):
    def predict(self, messages, context=None, custom_inputs=None):
        return ChatAgentResponse(
            messages=[ChatAgentMessage(role="assistant", content="hello", id="m1")]
        )
