s = """three quotes
and never closed
