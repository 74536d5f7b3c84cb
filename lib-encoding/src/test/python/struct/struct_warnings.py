import struct, warnings
class J(object):
    def __int__(self): return 6
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print repr(struct.pack('i', 1.5)), repr(struct.pack('<q', J())), repr(struct.pack('i', 3))
    for x in w: print x.category.__name__, x.message
warnings.simplefilter('error')
for f in ['i', 'q', '<i', 'B', 'P']:
    try: struct.pack(f, 1.5)
    except Exception as e: print f, type(e).__name__, e
try: struct.pack('i', 'x')
except Exception as e: print type(e).__name__, e
