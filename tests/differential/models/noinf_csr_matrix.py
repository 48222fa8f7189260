# target: Model python_model
# scipy csr_matrix: no inference.

from scipy.sparse import csr_matrix
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: csr_matrix):
        return model_input
