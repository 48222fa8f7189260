from typing import Dict, List
Rows = List[Dict[str, int]]
