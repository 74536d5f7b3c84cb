# json: decoding (values, hooks, CPython's scanner error messages) and encoding options
import json
for s in ['{1', '{', '{"a" 1}', '{"a":}', '{"a":1 "b"}', '{"a":1,}', '[1 2]', '[1,]', '[', '', ' ', '"abc', '"\\x"', '"\\u12"', '"a\x01"', '1 2', 'nul', '[1,2', '{"a":1', '-', '01', '1.', '1e', '-Infinity', 'NaN', '"\\ud834\\udd20"', '"\\ud834"', '[1,\n2,\n  x]', '{"a":1,\n "b"', '{"a" : 1 , "b" : [ ] }', '"\xc3\xa9"', '"\xff"', '  [] x', '{"a":1}}', '1.5e3', '-0', '12345678901234567890', '[-]', '"\\']:
    try: print repr(s), '->', repr(json.loads(s))
    except Exception as e: print repr(s), '->', type(e).__name__, e
print json.decoder.JSONDecoder().raw_decode('[1] x'), json.decoder.JSONDecoder().raw_decode('  [1] x') if 0 else ''
try: json.decoder.JSONDecoder().raw_decode('  [1] x')
except Exception as e: print e
print json.loads('{"a": 1.5, "b": [true, false, null]}', parse_float=str, parse_int=float, object_pairs_hook=list)
print json.loads('[NaN, Infinity]', parse_constant=repr)
print json.dumps([1.1, 1e100, 1e-7, 0.1, float('nan'), float('inf'), -float('inf'), 10**20, True, None, u'\u1234\U00012345', '\xc3\xa9', 'a"\\\n\x01\x7f'])
print json.dumps({'b': 1, 'a': [1, {'c': ()}], 3: 4, 2.5: 5, None: 6, True: 7}, indent=2, sort_keys=True)
print json.dumps({'a': [1, 2], 'b': {}}, separators=(',', ':'), indent=0)
try: json.dumps(object)
except Exception as e: print type(e).__name__, e
try: json.dumps({(1,): 2})
except Exception as e: print type(e).__name__, e
print json.dumps({(1,): 2, 'a': 1}, skipkeys=True)
l = []; l.append(l)
try: json.dumps(l)
except Exception as e: print type(e).__name__, e
try: json.dumps(float('nan'), allow_nan=False)
except Exception as e: print type(e).__name__, e
try: json.dumps([float('inf')], allow_nan=False, indent=1)
except Exception as e: print type(e).__name__, e
try: json.dumps({(1,): 2}, indent=1)
except Exception as e: print type(e).__name__, e
print list(json.JSONEncoder(indent=1).iterencode({'a': [1]}))
print json.dumps('\xe9', encoding='latin-1'), json.dumps(['\xe9'], encoding='latin-1')
try: json.dumps(['\xe9'])
except Exception as e: print type(e).__name__, e
print repr(json.loads('"abc"')), repr(json.loads('"\xc3\xa9"')), repr(json.loads('"\xe9"', encoding='latin-1'))
print repr(json.loads('{"a": "b"}')), json.loads('"\t"', strict=False)
try: json.loads('"\t"')
except Exception as e: print type(e).__name__, e
