"""Random variable generators.

Random draws from the Mersenne Twister of the builtin _random module; the
distributions below use CPython 2.7's algorithms, so that a given seed gives
the same numbers as CPython 2.7.

    integers: uniform within range (randrange, randint)
    sequences: choice, shuffle, sample
    real-valued distributions: uniform, triangular, normal (normalvariate,
    gauss), lognormal, negative exponential, gamma, beta, pareto, Weibull,
    von Mises (circular)
"""

from __future__ import division
import _random
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin

__all__ = ["Random", "seed", "random", "uniform", "randint", "choice", "sample",
           "randrange", "shuffle", "normalvariate", "lognormvariate",
           "expovariate", "vonmisesvariate", "gammavariate", "triangular",
           "gauss", "betavariate", "paretovariate", "weibullvariate",
           "getstate", "setstate", "jumpahead", "WichmannHill", "getrandbits",
           "SystemRandom"]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53        # bits in a float's mantissa
RECIP_BPF = 2 ** -BPF

_BuiltinMethod = type([].append)


class _Probe(object):
    def method(self):
        pass
_Method = type(_Probe().method)
del _Probe


def _urandom(n):
    import os
    return os.urandom(n)


def _bytes_to_long(s):
    """The big-endian unsigned value of the byte string s."""
    value = 0L
    for ch in s:
        value = (value << 8) | ord(ch)
    return value


def _fresh_seed(nbytes):
    """A seed from the system's entropy, else from the time."""
    try:
        return _bytes_to_long(_urandom(nbytes))
    except (ImportError, NotImplementedError, AttributeError):
        import time
        return long(time.time() * 256)


class Random(_random.Random):
    """Random number generator base class used by the module-level functions.

    Subclass it and override random(), seed(), getstate(), setstate() and
    jumpahead() to use another basic generator; getrandbits() lets randrange()
    cover arbitrarily large ranges.
    """

    VERSION = 3     # of the state getstate() returns

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None):
        """Initialize the internal state from a hashable object (None: the
        system's entropy, or the time)."""
        if a is None:
            a = _fresh_seed(2500)
        super(Random, self).seed(a)
        self.gauss_next = None

    def getstate(self):
        """Return the internal state; setstate() restores it."""
        return self.VERSION, super(Random, self).getstate(), self.gauss_next

    def setstate(self, state):
        """Restore the internal state from an object getstate() returned."""
        version = state[0]
        if version == 3:
            version, internal, self.gauss_next = state
        elif version == 2:
            version, internal, self.gauss_next = state
            # version 2 states may hold signed words
            try:
                internal = tuple([long(w) % (2 ** 32) for w in internal])
            except ValueError, e:
                raise TypeError, e
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))
        super(Random, self).setstate(internal)

    def jumpahead(self, n):
        """Change the internal state to one likely far away from the current
        one, mixing n and the state through SHA-512."""
        import hashlib
        text = repr(n) + repr(self.getstate())
        n = int(hashlib.new('sha512', text).hexdigest(), 16)
        super(Random, self).jumpahead(n)

    # pickling
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # ---- integers ----

    def randrange(self, start, stop=None, step=1, _int=int, _maxwidth=1L << BPF):
        """Choose a random item from range(start, stop[, step])."""
        istart = _int(start)
        if istart != start:
            raise ValueError, "non-integer arg 1 for randrange()"
        if stop is None:
            if istart <= 0:
                raise ValueError, "empty range for randrange()"
            if istart >= _maxwidth:
                return self._randbelow(istart)
            return _int(self.random() * istart)
        istop = _int(stop)
        if istop != stop:
            raise ValueError, "non-integer stop for randrange()"
        width = istop - istart
        if step == 1:
            if width <= 0:
                raise ValueError, "empty range for randrange() (%d,%d, %d)" % (istart, istop, width)
            if width >= _maxwidth:
                return _int(istart + self._randbelow(width))
            return _int(istart + _int(self.random() * width))
        istep = _int(step)
        if istep != step:
            raise ValueError, "non-integer step for randrange()"
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError, "zero step for randrange()"
        if n <= 0:
            raise ValueError, "empty range for randrange()"
        if n >= _maxwidth:
            return istart + istep * self._randbelow(n)
        return istart + istep * _int(self.random() * n)

    def randint(self, a, b):
        """A random integer in [a, b], both ends included."""
        return self.randrange(a, b + 1)

    def _randbelow(self, n, _log=_log, _int=int, _maxwidth=1L << BPF):
        """A random integer in [0, n), for n of any size."""
        getrandbits = getattr(self, 'getrandbits', None)
        # getrandbits serves when random() is the builtin one, or when a
        # subclass supplies its own getrandbits
        if getrandbits is not None and (type(self.random) is _BuiltinMethod or
                                        type(getrandbits) is _Method):
            k = _int(1.00001 + _log(n - 1, 2.0))   # 2**k > n-1 > 2**(k-2)
            r = getrandbits(k)
            while r >= n:
                r = getrandbits(k)
            return r
        if n >= _maxwidth:
            import warnings
            warnings.warn("Underlying random() generator does not supply \n"
                          "enough bits to choose from a population range this large")
        return _int(self.random() * n)

    # ---- sequences ----

    def choice(self, seq):
        """A random element of a non-empty sequence."""
        return seq[int(self.random() * len(seq))]

    def shuffle(self, x, random=None):
        """Shuffle the list x in place; random, if given, is a function
        returning floats in [0, 1)."""
        if random is None:
            random = self.random
        for i in xrange(len(x) - 1, 0, -1):
            j = int(random() * (i + 1))
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k):
        """A list of k unique elements chosen from the population sequence or
        set, without replacement."""
        n = len(population)
        if not 0 <= k <= n:
            raise ValueError("sample larger than population")
        random = self.random
        result = [None] * k
        # a set of chosen indices for large populations, a shrinking pool of
        # candidates otherwise (the same sizes as CPython picks)
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize or hasattr(population, "keys"):
            pool = list(population)
            for i in xrange(k):
                j = int(random() * (n - i))
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
            return result
        try:
            chosen = set()
            for i in xrange(k):
                j = int(random() * n)
                while j in chosen:
                    j = int(random() * n)
                chosen.add(j)
                result[i] = population[j]
        except (TypeError, KeyError):
            if isinstance(population, list):
                raise
            return self.sample(tuple(population), k)
        return result

    # ---- real-valued distributions ----

    def uniform(self, a, b):
        "Get a random number in the range [a, b) or [a, b] depending on rounding."
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution between low and high with the given mode
        (default: the midpoint)."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * (u * c) ** 0.5

    def normalvariate(self, mu, sigma):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution: its log is normal with mean mu and
        standard deviation sigma."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (1.0 / the mean)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution: mean angle mu, concentration kappa."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            z = _cos(_pi * random())
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if random() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution (not the gamma function): alpha > 0, beta > 0."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError, 'gammavariate: alpha and beta must be > 0.0'
        random = self.random
        if alpha > 1.0:
            # Cheng's rejection method (1977)
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < .9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            # the exponential distribution
            u = random()
            while u <= 1e-7:
                u = random()
            return -_log(u) * beta
        # 0 < alpha < 1: Ahrens and Dieter's method GS
        while True:
            u = random()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta

    def gauss(self, mu, sigma):
        """Gaussian distribution (Box-Muller; each call pair shares two
        uniforms).  Not thread-safe: normalvariate() is."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            random = self.random
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def betavariate(self, alpha, beta):
        """Beta distribution, alpha > 0 and beta > 0; values in [0, 1]."""
        y = self.gammavariate(alpha, 1.)
        if y == 0:
            return 0.0
        return y / (y + self.gammavariate(beta, 1.))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        u = 1.0 - self.random()
        return 1.0 / pow(u, 1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution: scale alpha, shape beta."""
        u = 1.0 - self.random()
        return alpha * pow(-_log(u), 1.0 / beta)


class WichmannHill(Random):
    """The Wichmann-Hill generator (period about 6.95e12) of earlier Pythons."""

    VERSION = 1

    def seed(self, a=None):
        """Initialize from a hashable object (None: entropy or the time)."""
        if a is None:
            a = _fresh_seed(16)
        if not isinstance(a, (int, long)):
            a = hash(a)
        a, x = divmod(a, 30268)
        a, y = divmod(a, 30306)
        a, z = divmod(a, 30322)
        self._seed = int(x) + 1, int(y) + 1, int(z) + 1
        self.gauss_next = None

    def random(self):
        """The next float in [0, 1)."""
        x, y, z = self._seed
        x = (171 * x) % 30269
        y = (172 * y) % 30307
        z = (170 * z) % 30323
        self._seed = x, y, z
        return (x / 30269.0 + y / 30307.0 + z / 30323.0) % 1.0

    def getstate(self):
        return self.VERSION, self._seed, self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version != 1:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))
        version, self._seed, self.gauss_next = state

    def jumpahead(self, n):
        """Act as if n calls to random() were made, in O(log n) time."""
        if not n >= 0:
            raise ValueError("n must be >= 0")
        x, y, z = self._seed
        x = int(x * pow(171, n, 30269)) % 30269
        y = int(y * pow(172, n, 30307)) % 30307
        z = int(z * pow(170, n, 30323)) % 30323
        self._seed = x, y, z

    def __whseed(self, x=0, y=0, z=0):
        if not type(x) == type(y) == type(z) == int:
            raise TypeError('seeds must be integers')
        if not (0 <= x < 256 and 0 <= y < 256 and 0 <= z < 256):
            raise ValueError('seeds must be in range(0, 256)')
        if 0 == x == y == z:
            import time
            t = long(time.time() * 256)
            t = int((t & 0xffffff) ^ (t >> 24))
            t, x = divmod(t, 256)
            t, y = divmod(t, 256)
            t, z = divmod(t, 256)
        self._seed = (x or 1, y or 1, z or 1)
        self.gauss_next = None

    def whseed(self, a=None):
        """Seed as Python 2.1's whrandom did (a poor use of the hash)."""
        if a is None:
            self.__whseed()
            return
        a = hash(a)
        a, x = divmod(a, 256)
        a, y = divmod(a, 256)
        a, z = divmod(a, 256)
        x = (x + a) % 256 or 1
        y = (y + a) % 256 or 1
        z = (z + a) % 256 or 1
        self.__whseed(x, y, z)


class SystemRandom(Random):
    """Random numbers from the operating system (os.urandom); no state, not
    reproducible."""

    def random(self):
        """The next float in [0, 1)."""
        return (_bytes_to_long(_urandom(7)) >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """A long int with k random bits."""
        if k <= 0:
            raise ValueError('number of bits must be greater than zero')
        if k != int(k):
            raise TypeError('number of bits should be an integer')
        nbytes = (k + 7) // 8
        return _bytes_to_long(_urandom(nbytes)) >> (nbytes * 8 - k)

    def _stub(self, *args, **kwds):
        "Stub method.  Not used for a system random number generator."
        return None
    seed = jumpahead = _stub

    def _notimplemented(self, *args, **kwds):
        "Method should not be called for a system random number generator."
        raise NotImplementedError('System entropy source does not have state.')
    getstate = setstate = _notimplemented


# The module-level functions share one hidden instance.
_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
jumpahead = _inst.jumpahead
getrandbits = _inst.getrandbits
