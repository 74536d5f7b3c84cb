import hashlib, hmac
h = hashlib.md5('abc'); print type(h), h.name, h.digest_size, h.block_size, h.hexdigest()
print sorted(x for x in dir(h) if not x.startswith('__'))
for n in ['sha1','sha224','sha256','sha384','sha512','MD5','SHA256', 'md4', 'ripemd160', 'Sha1']:
  try: x = hashlib.new(n, 'abc'); print n, type(x), x.name, x.digest_size, x.block_size, x.hexdigest(), x.digestsize
  except Exception as e: print n, type(e).__name__, e
for args in [('foo',), (), (1,), ('md5', 1), ('md5', u'abc'), ('md5', u'\xe9')]:
  try: print hashlib.new(*args).hexdigest()
  except Exception as e: print args, type(e).__name__, e
def t(f, *a, **k):
    try: print repr(f(*a, **k))
    except Exception as e: print type(e).__name__, e
t(hashlib.md5, 1); t(hashlib.md5().update, 1); t(hashlib.sha256().update, 1); t(hashlib.sha1().update)
print hashlib.md5(buffer('abc')).hexdigest(), hashlib.md5(bytearray('abc')).hexdigest(), hashlib.sha1(memoryview('abc')).hexdigest()
for c in [hashlib.md5, hashlib.sha1, hashlib.sha224, hashlib.sha256, hashlib.sha384, hashlib.sha512]:
    t(lambda: c(string='abc').hexdigest()); t(c, 'a', 'b')
    x = c(); x.update('a' * 1000); y = x.copy(); y.update('b'); print x.hexdigest(), y.hexdigest(), repr(x.digest())
    print c('').hexdigest(), c('The quick brown fox jumps over the lazy dog' * 3).hexdigest()
print hashlib.algorithms, sorted(hashlib.algorithms_guaranteed), sorted(hashlib.algorithms_available)
print repr(hashlib.pbkdf2_hmac('sha256', 'password', 'salt', 1000)), repr(hashlib.pbkdf2_hmac('sha1', 'pw', 'salt', 2, 10)), repr(hashlib.pbkdf2_hmac('sha512', 'p'*200, 's', 3, 100))
t(hashlib.pbkdf2_hmac, 'md4', 'p', 's', 1); t(hashlib.pbkdf2_hmac, 'md5', 'p', 's', 0); t(hashlib.pbkdf2_hmac, 'md5', 'p', 's', 1, 0)
print hmac.new('key', 'msg').hexdigest(), hmac.new('key', 'msg', hashlib.sha256).hexdigest(), hmac.new('key', 'msg', hashlib.sha1).hexdigest(), hmac.HMAC('key').hexdigest()
m = hmac.new('k'*100, digestmod=hashlib.sha512); m.update('x'); c = m.copy(); c.update('y'); print m.hexdigest(), c.hexdigest(), m.digest_size, hmac.digest_size, type(m), repr(m.digest())
import _md5, _sha
print hmac.new('k', 'm', _md5).hexdigest(), hmac.new('k', 'm', _sha).hexdigest()
print hmac.compare_digest('a','a'), hmac.compare_digest('ab','a'), hmac.compare_digest(u'\xe9', u'\xe9')
print hmac.new(bytearray('key'), 'x').hexdigest()
import _md5, _sha, _sha256, _sha512
print type(_md5.new()), _md5.digest_size, _sha.digest_size, _sha.blocksize, _sha.digestsize, type(_sha.new()), type(_sha256.sha224()), type(_sha512.sha384()), _md5.MD5Type
for f in [_md5.new, _sha.new, _sha256.sha256, _sha512.sha512]:
    t(f, 'a', 'b'); t(f, x=1)
t(type(_md5.new()))
