from .a import A

class B(A):
    y: str = 'q'
