"""repr() with limits on the size of the result (the 2.7 repr module).

Repr instances have the limits maxlevel, maxtuple, maxlist, maxarray,
maxdict, maxset, maxfrozenset, maxdeque, maxstring, maxlong and maxother;
repr() is aRepr.repr for a shared default instance.  Subclasses add
repr_<typename> methods to handle more types.
"""
# Taipan's own implementation of the 2.7 repr module.

__all__ = ["Repr", "repr"]

import __builtin__
from itertools import islice


def _shorten(s, limit):
    """s with its middle replaced by '...' so that it is limit characters long."""
    if len(s) > limit:
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        s = s[:head] + '...' + s[len(s) - tail:]
    return s


def _possibly_sorted(x):
    # sorting may fail for unorderable items; then keep iteration order
    try:
        return sorted(x)
    except Exception:
        return list(x)


class Repr:
    """Computes size-limited representations; see the module doc."""

    def __init__(self):
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 20

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        typename = '_'.join(type(x).__name__.split())
        method = getattr(self, 'repr_' + typename, None)
        if method is not None:
            return method(x, level)
        return _shorten(__builtin__.repr(x), self.maxother)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        n = len(x)
        if level <= 0 and n:
            inner = '...'
        else:
            pieces = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
            if n > maxiter:
                pieces.append('...')
            inner = ', '.join(pieces)
            if n == 1 and trail:
                right = trail + right
        return '%s%s%s' % (left, inner, right)

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        header = "array('%s', [" % x.typecode
        return self._repr_iterable(x, level, header, '])', self.maxarray)

    def repr_set(self, x, level):
        return self._repr_iterable(_possibly_sorted(x), level, 'set([', '])',
                                   self.maxset)

    def repr_frozenset(self, x, level):
        return self._repr_iterable(_possibly_sorted(x), level, 'frozenset([',
                                   '])', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{...}'
        pieces = []
        for key in islice(_possibly_sorted(x), self.maxdict):
            pieces.append('%s: %s' % (self.repr1(key, level - 1),
                                      self.repr1(x[key], level - 1)))
        if n > self.maxdict:
            pieces.append('...')
        return '{%s}' % (', '.join(pieces),)

    def repr_str(self, x, level):
        s = __builtin__.repr(x[:self.maxstring])
        if len(s) > self.maxstring:
            head = max(0, (self.maxstring - 3) // 2)
            tail = max(0, self.maxstring - 3 - head)
            s = __builtin__.repr(x[:head] + x[len(x) - tail:])
            s = s[:head] + '...' + s[len(s) - tail:]
        return s

    def repr_long(self, x, level):
        return _shorten(__builtin__.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            s = __builtin__.repr(x)
        except Exception:
            return '<%s instance at %x>' % (x.__class__.__name__, id(x))
        return _shorten(s, self.maxstring)


aRepr = Repr()
repr = aRepr.repr
