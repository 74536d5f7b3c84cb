"""hashlib module - A common interface to many hash functions.

new(name, string='') - returns a new hash object implementing the given
                       hash function, initialized with the optional string.

Named constructors: md5(), sha1(), sha224(), sha256(), sha384(), sha512().
Hash objects have the methods update(arg), digest(), hexdigest() and copy(),
and the attributes digest_size, block_size and name.
"""

_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512')

algorithms_guaranteed = set(_supported)
algorithms_available = set(_supported)
algorithms = _supported

__all__ = _supported + ('new', 'algorithms_guaranteed',
                        'algorithms_available', 'algorithms',
                        'pbkdf2_hmac')

# name -> (builtin module, constructor); new() takes the lower- or upper-case name
__builtin_constructors = {
    'md5': ('_md5', 'new'),
    'sha1': ('_sha', 'new'),
    'sha224': ('_sha256', 'sha224'),
    'sha256': ('_sha256', 'sha256'),
    'sha384': ('_sha512', 'sha384'),
    'sha512': ('_sha512', 'sha512'),
}


def __get_builtin_constructor(name):
    where = None
    if isinstance(name, basestring) and (name.islower() or name.isupper()):
        where = __builtin_constructors.get(name.lower())
    if where is not None:
        try:
            module = __import__(where[0])
        except ImportError:
            pass
        else:
            return getattr(module, where[1])
    raise ValueError('unsupported hash type ' + name)


def __py_new(name, string=''):
    """new(name, string='') - Return a new hashing object using the named algorithm;
    optionally initialized with a string.
    """
    return __get_builtin_constructor(name)(string)

new = __py_new

for __name in _supported:
    globals()[__name] = __get_builtin_constructor(__name)
del __name

_trans_5C = "".join([chr(__i ^ 0x5C) for __i in xrange(256)])
_trans_36 = "".join([chr(__i ^ 0x36) for __i in xrange(256)])
del __i


def _to_long(s):
    value = 0L
    for ch in s:
        value = (value << 8) | ord(ch)
    return value


def _from_long(value, size):
    chars = []
    for i in xrange(size):
        chars.append(chr(value & 0xff))
        value >>= 8
    chars.reverse()
    return ''.join(chars)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    pseudorandom function."""
    if not isinstance(hash_name, str):
        raise TypeError(hash_name)
    if not isinstance(password, (bytes, bytearray)):
        password = bytes(buffer(password))
    if not isinstance(salt, (bytes, bytearray)):
        salt = bytes(buffer(salt))
    password = bytes(password)
    salt = bytes(salt)
    inner = new(hash_name)
    outer = new(hash_name)
    blocksize = getattr(inner, 'block_size', 64)
    if len(password) > blocksize:
        password = new(hash_name, password).digest()
    password = password + '\x00' * (blocksize - len(password))
    inner.update(password.translate(_trans_36))
    outer.update(password.translate(_trans_5C))

    def prf(msg):
        icpy = inner.copy()
        ocpy = outer.copy()
        icpy.update(msg)
        ocpy.update(icpy.digest())
        return ocpy.digest()

    if iterations < 1:
        raise ValueError(iterations)
    if dklen is None:
        dklen = outer.digest_size
    if dklen < 1:
        raise ValueError(dklen)
    size = outer.digest_size
    blocks = []
    total = 0
    block = 1
    while total < dklen:
        counter = _from_long(block, 4)
        prev = prf(salt + counter)
        acc = _to_long(prev)
        for _ in xrange(iterations - 1):
            prev = prf(prev)
            acc ^= _to_long(prev)
        blocks.append(_from_long(acc, size))
        total += size
        block += 1
    return ''.join(blocks)[:dklen]
