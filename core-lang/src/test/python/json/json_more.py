# json: surrogates, whitespace, indent/separators, str/unicode results, subclasses
import json
for s in ['"\\ud834\\u0041"', '"\\ud834x"', '"\\uzzzz"', '"\\u00e9"', '"\\udd20"', '"\\ud834\\ud834"', '["a" ,\t"b" ]', '{"a":1 , }', '{ }', '[ ]', '[1,\n2,\n  ', '{"a"', '{"a":', '{"a":1,', '"\\ud834\\u12"', u'"\u1234"', u'[1 2]', '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '\n\n  {\n"a" 2}']:
    try: print repr(s), '->', repr(json.loads(s))
    except Exception as e: print repr(s), '->', type(e).__name__, e
print json.dumps({'a': 1}, indent=4, separators=(',', ': ')), json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2)
print json.dumps(u'\xe9\u20ac', ensure_ascii=False).encode('utf-8'), repr(json.dumps(['a', u'b'], ensure_ascii=False)), repr(json.dumps('a', ensure_ascii=False)), repr(json.dumps(u'a'))
print json.dumps("x", indent="  ") if False else ''
print repr(json.dumps([1], indent=2, ensure_ascii=False))
print repr(json.dumps({u'\xe9': 1})), repr(json.dumps({'\xc3\xa9': 1}, ensure_ascii=False))
print json.dumps(3), json.dumps(None), json.dumps(-0.0), json.dumps(1e16), json.dumps(123456789.123), json.dumps(long(5)), json.dumps(True)
class F(float):
    def __repr__(self): return 'F!'
class I(int):
    def __repr__(self): return 'I!'
    def __str__(self): return 'Istr'
print json.dumps([F(1.5), I(3)]), json.dumps([F(1.5), I(3)], indent=1)
print json.dumps({I(3): 1, F(2.5): 2})
