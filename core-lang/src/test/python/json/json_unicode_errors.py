# json: unicode documents get the quoted delimiter messages
import json
for s in ['{1', '{', '{"a" 1}', '{"a":}', '{"a":1 "b"}', '{"a":1,}', '[1 2]', '[1,]', '[', '', '"abc', '"\\x"', '"\\u12"', '"a\x01"', '1 2', '[1,2', '{"a":1', '{"a"', '{"a":1,', '"\\']:
    s = unicode(s)
    try: print repr(s), '->', repr(json.loads(s))
    except Exception as e: print repr(s), '->', type(e).__name__, e
