import zlib as z, random
c = z.compress('hello'*10)
def t(f,*a):
  try: r = f(*a); print repr(r)
  except Exception as e: print type(e).__name__, e
print [n for n in dir(z) if not n.startswith('__')]
print z.DEF_MEM_LEVEL, z.MAX_WBITS, z.Z_FINISH, z.Z_SYNC_FLUSH, z.Z_FULL_FLUSH, z.Z_NO_FLUSH
t(z.decompress, 'abc'); t(z.decompress, c[:-3]); t(z.decompress, c[:-1]+'x'); t(z.compress, 'a', 10); t(z.compressobj, 10); t(z.decompress, c, 8); t(z.decompress, c, 12); t(z.decompress, c, -15)
t(z.decompress, '');
d = z.decompressobj(); t(d.decompress, c + 'extra'); print repr(d.unused_data); t(d.decompress, 'more'); print repr(d.unused_data), repr(d.unconsumed_tail); t(d.flush)
d = z.decompressobj(); t(d.decompress, c, 5); print repr(d.unconsumed_tail); t(d.decompress, c, -1); t(d.flush); print repr(d.unconsumed_tail)
o = z.compressobj(); t(o.compress, 'abc'); t(o.flush); t(o.compress, 'x'); t(o.flush)
t(z.compressobj(9, 8, 31).flush)
o = z.compressobj(9, 8, 31); t(lambda: o.compress('abc') + o.flush())
t(lambda: z.decompressobj().decompress(c[:5]))
t(z.decompressobj().flush)
t(z.decompressobj(47).decompress, c)
t(z.decompress, c, 47)
t(z.decompress, c, 31)
t(z.crc32, 'abc'); t(z.adler32, 'abc'); t(z.adler32, 'abc', -5); t(z.crc32, 'abc', 5L); t(z.adler32, '')
r = random.Random(7)
words = ['alpha', 'beta', 'gamma', 'delta', '\x00\xff', 'zeta' * 3]
for n in range(6):
    s = ''.join(r.choice(words) for i in range(r.randrange(300)))
    s += ''.join(chr(r.randrange(256)) for i in range(r.randrange(100)))
    for lvl in (-1, 0, 1, 6, 9):
        e = z.compress(s, lvl)
        print lvl, len(e), z.crc32(e), z.decompress(e) == s
    for wb in (15, -15, 31):
        o = z.compressobj(6, 8, wb)
        parts = [o.compress(s[:100]), o.flush(z.Z_SYNC_FLUSH), o.compress(s[100:500]), o.flush(z.Z_FULL_FLUSH), o.compress(s[500:])]
        o2 = o.copy()
        parts.append(o.flush())
        e = ''.join(parts)
        print wb, [len(p) for p in parts], z.crc32(e), z.crc32(''.join(parts[:-1]) + o2.flush())
        for dwb in (wb, 47 if wb != -15 else -15):
            d = z.decompressobj(dwb)
            out = []
            data = e
            while data:
                chunk = data[:37]; data = data[37:]
                out.append(d.decompress(d.unconsumed_tail + chunk, 50))
                if n % 3 == 0 and len(out) == 5:
                    d2 = d.copy()
            while d.unconsumed_tail and not d.unused_data:
                out.append(d.decompress(d.unconsumed_tail, 50))
            out.append(d.flush())
            print ''.join(out) == s, repr(d.unused_data), repr(d.unconsumed_tail)
            print repr(z.decompress(e, dwb) == s)
for st in (1, 2):
    o = z.compressobj(5, 8, 15, 8, st); print repr(o.compress('abcabcabc' * 20) + o.flush())
t(z.decompress, z.compress('x')[:1])
t(z.decompress, 'x\x9c\x03')
t(z.decompress, '\x1f\x8b\x08\x00' + '\x00' * 6 + '\x03\x00\x00\x00\x00\x00\x00\x00\x00\x01', 31)
t(z.decompress, '\x1f\x8b\x08\x00' + '\x00' * 6 + '\x03\x00\x00\x00\x00\x01\x00\x00\x00\x00', 31)
t(z.decompress, '\x1f\x8c', 31)
t(z.decompress, 'x\x9c\xff\xff\xff', 15)
t(z.compress, u'abc'); t(z.compress, 1); t(z.decompressobj().decompress, 'x', -2)
# leftover input after the end of the stream
d = z.decompressobj(); print repr(d.decompress(c + 'TAIL', 1000)), repr(d.unused_data), repr(d.unconsumed_tail)
d = z.decompressobj(); print repr(d.decompress(c + 'TAIL')), repr(d.unused_data), repr(d.unconsumed_tail), repr(d.flush()), repr(d.unused_data)
t(d.copy)
