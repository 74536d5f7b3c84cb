# json: the _json accelerator and the pure-Python fallbacks give the same results
import json
import json.decoder
import json.encoder
import json.scanner
import _json
from collections import OrderedDict

docs = ['"abc" tail', '"a\\u00e9\\ud834\\udd20\\n"', '"\xc3\xa9t\xc3\xa9"', u'"\u20ac\\t"', '"bad', '"\\q"',
        '"\\u12"', '"ctl\x01"', '"\\uDEAD\\u0041"']
for doc in docs:
    for fn in (_json.scanstring, json.decoder.py_scanstring):
        try:
            print repr(fn(doc, 1, None, True))
        except ValueError as e:
            print 'ValueError', e
print repr(_json.scanstring('"tab\there"', 1, None, False))
for args in [(3, 1), ('"abc"', -1), ('"abc"', 9)]:
    try:
        _json.scanstring(*args)
    except (TypeError, ValueError) as e:
        print type(e).__name__, e
for s in ['plain', 'quote"back\\slash\n\t\x00\x1f\x7f', u'\xe9\u20ac\U0001d120', '\xc3\xa9']:
    print _json.encode_basestring_ascii(s), json.encoder.py_encode_basestring_ascii(s), json.encoder.encode_basestring(s) == json.encoder.encode_basestring(s)
try:
    _json.encode_basestring_ascii(3)
except TypeError as e:
    print e
dec = json.JSONDecoder()
print type(dec.scan_once).__name__, dec.scan_once('{"a": [1, 2.5e3, -0, true]} x', 0)
try:
    dec.scan_once('', 0)
except StopIteration:
    print 'StopIteration'
ctx = json.JSONDecoder(object_pairs_hook=OrderedDict, parse_int=lambda s: 'int:' + s)
print json.scanner.py_make_scanner(ctx)('{"b": 1, "a": {"c": 2}}', 0)
print _json.make_scanner(ctx)('{"b": 1, "a": {"c": 2}}', 0)
print json.dumps(OrderedDict([('z', 1), ('a', [OrderedDict([('y', 2), ('b', 3)])])]))
print json.dumps(OrderedDict([('z', 1), ('a', 2)]), sort_keys=True)
a = [object()] * 6
def crasher(obj):
    del a[-1]
print json.dumps(a, default=crasher)
for enc in (u'rat\xe9', 1):
    try:
        json.loads('"a"', enc)
    except (UnicodeError, TypeError) as e:
        print type(e).__name__
print json.loads('[' * 50 + ']' * 50)[0][0][0]
try:
    json.loads('[' * 5000 + ']' * 5000)
except RuntimeError as e:
    print e
deep = []
for i in range(5000):
    deep = [deep]
try:
    json.dumps(deep)
except RuntimeError as e:
    print e
print json.dumps([1e300 * 1e300, -1e300 * 1e300, 0.1, 1e22, 12345678.9, 1 / 3.0])
print json.loads('[1.0, 1e5, 1E-2, -0.5e+3, 123456789012345678901234567890, 1e400]')
for doc in ('"', u'"', '["', '{"a', '"\\'):
    try:
        json.loads(doc)
    except ValueError as e:
        print 'ValueError', e
