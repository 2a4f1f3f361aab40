import Assistant; print("x")
