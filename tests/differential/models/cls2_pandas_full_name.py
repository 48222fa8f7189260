# target: Model python_model
# pandas.DataFrame through "import pandas", ndarray through "from numpy import ndarray".

import pandas
from numpy import ndarray

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, context, model_input: pandas.DataFrame) -> ndarray:
        return model_input.to_numpy()
