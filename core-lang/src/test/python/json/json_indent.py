# json: indented output (nesting, defaults, separators, sort_keys, negative indent, errors)
import json


class Point(object):
    def __init__(self, x, y):
        self.x, self.y = x, y


def default(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': [o.y, {'deep': ()}]}
    raise TypeError(repr(type(o)) + ' unsupported')


doc = {'b': [1, 2.5, {'c': None, 'a': [[], {}]}], 'a': Point(1, 2), 'z': u'\u20ac', 'e': ()}
for indent in (0, 1, 4, -1):
    print json.dumps(doc, indent=indent, sort_keys=True, default=default)
print json.dumps(doc, indent=2, sort_keys=True, default=default, separators=(',', ': '))
print repr(json.dumps([u'\xe9', 'x'], indent=1, ensure_ascii=False))
print json.dumps([1, [2, [3]]], indent=True)
print json.dumps({'k': [1, 2]}, indent=3L)
for bad in ([float('nan')], {(1, 2): 3}, [object]):
    try:
        json.dumps(bad, indent=2, allow_nan=False)
    except (ValueError, TypeError) as e:
        print type(e).__name__, e
l = [1]
l.append(l)
try:
    json.dumps(l, indent=2)
except ValueError as e:
    print e
print json.dumps({(1,): 1, 'ok': 2}, indent=2, skipkeys=True)
print json.JSONEncoder(indent=2, sort_keys=True).encode({'b': 1, 'a': 2})
print ''.join(json.JSONEncoder(indent=2).iterencode([1, {'a': 'b'}]))
