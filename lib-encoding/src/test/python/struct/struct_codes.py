import struct
def t(f, *a, **k):
    try: print repr(f(*a, **k))
    except Exception as e: print type(e).__name__, e
for c in 'bBhHiIlLqQP':
  for p in '@<>':
    if p != '@' and c == 'P': continue
    sz = struct.calcsize(p+c)
    for v in (-1, 2**(8*sz-1), 2**(8*sz), -2**(8*sz-1)-1, 2**64, -2**63-1, 2**70):
        try: struct.pack(p+c, v); r='ok'
        except Exception as e: r = type(e).__name__+' '+str(e)
        print p+c, v, r
print struct.unpack('<bBhHiIlLqQ', struct.pack('<bBhHiIlLqQ', -1,2,-3,4,-5,6,-7,8,-9,10))
print struct.unpack('bBhHiIlLqQP', struct.pack('bBhHiIlLqQP', -1,2,-3,4,-5,6,-7,8,-9,10,11))
print struct.unpack('<IQqL', '\xff'*24)
print struct.unpack('?', '\x05'), struct.unpack('<?', '\x00')
t(struct.unpack, 'i', 5); t(struct.unpack, 'i'); t(struct.unpack_from, 'i', buffer='abcd', offset=0); t(struct.unpack_from, 'i', 'abcd', offset=0); t(struct.unpack_from, fmt='i', buffer='abcd')
t(struct.pack, ' i  h ', 1, 2); t(struct.calcsize, '< 2 i'); t(struct.calcsize, '2 i');t(struct.calcsize, 'i<')
t(struct.calcsize, 'ci'); t(struct.calcsize, 'ic'); t(struct.calcsize, 'cd'); t(struct.calcsize, 'c?'); t(struct.calcsize, '=cd');  t(struct.calcsize, 'cf'); t(struct.calcsize, 'h0q')
t(struct.pack, '3x'); t(struct.pack, '0s', 'abc'); t(struct.pack, '5s', 'ab'); t(struct.unpack, '3s2s', 'abcde'); t(struct.pack, '3c', 'a','b','c'); t(struct.pack, 's', u'a')
t(struct.pack, '2p', u'ab'); t(struct.pack, 'c', u'a'); t(struct.pack, 'c', bytearray('a'))
t(struct.pack, '<f', 3.4028236e38 * 1.0000001); t(struct.pack, '<f', float('inf')); t(struct.pack,'<f', 1e-50); t(struct.pack, '<f', -1e-45);t(struct.pack,'<f',1.401298464324817e-45*0.5)
print struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('f', struct.pack('f', 0.1))
t(struct.pack_into, 'i', bytearray(8), 'x', 1); t(struct.pack_into, 'i', bytearray(8), 2); t(struct.pack_into); t(struct.pack_into, 'i', bytearray(8))
b = bytearray(8); struct.pack_into('<hh', b, 2, 1, 2); print repr(b)
s = struct.Struct('<2h'); t(s.unpack, 'abc'); t(s.unpack_from, 'ab'); t(s.pack, 1); print s.size, s.format, s.unpack_from('abcdef', 2), s.__sizeof__() > 0
t(struct.Struct); t(struct.Struct, 'z'); print struct.Struct(format='i').size
print type(struct.Struct('i')), struct.Struct.__name__
class S(struct.Struct): pass
print S('i').pack(3)
t(struct.pack, 'i', True); t(struct.pack, 'd', True); t(struct.pack, 'q', 1<<63L); t(struct.pack,'Q',1<<64L);t(struct.pack, 'b', 1.5e300)
t(struct.pack, 'x', 1); t(struct.unpack, 'xi', 'x'*8); t(struct.unpack, '', ''); t(struct.pack, '')
print struct.unpack('>fd', struct.pack('>fd', 1.5, -2.25))
print repr(struct.pack('>d', float('-inf'))), repr(struct.pack('<f', 3.4028235e38))
for fmt in ['@bhiqd', '=bhiqd', '<bhiqd', '>bhiqd', '!bhiqd', 'c3sxh', '?P', 'fdx', 'x0d', 's0P', 'hq', '2h3i0q', '10s5p']:
    print fmt, struct.calcsize(fmt), struct.Struct(fmt).size
for fmt, vals in [('<5s', ('hello world',)), ('>3p', ('abc',)), ('@c?xd', ('z', 7, 0.25)), ('<2q', (-2**63, 2**63-1)), ('>2Q', (0, 2**64-1)), ('!hH', (-1, 65535))]:
    s = struct.pack(fmt, *vals)
    print fmt, repr(s), struct.unpack(fmt, s)
s = struct.Struct('<ih2s')
b = bytearray(12)
s.pack_into(b, 2, -7, 300, 'ok')
print repr(b), s.unpack_from(b, 2), s.unpack_from(buffer(b), offset=2), struct.unpack_from('<h', memoryview(b), 6)
class MyStruct(struct.Struct):
    def __init__(self, fmt):
        struct.Struct.__init__(self, fmt)
        self.extra = 1
m = MyStruct('>I')
print m.pack(258), m.unpack('\x00\x00\x01\x02'), m.extra, isinstance(m, struct.Struct), m.format, m.size
try:
    struct.pack('i', 'x')
except struct.error as e:
    print 'caught', e.args, isinstance(e, Exception)
