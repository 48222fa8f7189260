# target: Model python_model
# scipy csr_array is not special: 'must be wrapped' warning.

from scipy.sparse import csr_array
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: csr_array):
        return model_input
