"""Decimal fixed and floating point arithmetic.

An implementation of the General Decimal Arithmetic Specification
(IEEE 754-2008 decimal arithmetic) with the Python 2.7 decimal API:
Decimal numbers, Contexts (precision, rounding, exponent limits, flags and
traps) and the signals raised by exceptional conditions.

A Decimal is stored as a sign (0 or 1), an integer coefficient and an
exponent; the special values keep their kind in the exponent slot ('F' for
infinity, 'n' for a quiet NaN, 'N' for a signaling NaN), with the NaN's
diagnostic payload in the coefficient.
"""

__all__ = [
    # Two major classes
    'Decimal', 'Context',

    # Contexts
    'DefaultContext', 'BasicContext', 'ExtendedContext',

    # Exceptions
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',

    # Constants for use in setting up contexts
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',

    # Functions for manipulating contexts
    'setcontext', 'getcontext', 'localcontext'
]

__version__ = '1.70'

import numbers as _numbers
import re as _re

try:
    from collections import namedtuple as _namedtuple
    DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent')
except ImportError:
    DecimalTuple = lambda *args: args

# Rounding modes
ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
              ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


# ---------------------------------------------------------------------------
# Signals.  Each condition of the specification is an exception class; its
# handle() method gives the result returned when the signal is not trapped.

class DecimalException(ArithmeticError):
    """Base exception class of the decimal signals.

    handle(context, *args) returns the default result of the operation
    when the signal is not trapped.
    """
    def handle(self, context, *args):
        pass


class Clamped(DecimalException):
    """The exponent of a result was altered to fit the context's limits."""


class InvalidOperation(DecimalException):
    """An invalid operation was performed; the result is a quiet NaN."""
    def handle(self, context, *args):
        if args:
            # Propagate the payload of a signaling NaN operand.
            ans = _dec(args[0]._sign, args[0]._int, 'n')
            return ans._fix_nan(context)
        return _NaN


class ConversionSyntax(InvalidOperation):
    """A string could not be converted to a Decimal."""
    def handle(self, context, *args):
        return _NaN


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A nonzero finite number was divided by zero."""
    def handle(self, context, sign, *args):
        return _SignedInfinity[sign]


class DivisionImpossible(InvalidOperation):
    """An integer division's quotient has too many digits."""
    def handle(self, context, *args):
        return _NaN


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""
    def handle(self, context, *args):
        return _NaN


class Inexact(DecimalException):
    """A result was rounded and nonzero digits were discarded."""


class InvalidContext(InvalidOperation):
    """The context was invalid for the operation."""
    def handle(self, context, *args):
        return _NaN


class Rounded(DecimalException):
    """A result was rounded (digits, maybe zeros, were discarded)."""


class Subnormal(DecimalException):
    """A result's adjusted exponent is below Emin."""


class Overflow(Inexact, Rounded):
    """A result's exponent is too large for the context.

    The result is an infinity or the largest finite number, depending on
    the rounding mode and the sign.
    """
    def handle(self, context, sign, *args):
        if context.rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN,
                                ROUND_HALF_DOWN, ROUND_UP):
            return _SignedInfinity[sign]
        if sign == 0:
            if context.rounding == ROUND_CEILING:
                return _SignedInfinity[sign]
        else:
            if context.rounding == ROUND_FLOOR:
                return _SignedInfinity[sign]
        return _dec(sign, 10 ** context.prec - 1,
                    context.Emax - context.prec + 1)


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded and became inexact."""


# The signals that have flags and traps in a context.
_signals = [Clamped, DivisionByZero, Inexact, Overflow, Rounded,
            Underflow, InvalidOperation, Subnormal]

# The order in which a Context's repr lists flags and traps.
_repr_order = [Clamped, InvalidOperation, Inexact, DivisionByZero,
               Underflow, Overflow, Subnormal, Rounded]

# Conditions that are not signals themselves map to the signal they raise.
_condition_map = {ConversionSyntax: InvalidOperation,
                  DivisionImpossible: InvalidOperation,
                  DivisionUndefined: InvalidOperation,
                  InvalidContext: InvalidOperation}


# ---------------------------------------------------------------------------
# The current context: one per thread when threads exist.

try:
    import threading as _threading
    _local = _threading.local()
except ImportError:
    _threading = None

    class _Holder(object):
        pass
    _local = _Holder()


def getcontext():
    """Returns this thread's context.

    A new context, a copy of DefaultContext, is made on first use.
    """
    try:
        return _local.decimal_context
    except AttributeError:
        context = Context()
        _local.decimal_context = context
        return context


def setcontext(context):
    """Set this thread's context to context."""
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _local.decimal_context = context


def localcontext(ctx=None):
    """A context manager for a copy of ctx (or of the current context).

    The copy is the current context inside the with statement; the previous
    context is restored on exit.
    """
    if ctx is None:
        ctx = getcontext()
    return _ContextManager(ctx)


class _ContextManager(object):
    """Sets a copy of a context as the current one for a with statement."""
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


# ---------------------------------------------------------------------------
# Integer helpers.

# Powers of ten, computed once: 10 ** k is costly for long results.
_TEN = [10 ** _k for _k in range(420)]
del _k


def _pow10(k):
    """10 ** k for k >= 0."""
    if k < 420:
        return _TEN[k]
    return 10 ** k


def _nd(c):
    """Number of decimal digits of the non-negative integer c (0 has 1)."""
    if c < 10:
        return 1
    # floor(bits * log10(2)) is the digit count or one less (the constant
    # is slightly below log10(2), so one more may be needed for long c).
    n = (c.bit_length() * 1233) >> 12
    if n < 418:
        if c >= _TEN[n]:
            n += 1
            if c >= _TEN[n]:
                n += 1
        return n
    return len(str(c))


def _isqrt(n):
    """Floor of the square root of the non-negative integer n."""
    if n < 0:
        raise ValueError('negative')
    if n < 4503599627370496:
        if n == 0:
            return 0
        x = int(n ** 0.5) + 1
    else:
        shift = (n.bit_length() - 100) & ~1
        if shift < 0:
            shift = 0
        x = (int((n >> shift) ** 0.5) + 2) << (shift >> 1)
    while True:
        y = (x + n // x) >> 1
        if y >= x:
            break
        x = y
    while x * x > n:
        x -= 1
    return x


def _iroot(n, k):
    """Floor of the k-th root of the non-negative integer n."""
    if n < 2 or k == 1:
        return n
    b = n.bit_length()
    if k >= b:
        return 1
    x = 1 << (b // k + 1)
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            break
        x = y
    while x ** k > n:
        x -= 1
    return x


def _strip_zeros(c, limit):
    """Removes up to limit trailing zeros of c: returns (c', removed)."""
    if c == 0 or limit <= 0 or c % 10:
        return c, 0
    n = 0
    while n + 8 <= limit and c % 100000000 == 0:
        c //= 100000000
        n += 8
    while n < limit and c % 10 == 0:
        c //= 10
        n += 1
    return c, n


def _round_increment(rounding, sign, q, r, k):
    """Whether the kept coefficient q must go up by one.

    r is the discarded part, k the number of discarded digits (r < 10**k).
    """
    if r == 0:
        return False
    if rounding == ROUND_HALF_EVEN:
        half = 5 * _pow10(k - 1)
        return r > half or (r == half and q & 1 == 1)
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_HALF_UP:
        return r >= 5 * _pow10(k - 1)
    if rounding == ROUND_HALF_DOWN:
        return r > 5 * _pow10(k - 1)
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    if rounding == ROUND_05UP:
        return q % 5 == 0
    raise ValueError('unknown rounding %r' % (rounding,))


def _drop_digits(c, nd, k, rounding, sign):
    """Rounds the nd-digit coefficient c by dropping its last k >= 1 digits.

    Returns (new coefficient, inexact); the coefficient may gain a digit.
    """
    if k > nd + 1:
        # Every digit goes, and they are below half a unit of the kept
        # place: the same as a single nonzero digit below it.
        q, r, k = 0, (1 if c else 0), 1
    else:
        q, r = divmod(c, _pow10(k))
    if _round_increment(rounding, sign, q, r, k):
        q += 1
    return q, r != 0


# ---------------------------------------------------------------------------
# Construction.

_parser = _re.compile(r"""
    \A
    (?P<sign>[-+])?
    (?:
        (?P<int>\d*)
        (?:\.(?P<frac>\d*))?
        (?:E(?P<exp>[-+]?\d+))?
      |
        (?P<inf>Inf(?:inity)?)
      |
        (?P<signal>s)?NaN(?P<diag>\d*)
    )
    \Z
""", _re.VERBOSE | _re.IGNORECASE)


def _unicode_to_ascii(text):
    """text with every Unicode decimal digit replaced by its ASCII digit;
    any other non-ASCII character becomes '?' (invalid in a number)."""
    chars = []
    for ch in text:
        if ch < u'\x80':
            chars.append(str(ch))
        elif ch.isdecimal():
            chars.append(str(int(ch)))
        else:
            chars.append('?')
    return ''.join(chars)


def _parse_plain(t):
    """(sign, coefficient, exponent) of a finite number written in plain
    ASCII (digits, '.', exponent), or None for anything else."""
    sign = 0
    if t[:1] in ('-', '+') and t:
        sign = 1 if t[0] == '-' else 0
        t = t[1:]
    mant, sep, ex = t.partition('e')
    if not sep:
        mant, sep, ex = t.partition('E')
    intpart, dot, frac = mant.partition('.')
    digits = intpart + frac
    if not digits.isdigit():
        return None
    exp = 0
    if sep:
        body = ex[1:] if ex[:1] in ('-', '+') else ex
        if not body.isdigit():
            return None
        exp = int(ex)
    return sign, int(digits), exp - len(frac)


def _dec(sign, coeff, exp):
    """A Decimal from its parts, without checks or rounding."""
    self = object.__new__(Decimal)
    self._sign = sign
    self._int = coeff
    self._exp = exp
    self._is_special = exp.__class__ is str
    return self


def _plain(d):
    """d itself when it is an exact Decimal (they are immutable), else a
    Decimal copy of it."""
    if d.__class__ is Decimal:
        return d
    return _dec(d._sign, d._int, d._exp)


def _set_parts(self, sign, coeff, exp):
    self._sign = sign
    self._int = coeff
    self._exp = exp
    self._is_special = exp.__class__ is str
    return self


def _convert_other(other, raiseit=False, allow_float=False):
    """other as a Decimal, or NotImplemented (TypeError if raiseit)."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, (int, long)):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        return Decimal.from_float(other)
    if raiseit:
        raise TypeError("Unable to convert %s to Decimal" % other)
    return NotImplemented


# ---------------------------------------------------------------------------
# Decimal

class Decimal(object):
    """Floating point class for decimal arithmetic."""

    __slots__ = ('_exp', '_int', '_sign', '_is_special')

    def __new__(cls, value="0", context=None):
        """Create a decimal point instance.

        >>> Decimal('3.14')              # string input
        Decimal('3.14')
        >>> Decimal((0, (3, 1, 4), -2))  # tuple (sign, digit_tuple, exponent)
        Decimal('3.14')
        >>> Decimal(314)                 # int or long
        Decimal('314')
        >>> Decimal(Decimal(314))        # another decimal instance
        Decimal('314')
        >>> Decimal('  3.14  \\n')        # leading and trailing whitespace okay
        Decimal('3.14')
        """
        self = object.__new__(cls)

        if isinstance(value, basestring):
            text = value.strip()
            if isinstance(text, unicode):
                text = _unicode_to_ascii(text)
            parts = _parse_plain(text)
            if parts is not None:
                return _set_parts(self, parts[0], parts[1], parts[2])
            m = _parser.match(text)
            if m is None or (m.group('inf') is None and
                             m.group('diag') is None and
                             not m.group('int') and not m.group('frac')):
                if context is None:
                    context = getcontext()
                return context._raise_error(
                    ConversionSyntax, "Invalid literal for Decimal: %r" % value)
            sign = 1 if m.group('sign') == '-' else 0
            if m.group('inf') is not None:
                return _set_parts(self, sign, 0, 'F')
            diag = m.group('diag')
            if diag is not None:
                payload = int(diag) if diag else 0
                return _set_parts(self, sign, payload,
                                  'N' if m.group('signal') else 'n')
            intpart = m.group('int') or ''
            fracpart = m.group('frac') or ''
            exp = int(m.group('exp') or '0') - len(fracpart)
            return _set_parts(self, sign, int(intpart + fracpart), exp)

        if isinstance(value, (int, long)):
            if value >= 0:
                return _set_parts(self, 0, int(value), 0)
            return _set_parts(self, 1, -int(value), 0)

        if isinstance(value, Decimal):
            return _set_parts(self, value._sign, value._int, value._exp)

        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('Invalid tuple size in creation of Decimal '
                                 'from list or tuple.  The list or tuple '
                                 'should have exactly three elements.')
            if not (isinstance(value[0], (int, long)) and value[0] in (0, 1)):
                raise ValueError("Invalid sign.  The first value in the tuple "
                                 "should be an integer; either 0 for a "
                                 "positive number or 1 for a negative number.")
            if value[2] == 'F':
                return _set_parts(self, value[0], 0, 'F')
            coeff = 0
            for digit in value[1]:
                if isinstance(digit, (int, long)) and 0 <= digit <= 9:
                    coeff = coeff * 10 + digit
                else:
                    raise ValueError("The second value in the tuple must "
                                     "be composed of integers in the range "
                                     "0 through 9.")
            if value[2] in ('n', 'N'):
                return _set_parts(self, value[0], coeff, value[2])
            if isinstance(value[2], (int, long)):
                return _set_parts(self, value[0], coeff, value[2])
            raise ValueError("The third value in the tuple must "
                             "be an integer, or one of the "
                             "strings 'F', 'n', 'N'.")

        if isinstance(value, float):
            value = Decimal.from_float(value)
            return _set_parts(self, value._sign, value._int, value._exp)

        raise TypeError("Cannot convert %r to Decimal" % value)

    @classmethod
    def from_float(cls, f):
        """Converts a float to a decimal number, exactly.

        >>> Decimal.from_float(0.1)
        Decimal('0.1000000000000000055511151231257827021181583404541015625')
        """
        if isinstance(f, (int, long)):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("a float is required")
        if f != f:
            return cls('NaN')
        if f - f != 0:
            return cls('-Infinity' if f < 0 else 'Infinity')
        sign = 1 if repr(f)[0] == '-' else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        # n / 2**k == n * 5**k / 10**k
        result = _dec(sign, n * 5 ** k, -k)
        if cls is Decimal:
            return result
        return cls(result)

    # --- predicates and small helpers --------------------------------------

    def _isnan(self):
        """0 for a number, 1 for a quiet NaN, 2 for a signaling NaN."""
        if self._is_special:
            exp = self._exp
            if exp == 'n':
                return 1
            if exp == 'N':
                return 2
        return 0

    def _isinfinity(self):
        """0 if finite or NaN, 1 for +Infinity, -1 for -Infinity."""
        if self._exp == 'F':
            return -1 if self._sign else 1
        return 0

    def _isinteger(self):
        """Whether self is a finite integer."""
        if self._is_special:
            return False
        if self._exp >= 0:
            return True
        return self._int % _pow10(-self._exp) == 0

    def _iseven(self):
        """Whether self (a finite integer) is even."""
        if not self._int or self._exp > 0:
            return True
        return (self._int // _pow10(-self._exp)) % 2 == 0

    def _ndigits(self):
        return _nd(self._int)

    def adjusted(self):
        """The exponent of the most significant digit (0 for special values)."""
        if self._is_special:
            return 0
        return self._exp + _nd(self._int) - 1

    def _check_nans(self, other=None, context=None):
        """Result of an operation with NaN operands, or 0 if there are none.

        A signaling NaN signals InvalidOperation; otherwise the first quiet
        NaN is returned (with its payload fitted to the context).
        """
        self_is_nan = self._isnan()
        if other is None:
            other_is_nan = 0
        else:
            other_is_nan = other._isnan()
        if self_is_nan or other_is_nan:
            if context is None:
                context = getcontext()
            if self_is_nan == 2:
                return context._raise_error(InvalidOperation, 'sNaN', self)
            if other_is_nan == 2:
                return context._raise_error(InvalidOperation, 'sNaN', other)
            if self_is_nan:
                return self._fix_nan(context)
            return other._fix_nan(context)
        return 0

    def _compare_check_nans(self, other, context):
        """For ordering comparisons: any NaN signals InvalidOperation."""
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            if self.is_snan():
                return context._raise_error(
                    InvalidOperation, 'comparison involving sNaN', self)
            if other.is_snan():
                return context._raise_error(
                    InvalidOperation, 'comparison involving sNaN', other)
            if self.is_qnan():
                return context._raise_error(
                    InvalidOperation, 'comparison involving NaN', self)
            if other.is_qnan():
                return context._raise_error(
                    InvalidOperation, 'comparison involving NaN', other)
        return 0

    def __nonzero__(self):
        """False for zeros, True for everything else (NaNs included)."""
        return self._is_special or self._int != 0

    def _cmp(self, other):
        """-1, 0 or 1 as self is below, equal to or above other (no NaNs)."""
        if self._is_special or other._is_special:
            a = self._isinfinity()
            b = other._isinfinity()
            if a == b:
                return 0
            return -1 if a < b else 1

        if not self._int:
            if not other._int:
                return 0
            return -((-1) ** other._sign)
        if not other._int:
            return (-1) ** self._sign
        if other._sign < self._sign:
            return -1
        if self._sign < other._sign:
            return 1

        self_adjusted = self.adjusted()
        other_adjusted = other.adjusted()
        if self_adjusted == other_adjusted:
            a, b = self._int, other._int
            if self._exp > other._exp:
                a *= _pow10(self._exp - other._exp)
            elif other._exp > self._exp:
                b *= _pow10(other._exp - self._exp)
            if a == b:
                return 0
            c = -1 if a < b else 1
        else:
            c = -1 if self_adjusted < other_adjusted else 1
        return -c if self._sign else c

    # Comparisons: == and != never signal, ordering signals on NaNs.  Floats
    # compare exactly; other types are not comparable.

    def __eq__(self, other, context=None):
        other = _convert_other(other, allow_float=True)
        if other is NotImplemented:
            return other
        if self._is_special or other._is_special:
            # A signaling NaN signals even here; NaNs equal nothing.
            if self._check_nans(other, context):
                return False
        return self._cmp(other) == 0

    def __ne__(self, other, context=None):
        other = _convert_other(other, allow_float=True)
        if other is NotImplemented:
            return other
        if self._is_special or other._is_special:
            if self._check_nans(other, context):
                return True
        return self._cmp(other) != 0

    def __lt__(self, other, context=None):
        other = _convert_other(other, allow_float=True)
        if other is NotImplemented:
            return other
        if (self._is_special or other._is_special) and \
                self._compare_check_nans(other, context):
            return False
        return self._cmp(other) < 0

    def __le__(self, other, context=None):
        other = _convert_other(other, allow_float=True)
        if other is NotImplemented:
            return other
        if (self._is_special or other._is_special) and \
                self._compare_check_nans(other, context):
            return False
        return self._cmp(other) <= 0

    def __gt__(self, other, context=None):
        other = _convert_other(other, allow_float=True)
        if other is NotImplemented:
            return other
        if (self._is_special or other._is_special) and \
                self._compare_check_nans(other, context):
            return False
        return self._cmp(other) > 0

    def __ge__(self, other, context=None):
        other = _convert_other(other, allow_float=True)
        if other is NotImplemented:
            return other
        if (self._is_special or other._is_special) and \
                self._compare_check_nans(other, context):
            return False
        return self._cmp(other) >= 0

    def compare(self, other, context=None):
        """Compares self to other: Decimal -1, 0 or 1, or NaN.

        A quiet NaN operand gives NaN; a signaling one InvalidOperation.
        """
        other = _convert_other(other, raiseit=True)
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
        return Decimal(self._cmp(other))

    def __hash__(self):
        """x.__hash__() <==> hash(x)

        Equal numbers hash alike, whatever their type: a Decimal equal to an
        int or a float has that number's hash.
        """
        if self._is_special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value.')
            if self.is_nan():
                return 0
            return -271828 if self._sign else 314159
        if self._isinteger():
            # Integers hash like the int (an integral float hashes so too);
            # hash(n) depends only on the sign and n modulo 2**64-1, which
            # keeps huge exponents cheap.
            if self._exp >= 0:
                n = self._int * pow(10, self._exp, 2 ** 64 - 1)
            else:
                n = self._int // _pow10(-self._exp)
            return hash(-n if self._sign else n)
        # A value that a float holds exactly hashes like that float:
        # c / 10**m == n / d exactly when c * d == n * 10**m.
        self_as_float = float(self)
        if self_as_float - self_as_float == 0:
            n, d = abs(self_as_float).as_integer_ratio()
            if self._int * d == n * _pow10(-self._exp):
                return hash(self_as_float)
        c, z = _strip_zeros(self._int, _nd(self._int))
        return hash((self._sign, self._exp + _nd(self._int), str(c)))

    def as_tuple(self):
        """The number as a tuple (sign, digit tuple, exponent)."""
        if self._exp == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        if self._is_special and not self._int:
            return DecimalTuple(self._sign, (), self._exp)
        return DecimalTuple(self._sign, tuple(map(int, str(self._int))),
                            self._exp)

    def __repr__(self):
        """Represents the number as an instance of Decimal."""
        return "Decimal('%s')" % str(self)

    def __str__(self, eng=False, context=None):
        """The number as a string, in scientific notation when needed."""
        sign = '-' if self._sign else ''
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            payload = str(self._int) if self._int else ''
            if self._exp == 'n':
                return sign + 'NaN' + payload
            return sign + 'sNaN' + payload

        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            # No exponent needed.
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            # Engineering notation, zero: exponent a multiple of 3, as few
            # zeros after the point as possible.
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1

        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            if context is None:
                context = getcontext()
            exp = ['e', 'E'][context.capitals] + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        """The number as a string, in engineering notation when needed.

        The exponent, if any, is a multiple of 3.
        """
        return self.__str__(eng=True, context=context)

    # --- sign operations --------------------------------------------------

    def __neg__(self, context=None):
        """-self, rounded to the context."""
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if context is None:
            context = getcontext()
        if not self._int and context.rounding != ROUND_FLOOR and \
                not self._is_special:
            # -0 is +0 except when rounding towards -Infinity.
            ans = self.copy_abs()
        else:
            ans = self.copy_negate()
        return ans._fix(context)

    def __pos__(self, context=None):
        """+self, rounded to the context."""
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if context is None:
            context = getcontext()
        if not self._int and context.rounding != ROUND_FLOOR and \
                not self._is_special:
            ans = self.copy_abs()
        else:
            ans = Decimal(self)
        return ans._fix(context)

    def __abs__(self, round=True, context=None):
        """abs(self), rounded to the context unless round is False."""
        if not round:
            return self.copy_abs()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if self._sign:
            return self.__neg__(context=context)
        return self.__pos__(context=context)

    def copy_abs(self):
        """A copy with the sign set to 0."""
        return _dec(0, self._int, self._exp)

    def copy_negate(self):
        """A copy with the sign inverted."""
        return _dec(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other):
        """A copy of self with the sign of other."""
        other = _convert_other(other, raiseit=True)
        return _dec(other._sign, self._int, self._exp)

    # --- fitting a result to a context ------------------------------------

    def _fix_nan(self, context):
        """A NaN with its payload dropped when too long for the context."""
        max_len = context.prec - context._clamp
        if self._int and _nd(self._int) > max_len:
            # Keep the payload's last max_len digits.
            return _dec(self._sign, self._int % _pow10(max_len), self._exp)
        return Decimal(self)

    def _fix(self, context):
        """Rounds self to the context's precision and exponent limits.

        Signals Clamped, Subnormal, Underflow, Overflow, Inexact and Rounded
        as the specification requires.
        """
        if self._is_special:
            if self._exp != 'F':
                return self._fix_nan(context)
            return _plain(self)

        prec = context.prec
        Emin = context.Emin
        Emax = context.Emax
        Etiny = Emin - prec + 1
        Etop = Emax - prec + 1
        c = self._int
        exp = self._exp

        if not c:
            exp_max = Etop if context._clamp else Emax
            new_exp = min(max(exp, Etiny), exp_max)
            if new_exp != exp:
                context._raise_error(Clamped)
                return _dec(self._sign, 0, new_exp)
            return _plain(self)

        nd = _nd(c)
        exp_min = nd + exp - prec
        if exp_min > Etop:
            # Overflow: the number is too large even after rounding.
            ans = context._raise_error(Overflow, 'above Emax', self._sign)
            context._raise_error(Inexact)
            context._raise_error(Rounded)
            return ans

        is_subnormal = exp_min < Etiny
        if is_subnormal:
            exp_min = Etiny

        if exp < exp_min:
            c, inexact = _drop_digits(c, nd, exp_min - exp, context.rounding,
                                      self._sign)
            if _nd(c) > prec:
                # Rounding carried into a new digit (999 -> 1000).
                c //= 10
                exp_min += 1
            if exp_min > Etop:
                ans = context._raise_error(Overflow, 'above Emax', self._sign)
            else:
                ans = _dec(self._sign, c, exp_min)
            # Signals in the specification's order of precedence.
            if inexact and is_subnormal:
                context._raise_error(Underflow)
            if is_subnormal:
                context._raise_error(Subnormal)
            if inexact:
                context._raise_error(Inexact)
            context._raise_error(Rounded)
            if not ans:
                # Underflow to zero.
                context._raise_error(Clamped)
            return ans

        if is_subnormal:
            context._raise_error(Subnormal)

        if context._clamp == 1 and exp > Etop:
            # Fold-down: pad the coefficient so the exponent fits.
            context._raise_error(Clamped)
            return _dec(self._sign, c * _pow10(exp - Etop), Etop)

        return _plain(self)

    def _rescale(self, exp, rounding):
        """self with exponent exp, rounded by rounding; no flags, no limits."""
        if self._is_special:
            return Decimal(self)
        if not self._int:
            return _dec(self._sign, 0, exp)
        if self._exp >= exp:
            return _dec(self._sign, self._int * _pow10(self._exp - exp), exp)
        c, inexact = _drop_digits(self._int, _nd(self._int), exp - self._exp,
                                  rounding, self._sign)
        return _dec(self._sign, c, exp)

    def _round(self, places, rounding):
        """self rounded to places significant digits (places > 0)."""
        if places <= 0:
            raise ValueError("argument should be at least 1 in _round")
        if self._is_special or not self:
            return Decimal(self)
        ans = self._rescale(self.adjusted() + 1 - places, rounding)
        if ans.adjusted() != self.adjusted():
            ans = ans._rescale(ans.adjusted() + 1 - places, rounding)
        return ans

    # --- addition and subtraction -----------------------------------------

    def __add__(self, other, context=None):
        """self + other, rounded to the context."""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()

        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._exp == 'F':
                if other._exp == 'F' and self._sign != other._sign:
                    return context._raise_error(InvalidOperation, '-INF + INF')
                return Decimal(self)
            return Decimal(other)

        exp = min(self._exp, other._exp)
        negativezero = 1 if context.rounding == ROUND_FLOOR and \
            self._sign != other._sign else 0

        if not self._int and not other._int:
            sign = min(self._sign, other._sign)
            if negativezero:
                sign = 1
            return _dec(sign, 0, exp)._fix(context)
        if not self._int:
            exp = max(exp, other._exp - context.prec - 1)
            return other._rescale(exp, context.rounding)._fix(context)
        if not other._int:
            exp = max(exp, self._exp - context.prec - 1)
            return self._rescale(exp, context.rounding)._fix(context)

        # Align the coefficients.  When one operand is far below the
        # other's last digit that matters, it is replaced by a single digit
        # just below that place: it then only decides the rounding.
        a, b = self, other
        if a._exp < b._exp:
            a, b = b, a
        a_c, a_e = a._int, a._exp
        b_c, b_e = b._int, b._exp
        if a_e - b_e > 0:
            a_nd = _nd(a_c)
            limit = a_e + min(-1, a_nd - context.prec - 2)
            if _nd(b_c) + b_e - 1 < limit:
                b_c, b_e = 1, limit
            a_c *= _pow10(a_e - b_e)
        va = -a_c if a._sign else a_c
        vb = -b_c if b._sign else b_c
        total = va + vb
        if total == 0:
            return _dec(negativezero, 0, b_e)._fix(context)
        if total < 0:
            return _dec(1, -total, b_e)._fix(context)
        return _dec(0, total, b_e)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        """self - other, rounded to the context."""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context=context)
            if ans:
                return ans
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        """other - self, rounded to the context."""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    # --- multiplication and division --------------------------------------

    def __mul__(self, other, context=None):
        """self * other, rounded to the context."""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        resultsign = self._sign ^ other._sign

        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._exp == 'F':
                if not other:
                    return context._raise_error(InvalidOperation, '(+-)INF * 0')
                return _SignedInfinity[resultsign]
            if other._exp == 'F':
                if not self:
                    return context._raise_error(InvalidOperation, '0 * (+-)INF')
                return _SignedInfinity[resultsign]

        return _dec(resultsign, self._int * other._int,
                    self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        """self / other, rounded to the context."""
        other = _convert_other(other)
        if other is NotImplemented:
            return NotImplemented
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign

        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._exp == 'F' and other._exp == 'F':
                return context._raise_error(InvalidOperation,
                                            '(+-)INF/(+-)INF')
            if self._exp == 'F':
                return _SignedInfinity[sign]
            if other._exp == 'F':
                context._raise_error(Clamped, 'Division by infinity')
                return _dec(sign, 0, context.Etiny())

        if not other._int:
            if not self._int:
                return context._raise_error(DivisionUndefined, '0 / 0')
            return context._raise_error(DivisionByZero, 'x / 0', sign)

        if not self._int:
            exp = self._exp - other._exp
            coeff = 0
        else:
            # A quotient with prec+1 digits, its last digit made sticky
            # when the division is inexact; exact quotients go towards the
            # ideal exponent.
            prec = context.prec
            shift = _nd(other._int) - _nd(self._int) + prec + 1
            exp = self._exp - other._exp - shift
            if shift >= 0:
                coeff, remainder = divmod(self._int * _pow10(shift), other._int)
            else:
                coeff, remainder = divmod(self._int,
                                          other._int * 10 ** -shift)
            if remainder:
                if coeff % 5 == 0:
                    coeff += 1
            else:
                ideal_exp = self._exp - other._exp
                coeff, n = _strip_zeros(coeff, ideal_exp - exp)
                exp += n
        return _dec(sign, coeff, exp)._fix(context)

    __div__ = __truediv__

    def _divide(self, other, context):
        """(self // other, self % other) for finite operands, other != 0."""
        sign = self._sign ^ other._sign
        if other._exp == 'F':
            ideal_exp = self._exp
        else:
            ideal_exp = min(self._exp, other._exp)

        expdiff = self.adjusted() - other.adjusted()
        if not self._int or other._exp == 'F' or expdiff <= -2:
            return (_dec(sign, 0, 0),
                    self._rescale(ideal_exp, context.rounding))
        if expdiff <= context.prec:
            a, b = self._int, other._int
            if self._exp >= other._exp:
                a *= _pow10(self._exp - other._exp)
            else:
                b *= _pow10(other._exp - self._exp)
            q, r = divmod(a, b)
            if q < _pow10(context.prec):
                return (_dec(sign, q, 0), _dec(self._sign, r, ideal_exp))

        # The quotient has more digits than the precision.
        ans = context._raise_error(DivisionImpossible,
                                   'quotient too large in //, % or divmod')
        return ans, ans

    def __rtruediv__(self, other, context=None):
        """other / self"""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    __rdiv__ = __rtruediv__

    def __divmod__(self, other, context=None):
        """(self // other, self % other)"""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()

        ans = self._check_nans(other, context)
        if ans:
            return (ans, ans)

        sign = self._sign ^ other._sign
        if self._exp == 'F':
            if other._exp == 'F':
                ans = context._raise_error(InvalidOperation, 'divmod(INF, INF)')
                return ans, ans
            return (_SignedInfinity[sign],
                    context._raise_error(InvalidOperation, 'INF % x'))

        if not other:
            if not self:
                ans = context._raise_error(DivisionUndefined, 'divmod(0, 0)')
                return ans, ans
            return (context._raise_error(DivisionByZero, 'x // 0', sign),
                    context._raise_error(InvalidOperation, 'x % 0'))

        quotient, remainder = self._divide(other, context)
        remainder = remainder._fix(context)
        return quotient, remainder

    def __rdivmod__(self, other, context=None):
        """divmod(other, self)"""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __mod__(self, other, context=None):
        """self % other: the remainder of self // other, sign of self."""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()

        ans = self._check_nans(other, context)
        if ans:
            return ans

        if self._exp == 'F':
            return context._raise_error(InvalidOperation, 'INF % x')
        if not other:
            if self:
                return context._raise_error(InvalidOperation, 'x % 0')
            return context._raise_error(DivisionUndefined, '0 % 0')

        remainder = self._divide(other, context)[1]
        return remainder._fix(context)

    def __rmod__(self, other, context=None):
        """other % self"""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def remainder_near(self, other, context=None):
        """self - other * n, n the integer nearest self / other (even on ties)."""
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)

        ans = self._check_nans(other, context)
        if ans:
            return ans

        if self._exp == 'F':
            return context._raise_error(InvalidOperation,
                                        'remainder_near(infinity, x)')
        if not other:
            if self:
                return context._raise_error(InvalidOperation,
                                            'remainder_near(x, 0)')
            return context._raise_error(DivisionUndefined,
                                        'remainder_near(0, 0)')

        if other._exp == 'F':
            return self._fix(context)

        ideal_exponent = min(self._exp, other._exp)
        if not self:
            return _dec(self._sign, 0, ideal_exponent)._fix(context)

        expdiff = self.adjusted() - other.adjusted()
        if expdiff >= context.prec + 1:
            return context._raise_error(DivisionImpossible)
        if expdiff <= -2:
            return self._rescale(ideal_exponent, context.rounding)._fix(context)

        a, b = self._int, other._int
        if self._exp >= other._exp:
            a *= _pow10(self._exp - other._exp)
        else:
            b *= _pow10(other._exp - self._exp)
        q, r = divmod(a, b)
        # Round the quotient to nearest, ties to even.
        if 2 * r + (q & 1) > b:
            r -= b
            q += 1
        if q >= _pow10(context.prec):
            return context._raise_error(DivisionImpossible)

        sign = self._sign
        if r < 0:
            sign = 1 - sign
            r = -r
        return _dec(sign, r, ideal_exponent)._fix(context)

    def __floordiv__(self, other, context=None):
        """self // other: the quotient truncated towards zero."""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()

        ans = self._check_nans(other, context)
        if ans:
            return ans

        if self._exp == 'F':
            if other._exp == 'F':
                return context._raise_error(InvalidOperation, 'INF // INF')
            return _SignedInfinity[self._sign ^ other._sign]

        if not other:
            if self:
                return context._raise_error(DivisionByZero, 'x // 0',
                                            self._sign ^ other._sign)
            return context._raise_error(DivisionUndefined, '0 // 0')

        return self._divide(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        """other // self"""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    # --- conversions ------------------------------------------------------

    def __float__(self):
        """float(self)"""
        if self._isnan():
            if self.is_snan():
                raise ValueError("Cannot convert signaling NaN to float")
            s = "-nan" if self._sign else "nan"
        else:
            s = str(self)
        return float(s)

    def __int__(self):
        """int(self): truncates towards zero."""
        if self._is_special:
            if self._isnan():
                raise ValueError("Cannot convert NaN to integer")
            raise OverflowError("Cannot convert infinity to integer")
        if self._exp >= 0:
            n = self._int * _pow10(self._exp)
        else:
            n = self._int // _pow10(-self._exp)
        return -n if self._sign else n

    __trunc__ = __int__

    def __long__(self):
        """long(self)"""
        return long(self.__int__())

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __complex__(self):
        return complex(float(self))

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    # --- powers -----------------------------------------------------------

    def _power_modulo(self, other, modulo, context=None):
        """Three-argument pow(): integers only, exact."""
        other = _convert_other(other, raiseit=True)
        modulo = _convert_other(modulo, raiseit=True)
        if context is None:
            context = getcontext()

        self_is_nan = self._isnan()
        other_is_nan = other._isnan()
        modulo_is_nan = modulo._isnan()
        if self_is_nan or other_is_nan or modulo_is_nan:
            for x, kind in ((self, self_is_nan), (other, other_is_nan),
                            (modulo, modulo_is_nan)):
                if kind == 2:
                    return context._raise_error(InvalidOperation, 'sNaN', x)
            for x, kind in ((self, self_is_nan), (other, other_is_nan),
                            (modulo, modulo_is_nan)):
                if kind:
                    return x._fix_nan(context)

        if not (self._isinteger() and other._isinteger() and
                modulo._isinteger()):
            return context._raise_error(InvalidOperation,
                                        'pow() 3rd argument not allowed '
                                        'unless all arguments are integers')
        if other < 0:
            return context._raise_error(InvalidOperation,
                                        'pow() 2nd argument cannot be '
                                        'negative when 3rd argument specified')
        if not modulo:
            return context._raise_error(InvalidOperation,
                                        'pow() 3rd argument cannot be 0')
        if modulo.adjusted() >= context.prec:
            return context._raise_error(InvalidOperation,
                                        'insufficient precision: pow() 3rd '
                                        'argument must not have more than '
                                        'precision digits')
        if not other and not self:
            return context._raise_error(InvalidOperation,
                                        'at least one of pow() 1st argument '
                                        'and 2nd argument must be nonzero ;'
                                        '0**0 is not defined')

        sign = 0 if other._iseven() else self._sign
        m = abs(int(modulo))
        base = (self._int % m) * pow(10, self._exp, m) % m
        e = other._int * _pow10(other._exp)
        return _dec(sign, pow(base, e, m), 0)

    def _power_exact(self, other, p):
        """self ** other exactly, in at most p digits, or None.

        self is positive and not 1, other nonzero and finite.  Integral
        powers come with their ideal exponent self._exp * other (zeros
        added towards it while there is room); others with any exponent.
        """
        y = other
        yc, ye = y._int, y._exp
        yc, z = _strip_zeros(yc, -ye if ye < 0 else 0)
        ye += z
        if ye >= 0:
            if ye > 20:
                return None
            n = yc * _pow10(ye)
            if y._sign:
                n = -n
            return _exact_int_power(self._int, self._exp, n, p,
                                    self._exp * n)
        # y = yc / 10**-ye, in lowest terms num/den
        den = 10 ** -ye
        g = _gcd(yc, den)
        num, den = yc // g, den // g
        # self must be an exact den-th power of a decimal.
        c, e = self._int, self._exp
        r = e % den
        C = c * _pow10(r) if r <= 2 * p + 40 else None
        if C is None:
            return None
        E = (e - r) // den
        if C == 1:
            R = 1
        elif den >= C.bit_length():
            return None
        else:
            R = _iroot(C, den)
        if R ** den != C:
            return None
        if y._sign:
            num = -num
        return _exact_int_power(R, E, num, p, None)

    def __pow__(self, other, modulo=None, context=None):
        """self ** other, rounded to the context (pow(a, b, c) exact).

        Non-integral powers of negative numbers are invalid; results are
        correctly rounded with the context's rounding mode.
        """
        if modulo is not None:
            return self._power_modulo(other, modulo, context)

        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()

        ans = self._check_nans(other, context)
        if ans:
            return ans

        if not other:
            if not self:
                return context._raise_error(InvalidOperation, '0 ** 0')
            return _One

        result_sign = 0
        if self._sign == 1:
            if other._isinteger():
                if not other._iseven():
                    result_sign = 1
            else:
                if self:
                    return context._raise_error(
                        InvalidOperation,
                        'x ** y with x negative and y not an integer')
            self = self.copy_negate()

        if not self:
            if other._sign == 0:
                return _dec(result_sign, 0, 0)
            return _SignedInfinity[result_sign]

        if self._exp == 'F':
            if other._sign == 0:
                return _SignedInfinity[result_sign]
            return _dec(result_sign, 0, 0)

        if self == _One:
            if other._isinteger():
                if other._sign == 1:
                    multiplier = 0
                elif other > context.prec:
                    multiplier = context.prec
                else:
                    multiplier = int(other)
                exp = self._exp * multiplier
                if exp < 1 - context.prec:
                    exp = 1 - context.prec
                    context._raise_error(Rounded)
            else:
                context._raise_error(Inexact)
                context._raise_error(Rounded)
                exp = 1 - context.prec
            return _dec(result_sign, _pow10(-exp), exp)

        self_adj = self.adjusted()

        if other._exp == 'F':
            if (other._sign == 0) == (self_adj < 0):
                return _dec(result_sign, 0, 0)
            return _SignedInfinity[result_sign]

        ans = None
        exact = False
        # Certain overflow or underflow: estimate log10 of the result.
        est = _log10_estimate_of_power(self, other, context)
        if est is not None:
            if est > 0:
                ans = _dec(result_sign, 1, context.Emax + 1)
            else:
                ans = _dec(result_sign, 1, context.Etiny() - 1)

        if ans is None:
            exact_parts = self._power_exact(other, context.prec + 1)
            if exact_parts is not None:
                ans = _dec(result_sign, exact_parts[0], exact_parts[1])
                exact = True

        if ans is None:
            ans = _ziv(lambda extra: _power_approx(self, other, context.prec + extra),
                       context, result_sign)

        if exact and not other._isinteger():
            # An exact result of a non-integral power still signals
            # Inexact and Rounded (padded to prec+1 digits, as if computed).
            nd = _nd(ans._int)
            if nd <= context.prec:
                pad = context.prec + 1 - nd
                ans = _dec(ans._sign, ans._int * _pow10(pad), ans._exp - pad)
            newcontext = context.copy()
            newcontext.clear_flags()
            for exception in _signals:
                newcontext.traps[exception] = 0
            ans = ans._fix(newcontext)
            newcontext._raise_error(Inexact)
            if newcontext.flags[Subnormal]:
                newcontext._raise_error(Underflow)
            if newcontext.flags[Overflow]:
                context._raise_error(Overflow, 'above Emax', ans._sign)
            for exception in Underflow, Subnormal, Inexact, Rounded, Clamped:
                if newcontext.flags[exception]:
                    context._raise_error(exception)
        else:
            ans = ans._fix(context)
        return ans

    def __rpow__(self, other, context=None):
        """other ** self"""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    # --- square root, exponential and logarithms --------------------------

    def sqrt(self, context=None):
        """The square root of self, correctly rounded (half-even)."""
        if context is None:
            context = getcontext()

        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            if self._isinfinity() and self._sign == 0:
                return Decimal(self)

        if not self:
            # sqrt(-0) is -0; the exponent is halved, rounding down.
            return _dec(self._sign, 0, self._exp // 2)._fix(context)

        if self._sign == 1:
            return context._raise_error(InvalidOperation, 'sqrt(-x), x > 0')

        prec = context.prec
        c, e = self._int, self._exp
        ideal_exp = e // 2
        if e & 1:
            c *= 10
            e -= 1
        # Aim for a root of prec+1 digits: c * 100**l with about
        # 2*(prec+1) digits.
        l = prec + 1 - (_nd(c) + 1) // 2
        if l >= 0:
            c *= 100 ** l
            exact = True
        else:
            c, rem = divmod(c, 100 ** -l)
            exact = not rem
        s = _isqrt(c)
        exp = e // 2 - l
        if exact and s * s == c:
            s, n = _strip_zeros(s, ideal_exp - exp)
            exp += n
        elif s % 5 == 0:
            s += 1
        context = context._shallow_copy()
        rounding = context._set_rounding(ROUND_HALF_EVEN)
        ans = _dec(0, s, exp)._fix(context)
        context.rounding = rounding
        return ans

    def exp(self, context=None):
        """e ** self, correctly rounded (half-even)."""
        if context is None:
            context = getcontext()

        ans = self._check_nans(context=context)
        if ans:
            return ans
        if self._isinfinity() == -1:
            return _Zero
        if not self:
            return _One
        if self._isinfinity() == 1:
            return Decimal(self)

        p = context.prec
        adj = self.adjusted()
        if self._sign == 0 and adj > len(str((context.Emax + 1) * 3)):
            # Certain overflow.
            ans = _dec(0, 1, context.Emax + 1)
        elif self._sign == 1 and adj > len(str((-context.Etiny() + 1) * 3)):
            # Certain underflow to 0.
            ans = _dec(0, 1, context.Etiny() - 1)
        elif self._sign == 0 and adj < -p:
            # e**x is 1.000...0001, rounded.
            ans = _dec(0, _pow10(p) + 1, -p)
        elif self._sign == 1 and adj < -p - 1:
            # e**x is 0.999...9999, rounded.
            ans = _dec(0, _pow10(p + 1) - 1, -p - 1)
        else:
            c, e = self._int, self._exp
            if self._sign:
                c = -c
            if e >= 0:
                X, w = c * _pow10(e), 0
            else:
                X, w = c, -e
            ans = _ziv(lambda extra: _exp_approx(X, w, p + extra), context, 0,
                       ROUND_HALF_EVEN)

        context = context._shallow_copy()
        rounding = context._set_rounding(ROUND_HALF_EVEN)
        ans = ans._fix(context)
        context.rounding = rounding
        return ans

    def ln(self, context=None):
        """The natural logarithm of self, correctly rounded (half-even)."""
        if context is None:
            context = getcontext()

        ans = self._check_nans(context=context)
        if ans:
            return ans
        if not self:
            return _NegativeInfinity
        if self._isinfinity() == 1:
            return _Infinity
        if self == _One:
            return _Zero
        if self._sign == 1:
            return context._raise_error(InvalidOperation,
                                        'ln of a negative value')

        p = context.prec
        c, e = self._int, self._exp
        ans = _ziv(lambda extra: _ln_approx(c, e, p + extra, False), context,
                   None, ROUND_HALF_EVEN)
        context = context._shallow_copy()
        rounding = context._set_rounding(ROUND_HALF_EVEN)
        ans = ans._fix(context)
        context.rounding = rounding
        return ans

    def log10(self, context=None):
        """The base 10 logarithm of self, correctly rounded (half-even)."""
        if context is None:
            context = getcontext()

        ans = self._check_nans(context=context)
        if ans:
            return ans
        if not self:
            return _NegativeInfinity
        if self._isinfinity() == 1:
            return _Infinity
        if self._sign == 1:
            return context._raise_error(InvalidOperation,
                                        'log10 of a negative value')

        c, e = self._int, self._exp
        s, z = _strip_zeros(c, _nd(c))
        if s == 1:
            # An exact power of ten.
            ans = Decimal(e + z)
        else:
            p = context.prec
            ans = _ziv(lambda extra: _ln_approx(c, e, p + extra, True),
                       context, None, ROUND_HALF_EVEN)
        context = context._shallow_copy()
        rounding = context._set_rounding(ROUND_HALF_EVEN)
        ans = ans._fix(context)
        context.rounding = rounding
        return ans

    def logb(self, context=None):
        """The adjusted exponent of self, as a Decimal."""
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if context is None:
            context = getcontext()
        if self._isinfinity():
            return _Infinity
        if not self:
            return context._raise_error(DivisionByZero, 'logb(0)', 1)
        return Decimal(self.adjusted())._fix(context)

    def scaleb(self, other, context=None):
        """self with its exponent increased by the integer other."""
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)

        ans = self._check_nans(other, context)
        if ans:
            return ans

        if other._exp != 0:
            return context._raise_error(InvalidOperation)
        liminf = -2 * (context.Emax + context.prec)
        limsup = 2 * (context.Emax + context.prec)
        if not (liminf <= int(other) <= limsup):
            return context._raise_error(InvalidOperation)

        if self._isinfinity():
            return Decimal(self)
        d = _dec(self._sign, self._int, self._exp + int(other))
        return d._fix(context)

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        other = _convert_other(other, raiseit=True)
        third = _convert_other(third, raiseit=True)

        if self._is_special or other._is_special:
            if context is None:
                context = getcontext()
            if self._exp == 'N':
                return context._raise_error(InvalidOperation, 'sNaN', self)
            if other._exp == 'N':
                return context._raise_error(InvalidOperation, 'sNaN', other)
            if self._exp == 'n':
                product = self
            elif other._exp == 'n':
                product = other
            elif self._exp == 'F':
                if not other:
                    return context._raise_error(InvalidOperation,
                                                'INF * 0 in fma')
                product = _SignedInfinity[self._sign ^ other._sign]
            else:
                if not self:
                    return context._raise_error(InvalidOperation,
                                                '0 * INF in fma')
                product = _SignedInfinity[self._sign ^ other._sign]
        else:
            product = _dec(self._sign ^ other._sign, self._int * other._int,
                           self._exp + other._exp)
        return product.__add__(third, context)

    # --- exponent manipulation --------------------------------------------

    def quantize(self, exp, rounding=None, context=None, watchexp=True):
        """self rounded to the exponent of exp.

        Signals InvalidOperation when the result would not fit the context.
        """
        exp = _convert_other(exp, raiseit=True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding

        if self._is_special or exp._is_special:
            ans = self._check_nans(exp, context)
            if ans:
                return ans
            if exp._isinfinity() or self._isinfinity():
                if exp._isinfinity() and self._isinfinity():
                    return Decimal(self)
                return context._raise_error(InvalidOperation,
                                            'quantize with one INF')

        if not watchexp:
            ans = self._rescale(exp._exp, rounding)
            if ans._exp > self._exp:
                context._raise_error(Rounded)
                if ans != self:
                    context._raise_error(Inexact)
            return ans

        if not (context.Etiny() <= exp._exp <= context.Emax):
            return context._raise_error(InvalidOperation,
                'target exponent out of bounds in quantize')

        if not self:
            return _dec(self._sign, 0, exp._exp)._fix(context)

        self_adjusted = self.adjusted()
        if self_adjusted > context.Emax:
            return context._raise_error(InvalidOperation,
                'exponent of quantize result too large for current context')
        if self_adjusted - exp._exp + 1 > context.prec:
            return context._raise_error(InvalidOperation,
                'quantize result has too many digits for current context')

        ans = self._rescale(exp._exp, rounding)
        if ans.adjusted() > context.Emax:
            return context._raise_error(InvalidOperation,
                'exponent of quantize result too large for current context')
        if _nd(ans._int) > context.prec:
            return context._raise_error(InvalidOperation,
                'quantize result has too many digits for current context')

        if ans and ans.adjusted() < context.Emin:
            context._raise_error(Subnormal)
        if ans._exp > self._exp:
            if ans != self:
                context._raise_error(Inexact)
            context._raise_error(Rounded)

        # Only the fold-down of a clamping context can change it now.
        return ans._fix(context)

    def same_quantum(self, other):
        """Whether self and other have the same exponent (or are both
        NaN, or both infinite)."""
        other = _convert_other(other, raiseit=True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan() or
                    self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def to_integral_exact(self, rounding=None, context=None):
        """self rounded to an integer; signals Inexact and Rounded."""
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        if not self._int:
            return _dec(self._sign, 0, 0)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        ans = self._rescale(0, rounding)
        if ans != self:
            context._raise_error(Inexact)
        context._raise_error(Rounded)
        return ans

    def to_integral_value(self, rounding=None, context=None):
        """self rounded to an integer, without signals."""
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, rounding)

    to_integral = to_integral_value

    def normalize(self, context=None):
        """self rounded, with trailing zeros of the coefficient removed."""
        if context is None:
            context = getcontext()

        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans

        dup = self._fix(context)
        if dup._isinfinity():
            return dup
        if not dup:
            return _dec(dup._sign, 0, 0)
        exp_max = context.Etop() if context._clamp else context.Emax
        c, n = _strip_zeros(dup._int, exp_max - dup._exp)
        return _dec(dup._sign, c, dup._exp + n)

    # --- min and max --------------------------------------------------------

    def _minmax(self, other, context, want_max, mag):
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()

        if self._is_special or other._is_special:
            # A quiet NaN loses against a number.
            sn = self._isnan()
            on = other._isnan()
            if sn or on:
                if on == 1 and sn == 0:
                    return self._fix(context)
                if sn == 1 and on == 0:
                    return other._fix(context)
                return self._check_nans(other, context)

        if mag:
            c = self.copy_abs()._cmp(other.copy_abs())
        else:
            c = self._cmp(other)
        if c == 0:
            c = self.compare_total(other)
        if not want_max:
            c = -c
        if c == -1:
            ans = other
        else:
            ans = self
        return ans._fix(context)

    def max(self, other, context=None):
        """The larger of self and other; a quiet NaN loses to a number."""
        return self._minmax(other, context, True, False)

    def min(self, other, context=None):
        """The smaller of self and other; a quiet NaN loses to a number."""
        return self._minmax(other, context, False, False)

    def max_mag(self, other, context=None):
        """The operand with the larger absolute value."""
        return self._minmax(other, context, True, True)

    def min_mag(self, other, context=None):
        """The operand with the smaller absolute value."""
        return self._minmax(other, context, False, True)

    # --- comparisons in the total order ---------------------------------

    def compare_signal(self, other, context=None):
        """compare(), but any NaN operand signals InvalidOperation."""
        other = _convert_other(other, raiseit=True)
        ans = self._compare_check_nans(other, context)
        if ans:
            return ans
        return self.compare(other, context=context)

    def compare_total(self, other):
        """Compares self and other in the total order of the specification.

        -NaN < -sNaN < -Infinity < negative numbers < -0 < 0 < positive
        numbers < Infinity < sNaN < NaN; equal values order by exponent.
        """
        other = _convert_other(other, raiseit=True)
        if self._sign and not other._sign:
            return _NegativeOne
        if not self._sign and other._sign:
            return _One
        sign = self._sign

        self_nan = self._isnan()
        other_nan = other._isnan()
        if self_nan or other_nan:
            if self_nan == other_nan:
                if self._int < other._int:
                    c = -1
                elif self._int > other._int:
                    c = 1
                else:
                    return _Zero
            elif self_nan == 1 or (self_nan == 2 and not other_nan):
                c = 1
            else:
                c = -1
            # A NaN is above every number; a quiet one above a signaling.
            return _One if (c > 0) != bool(sign) else _NegativeOne

        if self < other:
            return _NegativeOne
        if self > other:
            return _One
        if self._exp < other._exp:
            return _One if sign else _NegativeOne
        if self._exp > other._exp:
            return _NegativeOne if sign else _One
        return _Zero

    def compare_total_mag(self, other):
        """compare_total() of the absolute values."""
        other = _convert_other(other, raiseit=True)
        return self.copy_abs().compare_total(other.copy_abs())

    # --- neighbours -----------------------------------------------------

    def next_minus(self, context=None):
        """The largest representable number below self."""
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if self._isinfinity() == -1:
            return _NegativeInfinity
        if self._isinfinity() == 1:
            return _dec(0, _pow10(context.prec) - 1, context.Etop())

        context = context.copy()
        context._set_rounding(ROUND_FLOOR)
        context._ignore_all_flags()
        new_self = self._fix(context)
        if new_self != self:
            return new_self
        return self.__sub__(_dec(0, 1, context.Etiny() - 1), context)

    def next_plus(self, context=None):
        """The smallest representable number above self."""
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if self._isinfinity() == 1:
            return _Infinity
        if self._isinfinity() == -1:
            return _dec(1, _pow10(context.prec) - 1, context.Etop())

        context = context.copy()
        context._set_rounding(ROUND_CEILING)
        context._ignore_all_flags()
        new_self = self._fix(context)
        if new_self != self:
            return new_self
        return self.__add__(_dec(0, 1, context.Etiny() - 1), context)

    def next_toward(self, other, context=None):
        """The representable number next to self in the direction of other."""
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()

        ans = self._check_nans(other, context)
        if ans:
            return ans

        comparison = self._cmp(other)
        if comparison == 0:
            return self.copy_sign(other)

        if comparison == -1:
            ans = self.next_plus(context)
        else:
            ans = self.next_minus(context)

        if ans._isinfinity():
            context._raise_error(Overflow, 'Infinite result from next_toward',
                                 ans._sign)
            context._raise_error(Inexact)
            context._raise_error(Rounded)
        elif ans.adjusted() < context.Emin:
            context._raise_error(Underflow)
            context._raise_error(Subnormal)
            context._raise_error(Inexact)
            context._raise_error(Rounded)
            if not ans:
                context._raise_error(Clamped)
        return ans

    # --- classification -----------------------------------------------

    def number_class(self, context=None):
        """The class of self: '-Infinity', '-Normal', '-Subnormal', '-Zero',
        '+Zero', '+Subnormal', '+Normal', '+Infinity', 'NaN' or 'sNaN'."""
        if self.is_snan():
            return "sNaN"
        if self.is_qnan():
            return "NaN"
        inf = self._isinfinity()
        if inf == 1:
            return "+Infinity"
        if inf == -1:
            return "-Infinity"
        if self.is_zero():
            return "-Zero" if self._sign else "+Zero"
        if context is None:
            context = getcontext()
        if self.is_subnormal(context=context):
            return "-Subnormal" if self._sign else "+Subnormal"
        return "-Normal" if self._sign else "+Normal"

    def is_canonical(self):
        """Always True: every Decimal is canonical."""
        return True

    def is_finite(self):
        return not self._is_special

    def is_infinite(self):
        return self._exp == 'F'

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_normal(self, context=None):
        """Whether self is a nonzero finite number with adjusted >= Emin."""
        if self._is_special or not self._int:
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        """Whether self is a nonzero finite number with adjusted < Emin."""
        if self._is_special or not self._int:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def canonical(self, context=None):
        """The canonical encoding of self: self itself."""
        return self

    def radix(self):
        """Decimal(10), the radix of the arithmetic."""
        return Decimal(10)

    # --- logical operations ---------------------------------------------

    def _islogical(self):
        """Whether self is a logical operand: finite, positive, exponent 0,
        digits 0 and 1 only."""
        if self._sign != 0 or self._exp != 0:
            return False
        for digit in str(self._int):
            if digit not in '01':
                return False
        return True

    def _logical(self, other, context, op):
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        if not self._islogical() or not other._islogical():
            return context._raise_error(InvalidOperation)
        a = str(self._int).rjust(context.prec, '0')[-context.prec:]
        b = str(other._int).rjust(context.prec, '0')[-context.prec:]
        result = ''.join([op(x, y) for x, y in zip(a, b)])
        return _dec(0, int(result), 0)

    def logical_and(self, other, context=None):
        """Digit-wise and of two logical operands."""
        return self._logical(other, context,
                             lambda x, y: '1' if x == y == '1' else '0')

    def logical_or(self, other, context=None):
        """Digit-wise or of two logical operands."""
        return self._logical(other, context,
                             lambda x, y: '1' if '1' in (x, y) else '0')

    def logical_xor(self, other, context=None):
        """Digit-wise exclusive or of two logical operands."""
        return self._logical(other, context,
                             lambda x, y: '1' if x != y else '0')

    def logical_invert(self, context=None):
        """Digit-wise inversion of a logical operand (prec digits)."""
        if context is None:
            context = getcontext()
        return self.logical_xor(_dec(0, int('1' * context.prec), 0), context)

    def _shift_amount(self, other, context):
        """The integer in [-prec, prec] that other is, or None."""
        if other._exp != 0:
            return None
        n = int(other)
        if not -context.prec <= n <= context.prec:
            return None
        return n

    def rotate(self, other, context=None):
        """The coefficient (as prec digits) rotated left by other places."""
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        ans = self._check_nans(other, context)
        if ans:
            return ans
        n = self._shift_amount(other, context)
        if n is None:
            return context._raise_error(InvalidOperation)
        if self._isinfinity():
            return Decimal(self)
        digits = str(self._int).rjust(context.prec, '0')[-context.prec:]
        rotated = digits[n:] + digits[:n]
        return _dec(self._sign, int(rotated), self._exp)

    def shift(self, other, context=None):
        """The coefficient (as prec digits) shifted left by other places."""
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        ans = self._check_nans(other, context)
        if ans:
            return ans
        n = self._shift_amount(other, context)
        if n is None:
            return context._raise_error(InvalidOperation)
        if self._isinfinity():
            return Decimal(self)
        c = self._int % _pow10(context.prec)
        if n >= 0:
            c = (c * _pow10(n)) % _pow10(context.prec)
        else:
            c //= 10 ** -n
        return _dec(self._sign, c, self._exp)

    # --- formatting -----------------------------------------------------

    def __format__(self, specifier, context=None):
        """Formats self as format() does, for the spec mini-language
        [[fill]align][sign][0][width][,][.precision][type] with the types
        e, E, f, F, g, G, n and % (and none)."""
        if context is None:
            context = getcontext()
        spec = _parse_format_specifier(specifier)

        if self._is_special:
            sign = _format_sign(self._sign, spec)
            body = str(self.copy_abs())
            if spec['type'] == '%':
                body += '%'
            return _format_align(sign, body, spec)

        if spec['type'] is None:
            spec['type'] = ['g', 'G'][context.capitals]

        # Round according to the precision.
        if spec['type'] == '%':
            self = _dec(self._sign, self._int, self._exp + 2)
        rounding = context.rounding
        precision = spec['precision']
        if precision is not None:
            if spec['type'] in 'eE':
                self = self._round(precision + 1, rounding)
            elif spec['type'] in 'fF%':
                self = self._rescale(-precision, rounding)
            elif spec['type'] in 'gG' and _nd(self._int) > precision:
                self = self._round(precision, rounding)
        if not self and self._exp > 0 and spec['type'] in 'fF%':
            self = self._rescale(0, rounding)

        # The position of the decimal point.
        leftdigits = self._exp + _nd(self._int)
        if spec['type'] in 'eE':
            if not self and precision is not None:
                dotplace = 1 - precision
            else:
                dotplace = 1
        elif spec['type'] in 'fF%':
            dotplace = leftdigits
        elif spec['type'] in 'gG':
            if self._exp <= 0 and leftdigits > -6:
                dotplace = leftdigits
            else:
                dotplace = 1

        digits = str(self._int)
        if dotplace < 0:
            intpart = '0'
            fracpart = '0' * (-dotplace) + digits
        elif dotplace > len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace] or '0'
            fracpart = digits[dotplace:]
        exp = leftdigits - dotplace

        return _format_number(self._sign, intpart, fracpart, exp, spec)


# ---------------------------------------------------------------------------
# Formatting helpers.

_format_re = _re.compile(r"""\A
    (?:
       (?P<fill>.)?
       (?P<align>[<>=^])
    )?
    (?P<sign>[-+ ])?
    (?P<zeropad>0)?
    (?P<minimumwidth>(?!0)\d+)?
    (?P<thousands_sep>,)?
    (?:\.(?P<precision>0|(?!0)\d+))?
    (?P<type>[eEfFgGn%])?
\Z""", _re.VERBOSE | _re.DOTALL)


def _parse_format_specifier(format_spec):
    m = _format_re.match(format_spec)
    if m is None:
        raise ValueError("Invalid format specifier: " + format_spec)
    spec = m.groupdict()
    fill = spec['fill']
    zeropad = spec['zeropad']
    spec['zeropad'] = zeropad is not None
    if spec['zeropad']:
        if fill is not None:
            raise ValueError("Fill character conflicts with '0'"
                             " in format specifier: " + format_spec)
        if spec['align'] is not None:
            raise ValueError("Alignment conflicts with '0' in "
                             "format specifier: " + format_spec)
    spec['fill'] = fill or ' '
    spec['align'] = spec['align'] or '>'
    if spec['sign'] is None:
        spec['sign'] = '-'
    spec['minimumwidth'] = int(spec['minimumwidth'] or '0')
    if spec['precision'] is not None:
        spec['precision'] = int(spec['precision'])
    if spec['precision'] == 0:
        if spec['type'] is None or spec['type'] in 'gG':
            spec['precision'] = 1
    if spec['type'] == 'n':
        # 'g' with the C locale's separators (none).
        spec['type'] = 'g'
        if spec['thousands_sep'] is not None:
            raise ValueError("Explicit thousands separator conflicts with "
                             "'n' type in format specifier: " + format_spec)
        spec['thousands_sep'] = ''
        spec['grouping'] = []
        spec['decimal_point'] = '.'
    else:
        if spec['thousands_sep'] is None:
            spec['thousands_sep'] = ''
        spec['grouping'] = [3, 0]
        spec['decimal_point'] = '.'
    return spec


def _format_sign(is_negative, spec):
    if is_negative:
        return '-'
    if spec['sign'] in ' +':
        return spec['sign']
    return ''


def _format_align(sign, body, spec):
    """Pads sign + body to the minimum width with the fill and alignment."""
    minimumwidth = spec['minimumwidth']
    fill = spec['fill']
    padding = fill * (minimumwidth - len(sign) - len(body))
    align = spec['align']
    if align == '<':
        result = sign + body + padding
    elif align == '>':
        result = padding + sign + body
    elif align == '=':
        result = sign + padding + body
    else:
        half = len(padding) // 2
        result = padding[:half] + sign + body + padding[half:]
    return result


def _insert_thousands_sep(digits, spec, min_width=1):
    """Groups digits by three with the separator, zero-padding to
    min_width characters when zero padding is asked for."""
    sep = spec['thousands_sep']
    groups = []
    min_width = max(min_width, 1)
    while True:
        l = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (l - len(digits)) + digits[-l:])
        digits = digits[:-l]
        min_width -= l
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _format_number(is_negative, intpart, fracpart, exp, spec):
    sign = _format_sign(is_negative, spec)
    if fracpart or spec.get('alt'):
        fracpart = spec['decimal_point'] + fracpart
    if exp != 0 or spec['type'] in 'eE':
        echar = {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e'}[spec['type']]
        fracpart += "%s%+d" % (echar, exp)
    if spec['type'] == '%':
        fracpart += '%'

    if spec['zeropad']:
        min_width = spec['minimumwidth'] - len(fracpart) - len(sign)
    else:
        min_width = 0
    if spec['thousands_sep']:
        intpart = _insert_thousands_sep(intpart, spec, min_width)
    elif min_width > len(intpart):
        intpart = '0' * (min_width - len(intpart)) + intpart
    return _format_align(sign, intpart + fracpart, spec)


# ---------------------------------------------------------------------------
# Exact powers and transcendental functions, on integers.

def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def _exact_int_power(c, e, n, p, ideal):
    """(c * 10**e) ** n exactly as (coefficient, exponent) with at most p
    digits, or None; zeros are added towards the ideal exponent."""
    c, z = _strip_zeros(c, _nd(c))
    e += z
    if n > 0:
        if c == 1:
            coeff, exp = 1, e * n
        else:
            # c**n has at least n * log10(c) digits, log10(c) >= 0.301.
            if n * max(_nd(c) - 1, 0.301) > p + 1:
                return None
            coeff = c ** n
            if _nd(coeff) > p:
                return None
            exp = e * n
    else:
        m = -n
        # 1 / c**m is a finite decimal only when c = 2**a * 5**b.
        a = b = 0
        while c % 2 == 0:
            c //= 2
            a += 1
        while c % 5 == 0:
            c //= 5
            b += 1
        if c != 1:
            return None
        A, B = a * m, b * m
        M = max(A, B)
        if (M - A) * 0.69 + (M - B) * 0.30 > p + 1:
            return None
        coeff = 2 ** (M - A) * 5 ** (M - B)
        if _nd(coeff) > p:
            return None
        exp = -M - e * m
    if ideal is not None and exp > ideal:
        pad = min(exp - ideal, p - _nd(coeff))
        if pad > 0:
            coeff *= _pow10(pad)
            exp -= pad
    return coeff, exp


def _ln_core(M, W, r):
    """ln(M / 10**W) * 10**W (approximately) for M / 10**W near 1..10:
    r square roots, then the series of 2*atanh((y-1)/(y+1))."""
    one = _pow10(W)
    for i in range(r):
        M = _isqrt(M * one)
    z = (M - one) * one // (M + one)
    negative = z < 0
    if negative:
        # Sum for |z|: floor division of negative terms never reaches 0.
        z = -z
    z2 = z * z // one
    s = term = z
    k = 1
    while term:
        term = term * z2 // one
        k += 2
        s += term // k
    if negative:
        s = -s
    return (s * 2) << r


_ln10_cache = [0, 0]


def _ln10(W):
    """ln(10) * 10**W, truncated (error below one unit)."""
    if _ln10_cache[0] >= W:
        return _ln10_cache[1] // _pow10(_ln10_cache[0] - W)
    Wc = max(W, 60) + 20
    r = _isqrt(Wc) // 2 + 5
    Wi = Wc + (r * 31) // 100 + 10
    value = _ln_core(10 * _pow10(Wi), Wi, r) // _pow10(Wi - Wc)
    _ln10_cache[0] = Wc
    _ln10_cache[1] = value
    return value // _pow10(Wc - W)


def _ln_fixed(c, e, W):
    """ln(c * 10**e) * 10**W, within a few units (c > 0)."""
    nd = _nd(c)
    a = nd + e
    r = _isqrt(W) // 2 + 3
    Wi = W + (r * 31) // 100 + 6 + _nd(abs(a))
    shift = Wi - nd
    if shift >= 0:
        M = c * _pow10(shift)
    else:
        M = c // 10 ** -shift
    # m = M / 10**Wi is in [0.1, 1); bring it to [0.316, 3.16).
    if M < 316227766 * _pow10(Wi - 9):
        M *= 10
        a -= 1
    total = _ln_core(M, Wi, r) + a * _ln10(Wi)
    return total // _pow10(Wi - W)


def _exp_approx(X, w, P):
    """e ** (X / 10**w): (sign, coefficient, exponent, error bound in units
    of the coefficient's last digit), the coefficient having about P+6
    digits."""
    W = P + 5
    if w <= W:
        xs = X * _pow10(W - w)
    else:
        xs = X // _pow10(w - W)
    # x = k * ln(10) + t, |t| <= ln(10) / 2
    kd = max(_nd(abs(xs)) - W, 0) + 2
    Wl = W + kd + 2
    ln10 = _ln10(Wl)
    num = xs * _pow10(Wl - W)
    k = (2 * num + ln10) // (2 * ln10)
    t = (num - k * ln10) // _pow10(Wl - W)
    # e**t = (e**(t / 2**r)) ** (2**r); Taylor series for the small power.
    r = _isqrt(W) + 2
    Wi = W + (r * 31) // 100 + 5
    one = _pow10(Wi)
    ts = (t * _pow10(Wi - W)) >> r
    s = term = one
    n = 1
    while term:
        term = term * ts // (n * one)
        s += term
        n += 1
    for i in range(r):
        s = s * s // one
    return 0, s // _pow10(Wi - W), k - W, 20


def _ln_approx(c, e, P, base10):
    """ln (or log10) of c * 10**e, for the Ziv loop: (sign, coefficient,
    exponent, error bound) with at least P+2 significant digits."""
    W = P + 3
    while True:
        L = _ln_fixed(c, e, W)
        if base10:
            L = L * _pow10(W + 3) // _ln10(W + 3)
        if abs(L) >= _pow10(P + 2):
            break
        W += P + 3 - _nd(abs(L))
    if L < 0:
        return 1, -L, -W, 12
    return 0, L, -W, 12


def _power_approx(x, y, P):
    """x ** y (x > 0) for the Ziv loop."""
    yadj = y.adjusted()
    w = P + 6 + max(0, yadj + 1)
    L = _ln_fixed(x._int, x._exp, w)
    yc = -y._int if y._sign else y._int
    X = yc * L
    if y._exp >= 0:
        X *= _pow10(y._exp)
    else:
        X //= _pow10(-y._exp)
    s, c, e, B = _exp_approx(X, w, P)
    return s, c, e, B + 60


def _log10_estimate_of_power(x, y, context):
    """+1 if x ** y (x > 0, x != 1) certainly overflows the context, -1 if
    it certainly underflows below its tiniest number, else None."""
    w = 20
    if x.adjusted() in (-1, 0):
        # x may be near 1: ln(x) is at least about 10**x._exp then.
        w += max(0, -x._exp)
    L = _ln_fixed(x._int, x._exp, w)
    yc = -y._int if y._sign else y._int
    T = yc * L
    if T == 0:
        return None
    s = y._exp - w
    # ln(x ** y) = T * 10**s; log10 = that / 2.302585...
    mag = _nd(abs(T)) + s
    if mag <= 0:
        return None
    Emax = context.Emax
    Etiny = context.Etiny()
    lim = max(abs(Emax), abs(Etiny)) + 10
    if mag - 1 > _nd(lim) + 2:
        return 1 if T > 0 else -1
    # Exact comparisons, with ln(10) < 2.3026.
    if T > 0:
        bound = (Emax + 2) * 23026
        lhs = T * 10000
    else:
        bound = (3 - Etiny) * 23026
        lhs = -T * 10000
    if s >= 0:
        lhs *= _pow10(s)
    else:
        bound *= 10 ** -s
    if lhs > bound:
        return 1 if T > 0 else -1
    return None


def _decided(c, e, B, prec, Etiny):
    """Whether every number within B units of c * 10**e rounds alike (in
    every rounding mode) to prec digits, or to the subnormal range."""
    nd = _nd(c)
    exp_min = nd + e - prec
    if exp_min < Etiny:
        exp_min = Etiny
    k = exp_min - e
    if k <= 0:
        return False
    if k > nd + 1:
        return c > B
    full = _pow10(k)
    r = c % full
    half = full // 2
    return B < r < full - B and abs(r - half) > B


def _ziv(approx, context, sign, rounding=None):
    """A correctly roundable approximation: approx(extra) is computed with
    more and more extra digits until its rounding is certain."""
    extra = 3
    prec = context.prec
    Etiny = context.Etiny()
    while True:
        s, c, e, B = approx(extra)
        if _decided(c, e, B, prec, Etiny) or extra > 4 * prec + 400:
            # (The bound only guards against an exact result on a
            # rounding boundary that was not recognised as exact.)
            return _dec(s if sign is None else sign, c, e)
        extra = extra * 2 + 3


# ---------------------------------------------------------------------------
# Contexts

def _context_method(name):
    """A Context method applying the Decimal method name to converted
    operands with this context."""
    def method(self, a, *args):
        a = _convert_other(a, raiseit=True)
        return getattr(a, name)(*args, context=self)
    method.__name__ = name
    return method


class Context(object):
    """The environment of arithmetic operations.

    prec: the number of significant digits of results
    rounding: one of the ROUND_* constants
    traps: signals that raise their exception (the others set a flag and
        give a default result)
    flags: signals that occurred since the flags were last cleared
    Emin, Emax: the limits of adjusted exponents
    capitals: 1 to write exponents with 'E', 0 with 'e'
    _clamp: 1 to fold exponents down to Emax - prec + 1 (IEEE 754 formats)
    """

    def __init__(self, prec=None, rounding=None,
                 traps=None, flags=None,
                 Emin=None, Emax=None,
                 capitals=None, _clamp=0,
                 _ignored_flags=None):
        try:
            dc = DefaultContext
        except NameError:
            pass
        if flags is None:
            flags = []
        if _ignored_flags is None:
            _ignored_flags = []
        if not isinstance(flags, dict):
            flags = dict([(s, int(s in flags)) for s in _signals + flags])
        if traps is not None and not isinstance(traps, dict):
            traps = dict([(s, int(s in traps)) for s in _signals + traps])
        for name, val in (('prec', prec), ('rounding', rounding),
                          ('traps', traps), ('flags', flags),
                          ('Emin', Emin), ('Emax', Emax),
                          ('capitals', capitals), ('_clamp', _clamp),
                          ('_ignored_flags', _ignored_flags)):
            if val is None:
                val = getattr(dc, name)
                if isinstance(val, (dict, list)):
                    val = val.copy() if isinstance(val, dict) else list(val)
            setattr(self, name, val)

    def __repr__(self):
        """Show the current context."""
        flags = [f.__name__ for f in _repr_order if self.flags.get(f)]
        traps = [t.__name__ for t in _repr_order if self.traps.get(t)]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, '
                'capitals=%d, flags=[%s], traps=[%s])' %
                (self.prec, self.rounding, self.Emin, self.Emax,
                 self.capitals, ', '.join(flags), ', '.join(traps)))

    def clear_flags(self):
        """Reset all flags to zero."""
        for flag in self.flags:
            self.flags[flag] = 0

    def _shallow_copy(self):
        """A copy sharing the flags and traps dictionaries."""
        return Context(self.prec, self.rounding, self.traps,
                       self.flags, self.Emin, self.Emax,
                       self.capitals, self._clamp, self._ignored_flags)

    def copy(self):
        """A copy with its own flags and traps."""
        return Context(self.prec, self.rounding, self.traps.copy(),
                       self.flags.copy(), self.Emin, self.Emax,
                       self.capitals, self._clamp, self._ignored_flags)

    __copy__ = copy

    def _raise_error(self, condition, explanation=None, *args):
        """Signals condition: sets its flag and raises it if trapped;
        otherwise returns the condition's default result."""
        error = _condition_map.get(condition, condition)
        if error in self._ignored_flags:
            return error().handle(self, *args)
        self.flags[error] = 1
        if not self.traps[error]:
            return condition().handle(self, *args)
        raise error(explanation)

    def _ignore_all_flags(self):
        """Ignore all flags, if they are raised"""
        return self._ignore_flags(*_signals)

    def _ignore_flags(self, *flags):
        """Ignore the flags, if they are raised"""
        self._ignored_flags = (self._ignored_flags + list(flags))
        return list(flags)

    def _regard_flags(self, *flags):
        """Stop ignoring the flags, if they are raised"""
        if flags and isinstance(flags[0], (tuple, list)):
            flags = flags[0]
        for flag in flags:
            self._ignored_flags.remove(flag)

    # Contexts are mutable.
    __hash__ = None

    def Etiny(self):
        """The smallest exponent of a subnormal number: Emin - prec + 1."""
        return int(self.Emin - self.prec + 1)

    def Etop(self):
        """The largest exponent of a full-precision number: Emax - prec + 1."""
        return int(self.Emax - self.prec + 1)

    def _set_rounding(self, type):
        """Sets the rounding mode, returning the previous one."""
        rounding = self.rounding
        self.rounding = type
        return rounding

    def create_decimal(self, num='0'):
        """A Decimal from num, rounded to this context.

        Conversion errors are signalled in this context.
        """
        if isinstance(num, basestring) and num != num.strip():
            return self._raise_error(ConversionSyntax,
                                     "no trailing or leading whitespace is "
                                     "permitted.")
        d = Decimal(num, context=self)
        if d._isnan() and d._int and \
                _nd(d._int) > self.prec - self._clamp:
            return self._raise_error(ConversionSyntax,
                                     "diagnostic info too long in NaN")
        return d._fix(self)

    def create_decimal_from_float(self, f):
        """A Decimal from the float f, rounded to this context."""
        d = Decimal.from_float(f)
        return d._fix(self)

    def _apply(self, a):
        """a rounded to this context."""
        return a._fix(self)

    # Arithmetic, each the Decimal operation with this context.

    def abs(self, a):
        """abs(a) in this context."""
        a = _convert_other(a, raiseit=True)
        return a.__abs__(context=self)

    def add(self, a, b):
        """a + b in this context."""
        a = _convert_other(a, raiseit=True)
        r = a.__add__(b, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def subtract(self, a, b):
        """a - b in this context."""
        a = _convert_other(a, raiseit=True)
        r = a.__sub__(b, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def multiply(self, a, b):
        """a * b in this context."""
        a = _convert_other(a, raiseit=True)
        r = a.__mul__(b, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def divide(self, a, b):
        """a / b in this context."""
        a = _convert_other(a, raiseit=True)
        r = a.__div__(b, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def divide_int(self, a, b):
        """a // b in this context."""
        a = _convert_other(a, raiseit=True)
        r = a.__floordiv__(b, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def divmod(self, a, b):
        """divmod(a, b) in this context."""
        a = _convert_other(a, raiseit=True)
        r = a.__divmod__(b, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def remainder(self, a, b):
        """a % b in this context."""
        a = _convert_other(a, raiseit=True)
        r = a.__mod__(b, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def power(self, a, b, modulo=None):
        """a ** b (or pow(a, b, modulo)) in this context."""
        a = _convert_other(a, raiseit=True)
        r = a.__pow__(b, modulo, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def plus(self, a):
        """+a in this context."""
        a = _convert_other(a, raiseit=True)
        return a.__pos__(context=self)

    def minus(self, a):
        """-a in this context."""
        a = _convert_other(a, raiseit=True)
        return a.__neg__(context=self)

    def canonical(self, a):
        """The canonical form of a: a itself."""
        return a.canonical(context=self)

    def copy_abs(self, a):
        """a with sign 0."""
        a = _convert_other(a, raiseit=True)
        return a.copy_abs()

    def copy_decimal(self, a):
        """A copy of a as a Decimal."""
        a = _convert_other(a, raiseit=True)
        return Decimal(a)

    def copy_negate(self, a):
        """a with the sign inverted."""
        a = _convert_other(a, raiseit=True)
        return a.copy_negate()

    def copy_sign(self, a, b):
        """a with the sign of b."""
        a = _convert_other(a, raiseit=True)
        return a.copy_sign(b)

    def compare_total(self, a, b):
        """The total-order comparison of a and b."""
        a = _convert_other(a, raiseit=True)
        return a.compare_total(b)

    def compare_total_mag(self, a, b):
        """The total-order comparison of abs(a) and abs(b)."""
        a = _convert_other(a, raiseit=True)
        return a.compare_total_mag(b)

    def is_canonical(self, a):
        a = _convert_other(a, raiseit=True)
        return a.is_canonical()

    def is_finite(self, a):
        a = _convert_other(a, raiseit=True)
        return a.is_finite()

    def is_infinite(self, a):
        a = _convert_other(a, raiseit=True)
        return a.is_infinite()

    def is_nan(self, a):
        a = _convert_other(a, raiseit=True)
        return a.is_nan()

    def is_qnan(self, a):
        a = _convert_other(a, raiseit=True)
        return a.is_qnan()

    def is_snan(self, a):
        a = _convert_other(a, raiseit=True)
        return a.is_snan()

    def is_signed(self, a):
        a = _convert_other(a, raiseit=True)
        return a.is_signed()

    def is_zero(self, a):
        a = _convert_other(a, raiseit=True)
        return a.is_zero()

    def is_normal(self, a):
        a = _convert_other(a, raiseit=True)
        return a.is_normal(context=self)

    def is_subnormal(self, a):
        a = _convert_other(a, raiseit=True)
        return a.is_subnormal(context=self)

    def same_quantum(self, a, b):
        a = _convert_other(a, raiseit=True)
        return a.same_quantum(b)

    def radix(self):
        """Decimal(10)."""
        return Decimal(10)

    def to_sci_string(self, a):
        """a as a string in scientific notation when needed."""
        a = _convert_other(a, raiseit=True)
        return a.__str__(context=self)

    def to_eng_string(self, a):
        """a as a string in engineering notation when needed."""
        a = _convert_other(a, raiseit=True)
        return a.to_eng_string(context=self)

    def quantize(self, a, b):
        """a rounded to the exponent of b."""
        a = _convert_other(a, raiseit=True)
        return a.quantize(b, context=self)

    def to_integral_exact(self, a):
        a = _convert_other(a, raiseit=True)
        return a.to_integral_exact(context=self)

    def to_integral_value(self, a):
        a = _convert_other(a, raiseit=True)
        return a.to_integral_value(context=self)

    to_integral = to_integral_value

    compare = _context_method('compare')
    compare_signal = _context_method('compare_signal')
    exp = _context_method('exp')
    fma = _context_method('fma')
    ln = _context_method('ln')
    log10 = _context_method('log10')
    logb = _context_method('logb')
    logical_and = _context_method('logical_and')
    logical_invert = _context_method('logical_invert')
    logical_or = _context_method('logical_or')
    logical_xor = _context_method('logical_xor')
    max = _context_method('max')
    max_mag = _context_method('max_mag')
    min = _context_method('min')
    min_mag = _context_method('min_mag')
    next_minus = _context_method('next_minus')
    next_plus = _context_method('next_plus')
    next_toward = _context_method('next_toward')
    normalize = _context_method('normalize')
    number_class = _context_method('number_class')
    remainder_near = _context_method('remainder_near')
    rotate = _context_method('rotate')
    scaleb = _context_method('scaleb')
    shift = _context_method('shift')
    sqrt = _context_method('sqrt')


# ---------------------------------------------------------------------------
# Predefined contexts and constants.

DefaultContext = Context(
    prec=28, rounding=ROUND_HALF_EVEN,
    traps=[DivisionByZero, Overflow, InvalidOperation],
    flags=[],
    Emax=999999999,
    Emin=-999999999,
    capitals=1
)

# The IBM specification's basic default context: traps everything but
# Inexact, Rounded and Subnormal.
BasicContext = Context(
    prec=9, rounding=ROUND_HALF_UP,
    traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
    flags=[],
)

# The specification's extended default context: traps nothing.
ExtendedContext = Context(
    prec=9, rounding=ROUND_HALF_EVEN,
    traps=[],
    flags=[],
)

_Infinity = Decimal('Inf')
_NegativeInfinity = Decimal('-Inf')
_NaN = Decimal('NaN')
_Zero = Decimal(0)
_One = Decimal(1)
_NegativeOne = Decimal(-1)
_SignedInfinity = (_Infinity, _NegativeInfinity)

_numbers.Number.register(Decimal)
