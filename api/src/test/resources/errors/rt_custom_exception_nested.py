# expect: ValidationError: record has no id: {'name': 'x'}
# line: 8
# A user exception class raised three calls deep and never caught.
class ValidationError(Exception):
    pass
def validate(record):
    if "id" not in record:
        raise ValidationError("record has no id: " + repr(record))
    return record["id"]
def load(records):
    return [validate(r) for r in records]
def main():
    print(load([{"id": 1}, {"id": 2}]))
    print(load([{"id": 3}, {"name": "x"}]))
main()
