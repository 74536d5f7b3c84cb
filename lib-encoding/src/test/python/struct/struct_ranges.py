import struct
def t(f, *a):
    try: print repr(f(*a))
    except Exception as e: print type(e).__name__, e
for fmt, v in [('h',70000),('b',200),('B',-1),('H',-1),('i',2**31),('I',-1),('l',2**63),('L',-1),('q',2**63),('Q',-1),('<h',70000),('<b',200),('<B',256),('<i',2**31),('<I',2**32),('<q',2**63),('<Q',-1),('>l',2**31), ('<L',2**32)]:
    t(struct.pack, fmt, v)
for fmt in 'bBhHiIlLqQ':
    for p in ('', '<'):
        t(struct.pack, p+fmt, 'x'); t(struct.pack, p+fmt, 3.7); t(struct.pack, p+fmt, None)
t(struct.unpack, 'i', 'abc'); t(struct.unpack, '<i', 'abc'); t(struct.unpack_from, 'i', 'abc'); t(struct.unpack_from, 'i', 'abcdef', 3)
t(struct.pack, 'f', 1e300); t(struct.pack, '<f', 1e300); t(struct.pack, 'f', 'x'); t(struct.pack, 'd', 'x')
t(struct.pack, 'c', 'ab'); t(struct.pack, 'c', 1); t(struct.pack, 's', 1); t(struct.pack, 'i'); t(struct.pack, 'i', 1, 2)
t(struct.pack, 'z'); t(struct.calcsize, 'z'); t(struct.calcsize, '0i'); t(struct.pack, '?', []); t(struct.pack_into, 'i', bytearray(2), 0, 1)
t(struct.pack_into, 'i', 'abcd', 0, 1); t(struct.pack_into, 'i', bytearray(8), 6, 1); t(struct.pack_into, 'i', bytearray(8), -2, 1)
t(struct.unpack_from, 'i', 'abcdefgh', -3)
t(struct.calcsize, '3i'); t(struct.calcsize, 'bi'); t(struct.calcsize, 'bq'); t(struct.calcsize, 'P'); t(struct.calcsize, 'ci0l')
t(struct.pack,'p', 'x'*300); t(struct.pack,'5p','abcdefg'); t(struct.unpack,'5p','\x09abcd')
s=struct.Struct('<hi'); print s.format, s.size; print s.pack(1,2)
t(struct.pack, 'e', 1); t(struct.calcsize, '999999999999999999999i'); t(struct.calcsize, '9999999999i')
t(struct.pack, 'P', -1); t(struct.pack, 'P', 2**64); t(struct.pack, '<P', 1)
t(struct.unpack, 'i', u'abcd'); t(struct.unpack, 'i', bytearray('abcd')); t(struct.unpack, 'i', buffer('abcd')); t(struct.unpack, 'i', memoryview('abcd'))
t(struct.pack, u'i', 1); t(struct.Struct, 1);
class I(object):
    def __index__(self): return 5
class J(object):
    def __int__(self): return 6
class K(object):
    def __index__(self): raise TypeError
    def __int__(self): return 7
t(struct.pack, 'i', I()); t(struct.pack, 'i', J()); t(struct.pack, 'i', K()); t(struct.pack, 'q', J()); t(struct.pack,'<i', J())
t(struct.pack, 'q', 2.5); t(struct.pack, 'Q', 2.5); t(struct.pack,'?', 3.5)
print struct.error, struct.error.__module__, struct.__doc__[:30], sorted(dir(struct))
t(struct.pack, 'i', 2**70); t(struct.pack, '<i', 2**70); t(struct.pack, 'q', 2**70); t(struct.pack,'<q', 2**70)
t(struct.pack, 'i', 1L); t(struct.pack, 'b', -129L); t(struct.pack, '<b', -129L); t(struct.pack, 'B', 256L); t(struct.pack, 'f', 1L); t(struct.pack,'d', 2**2000)
