import struct
def t(f, *a, **k):
    try: print repr(f(*a, **k))
    except Exception as e: print type(e).__name__, e
t(struct.pack, '<f', 3.4028236e38 * 1.0000001); t(struct.pack, '<f', float('inf')); t(struct.pack,'<f', 1e-50); t(struct.pack, '<f', -1e-45);t(struct.pack,'<f',1.401298464324817e-45*0.5)
print struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('f', struct.pack('f', 0.1))
t(struct.pack_into, 'i', bytearray(8), 'x', 1); t(struct.pack_into, 'i', bytearray(8), 2); t(struct.pack_into); t(struct.pack_into, 'i', bytearray(8))
b = bytearray(8); struct.pack_into('<hh', b, 2, 1, 2); print repr(b)
s = struct.Struct('<2h'); t(s.unpack, 'abc'); t(s.unpack_from, 'ab'); t(s.pack, 1); print s.size, s.format, s.unpack_from('abcdef', 2), s.__sizeof__() > 0
t(struct.Struct); t(struct.Struct, 'z'); print struct.Struct(format='i').format
print hash(struct.Struct('i')) != 0, type(struct.Struct('i')), struct.Struct.__name__
class S(struct.Struct): pass
print S('i').pack(3)
t(struct.pack, 'i', True); t(struct.pack, 'd', True); t(struct.pack, 'q', 1<<63L); t(struct.pack,'Q',1<<64L);t(struct.pack, 'b', 1.5e300)
t(struct.pack, 'x', 1); t(struct.unpack, 'xi', 'x'*8); t(struct.unpack, '', ''); t(struct.pack, '')
b = bytearray(8); struct.pack_into('<i', b, -4, 7); print repr(b); t(struct.pack_into, '<i', b, -9, 7)
t(struct.unpack_from, 'i', 'abcdefgh', 8); t(struct.unpack_from, 'i', 'abcdefgh', 4)
print struct.unpack('P', struct.pack('P', 2**63)), struct.unpack('P', struct.pack('P', -1)), struct.unpack('P', struct.pack('P', 5))
t(struct.pack, '=h', 70000); t(struct.pack, '!h', 70000); t(struct.pack, '=P', 1); t(struct.pack, '@P', 1.5)
print struct.unpack('=bBhHiIlLqQ', struct.pack('=bBhHiIlLqQ', -1,2,-3,4,-5,6,-7,8,-9,10))
print struct.unpack('>bBhHiIlLqQ', struct.pack('>bBhHiIlLqQ', -1,2,-3,4,-5,6,-7,8,-9,10))
print struct.unpack('>II', '\xff\xff\xff\xff\x7f\xff\xff\xff'), struct.unpack('<l', '\xff\xff\xff\xff'), struct.unpack('@L', '\xff'*8), struct.unpack('@i', '\xff'*4)
print struct.unpack('>?', '\x02'), struct.pack('?', 'a'), struct.unpack('c', 'z'), struct.unpack('<H', 'ab')
t(struct.pack, '<?', 0); t(struct.unpack, '5p', '\x00abcd');t(struct.unpack, 'p', 'a'); t(struct.pack, '0p', 'a'); t(struct.unpack, '0p', '')
t(struct.pack, 'i', -0.5); t(struct.pack, 'Q', -0.5);  t(struct.pack, 'B', -0.5); t(struct.pack, 'L', -1.5)
t(struct.pack, '2i', 1); t(struct.pack, 'hh', 1); t(struct.calcsize, 1); t(struct.pack, 1)
t(struct.unpack, 'h', 'abc'); t(struct.unpack, '0h', 'abc')
t(struct.calcsize, '4294967296s'); t(struct.calcsize, '9223372036854775807s'); t(struct.calcsize, '9223372036854775808s'); t(struct.calcsize, '4611686018427387904i')
def t(f, *a, **k):
    try: print repr(f(*a, **k))
    except Exception as e: print type(e).__name__, e
t(struct.pack); t(struct.unpack_from, 'i', 5); t(struct.pack_into, 'i', 5, 0, 1); 
t(struct.unpack_from, 'i', 'abcd', 0, 1)
t(struct.unpack_from, 'i', 'abcd', 'x');t(struct.unpack, 'i', 'abcd', 'x'); t(struct.calcsize); t(struct.Struct('i').pack_into, bytearray(4))
t(struct.pack_into, 'i', memoryview(bytearray(4)), 0, 1); t(struct.Struct('i').unpack_from, buffer='abcd', offset=0)
s = struct.Struct('i'); t(setattr, s, 'size', 3); t(setattr, s, 'format', 'h')
t(struct._clearcache)
t(struct.pack, 'c', 'ab'); t(struct.pack, '2c', 'a')
print struct.calcsize('c3sxh'), struct.calcsize('?P'), struct.calcsize('fdx'), struct.calcsize('x0d'), struct.calcsize('s0P')
print struct.unpack('<f', '\x01\x00\x80\x7f'), struct.unpack('<d', '\x00\x00\x00\x00\x00\x00\xf8\x7f')
