import Retrieval
