# target: Model python_model
# "from . import schemas as sch": an alias and a model reached through the module alias.
from mlflow.pyfunc import PythonModel

from . import schemas as sch


class Model(PythonModel):
    def predict(self, model_input: sch.Items) -> dict[str, sch.Item]:
        return {}
