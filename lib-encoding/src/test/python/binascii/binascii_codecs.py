import binascii as b
for f,a in [(b.hexlify,(1,)),(b.unhexlify,('abc',)),(b.unhexlify,('zz',)),(b.a2b_base64,('abc',)),(b.a2b_uu,('\x7f',)),(b.b2a_uu,('a'*46,)),(b.a2b_hqx,('a',)),(b.crc32,(u'abc',)),(b.hexlify,(u'\xe9',)),(b.a2b_hex,(u'ab',)),(b.crc_hqx,('a',)),(b.b2a_base64,('a'*100,)),(b.a2b_base64,('a=bc',)), (b.crc32,('a',-1)),(b.rledecode_hqx,('\x90',)), (b.a2b_hqx, ('!!:',)), (b.b2a_hqx,(1,))]:
  try: print repr(f(*a))
  except Exception as e: print type(e).__name__, e
print b.Error.__mro__, b.Incomplete.__mro__, b.Error.__module__
import random
r = random.Random(5)
for n in range(120):
    s = ''.join(chr(r.choice([0,9,10,13,32,46,61,95,65,97,200,255,r.randrange(256)])) for i in range(r.randrange(200)))
    for f in (b.hexlify, b.b2a_base64, b.b2a_hqx, b.rlecode_hqx, lambda x: b.crc32(x), lambda x: b.crc32(x, 12345), lambda x: b.crc_hqx(x, 77), b.b2a_qp, lambda x: b.b2a_qp(x, 1, 0, 1), lambda x: b.b2a_qp(x, header=1), lambda x: b.b2a_qp(x, istext=0), b.a2b_qp, lambda x: b.a2b_qp(x, True), b.a2b_base64, b.a2b_uu, lambda x: b.b2a_uu(x[:45]), b.a2b_hqx, b.rledecode_hqx):
        try: print repr(f(s))
        except Exception as e: print type(e).__name__, e
    print repr(b.rledecode_hqx(b.rlecode_hqx(s)) == s), repr(b.a2b_uu(b.b2a_uu(s[:45])) == s[:45]), b.a2b_base64(b.b2a_base64(s)) == s, b.a2b_qp(b.b2a_qp(s)) == s
