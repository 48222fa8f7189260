# target: Model python_model
# typing.Text is str.

from typing import List, Text

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: List[Text]) -> List[Text]:
        return model_input
