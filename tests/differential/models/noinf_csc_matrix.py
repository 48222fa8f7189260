# target: Model python_model
# scipy csc_matrix: no inference.

from scipy import sparse
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: sparse.csc_matrix):
        return model_input
