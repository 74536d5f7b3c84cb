"""Fast implementation of the datetime type."""
# Taipan's datetime: date, time, datetime, timedelta and tzinfo with Python 2.7 semantics
# (normalisation, naive/aware rules, repr/str/isoformat formats and error messages).

import time as _time
from operator import truediv as _truediv

MINYEAR = 1
MAXYEAR = 9999
_MAX_DELTA_DAYS = 999999999

_DAYS_IN_MONTH = (None, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = [None]
_n = 0
for _d in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_n)
    _n += _d
del _n, _d

_DAY_NAMES = (None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(y, m, d):
    before = _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y))
    return _days_before_year(y) + before + d


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    """Proleptic Gregorian ordinal (1 = 0001-01-01) -> (year, month, day)."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - before + 1


def _tname(obj):
    t = type(obj)
    if t in _BUILTIN_TYPES:
        return 'datetime.' + t.__name__
    return t.__name__


def _cmperror(a, b):
    raise TypeError("can't compare %s to %s" % (_tname(a), _tname(b)))


def _int_arg(v):
    """An int argument as PyArg_ParseTuple's "i" takes it."""
    if type(v) is int or isinstance(v, (int, long)):
        return v
    if isinstance(v, float):
        raise TypeError("integer argument expected, got float")
    if hasattr(type(v), '__int__') and not isinstance(v, (str, unicode)):
        return int(v)
    raise TypeError("an integer is required")


def _parse_args(fname, names, required, args, kwargs, defaults):
    """Bind args/kwargs to names the way PyArg_ParseTupleAndKeywords does."""
    n = len(names)
    if not kwargs and required <= len(args) <= n:
        if len(args) == n:
            return list(args)
        return list(args) + list(defaults[len(args) - required:])
    total = len(args) + len(kwargs)
    if total > n:
        raise TypeError("%s takes at most %d argument%s (%d given)"
                        % (fname or "function", n, n != 1 and "s" or "", total))
    vals = list(args) + [None] * (n - len(args))
    given = [True] * len(args) + [False] * (n - len(args))
    for k, v in kwargs.items():
        if k in names:
            i = names.index(k)
            if given[i]:
                raise TypeError("Argument given by name ('%s') and position (%d)"
                                % (k, i + 1))
            vals[i] = v
            given[i] = True
        else:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
    for i in range(n):
        if not given[i]:
            if i < required:
                raise TypeError("Required argument '%s' (pos %d) not found"
                                % (names[i], i + 1))
            vals[i] = defaults[i - required]
    return vals


def _check_date_fields(year, month, day):
    year = _int_arg(year)
    month = _int_arg(month)
    day = _int_arg(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond):
    hour = _int_arg(hour)
    minute = _int_arg(minute)
    second = _int_arg(second)
    microsecond = _int_arg(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        "not type '%s'" % _tname(tz))


def _call_offset(tz, meth, arg):
    """utcoffset()/dst() of tz as whole minutes (None if it returns None)."""
    if tz is None:
        return None
    off = getattr(tz, meth)(arg)
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (meth, _tname(off)))
    if off._microseconds or off._seconds % 60:
        raise ValueError("tzinfo.%s() must return a whole number of minutes" % meth)
    minutes = off._days * 1440 + off._seconds // 60
    if not -1440 < minutes < 1440:
        raise ValueError("tzinfo.%s() returned %d; must be in -1439 .. 1439"
                         % (meth, minutes))
    return minutes


def _call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % _tname(name))
    return name


def _format_offset(minutes, sep):
    if minutes is None:
        return ''
    sign = '+'
    if minutes < 0:
        sign = '-'
        minutes = -minutes
    hh, mm = divmod(minutes, 60)
    return '%s%02d%s%02d' % (sign, hh, sep, mm)


def _wrap_strftime(obj, fmt, timetuple):
    """Expand %z, %Z and %f, then hand the rest to time.strftime."""
    if isinstance(fmt, unicode):
        pass
    elif not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be string or read-only buffer, "
                        "not %s" % _tname(fmt))
    year = timetuple[0]
    if year < 1900:
        raise ValueError("year=%d is before 1900; the datetime strftime() methods "
                         "require year >= 1900" % year)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i >= n:
            out.append(ch)
            continue
        ch = fmt[i]
        i += 1
        if ch == 'z':
            off = None
            if hasattr(obj, 'utcoffset'):
                off = _call_offset(obj._tzinfo, 'utcoffset', obj._tzarg())
            out.append(_format_offset(off, ''))
        elif ch == 'Z':
            name = None
            if hasattr(obj, 'tzname'):
                name = _call_tzname(obj._tzinfo, obj._tzarg())
            if name:
                out.append(name.replace('%', '%%'))
        elif ch == 'f':
            out.append('%06d' % getattr(obj, '_microsecond', 0))
        else:
            out.append('%' + ch)
    return _time.strftime(''.join(out), timetuple)


def _format(obj, fmt):
    if not isinstance(fmt, (str, unicode)):
        raise ValueError("__format__ expects str or unicode, not %s" % _tname(fmt))
    if len(fmt) == 0:
        return str(obj)
    return obj.strftime(fmt)


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    yday = _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dstflag))


def _round_half_away(x):
    if x >= 0.0:
        return int(x + 0.5) if x + 0.5 != x else int(x)
    return -int(-x + 0.5)


def _accum(tag, sum_, num, factor, leftover):
    if isinstance(num, (int, long)):
        return sum_ + num * factor, leftover
    if isinstance(num, float):
        intpart = float(int(num)) if num == num and abs(num) != float('inf') else num
        frac = num - intpart
        sum_ += int(intpart) * factor
        if frac == 0.0:
            return sum_, leftover
        d = float(factor) * frac
        ip = float(int(d))
        sum_ += int(ip)
        return sum_, leftover + (d - ip)
    raise TypeError("unsupported type for timedelta %s component: %s"
                    % (tag, _tname(num)))


_DELTA_NAMES = ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours',
                'weeks')
_DELTA_FACTORS = (86400000000, 1000000, 1, 1000, 60000000, 3600000000, 604800000000)


def _bind_delta_args(args, kwargs):
    return _parse_args(None, _DELTA_NAMES, 0, args, kwargs, (0,) * 7)


def _delta_from_us(us, cls=None):
    s, us = divmod(us, 1000000)
    d, s = divmod(s, 86400)
    return timedelta._create(d, s, us, cls)


class timedelta(object):
    """Difference between two datetime values."""
    __slots__ = ('_days', '_seconds', '_microseconds')

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) > 7:
            args = _bind_delta_args(args, kwargs)
        total = 0
        left = 0.0
        for i in range(len(args)):
            v = args[i]
            if type(v) is int:
                total += v * _DELTA_FACTORS[i]
            else:
                total, left = _accum(_DELTA_NAMES[i], total, v, _DELTA_FACTORS[i], left)
        if left:
            total += _round_half_away(left)
        return _delta_from_us(total, cls)

    @classmethod
    def _create(cls, d, s, us, sub=None):
        if not -_MAX_DELTA_DAYS <= d <= _MAX_DELTA_DAYS:
            if not -2 ** 31 <= d < 2 ** 31:
                raise OverflowError("Python int too large to convert to C int")
            raise OverflowError("days=%d; must have magnitude <= %d" % (d, _MAX_DELTA_DAYS))
        self = object.__new__(sub or cls)
        self._days = int(d)
        self._seconds = int(s)
        self._microseconds = int(us)
        return self

    days = property(lambda self: self._days, doc="Number of days.")
    seconds = property(lambda self: self._seconds,
                       doc="Number of seconds (>= 0 and less than 1 day).")
    microseconds = property(lambda self: self._microseconds,
                            doc="Number of microseconds (>= 0 and less than 1 second).")

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        # long / long true division: correctly rounded, as CPython computes it
        return _truediv(self._us(), 1000000)

    def __repr__(self):
        if self._microseconds:
            return "datetime.timedelta(%d, %d, %d)" % (self._days, self._seconds,
                                                       self._microseconds)
        if self._seconds:
            return "datetime.timedelta(%d, %d)" % (self._days, self._seconds)
        return "datetime.timedelta(%d)" % self._days

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, " % (self._days, abs(self._days) != 1 and "s" or "") + s
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return _delta_from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        if self._days < 0:
            return -self
        return self

    def __mul__(self, other):
        if isinstance(other, (int, long)):
            return _delta_from_us(self._us() * other)
        return NotImplemented

    __rmul__ = __mul__

    def __div__(self, other):
        if isinstance(other, (int, long)):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(self._us() // other)
        return NotImplemented

    __floordiv__ = __div__

    def _cmp(self, other):
        a, b = self._us(), other._us()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) == 0
        return False

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) != 0
        return True

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) < 0
        _cmperror(self, other)

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) <= 0
        _cmperror(self, other)

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) > 0
        _cmperror(self, other)

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) >= 0
        _cmperror(self, other)

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __nonzero__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (self.__class__, (self._days, self._seconds, self._microseconds))


timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta(_MAX_DELTA_DAYS, 86399, 999999)
timedelta.resolution = timedelta(0, 0, 1)


def _date_from_state(cls, args):
    """The pickle form: date('\\x07\\xd0\\x01\\x01')."""
    s = args[0]
    if len(args) == 1 and isinstance(s, str) and len(s) == 4 and 1 <= ord(s[2]) <= 12:
        self = object.__new__(cls)
        self._year = ord(s[0]) * 256 + ord(s[1])
        self._month = ord(s[2])
        self._day = ord(s[3])
        return self
    return None


class date(object):
    """date(year, month, day) --> date object"""
    __slots__ = ('_year', '_month', '_day')

    def __new__(cls, *args, **kwargs):
        if args and not kwargs:
            self = _date_from_state(cls, args)
            if self is not None:
                return self
        y, m, d = _parse_args(None, ('year', 'month', 'day'), 3, args, kwargs, ())
        y, m, d = _check_date_fields(y, m, d)
        self = object.__new__(cls)
        self._year = y
        self._month = m
        self._day = d
        return self

    @classmethod
    def _make(cls, y, m, d):
        self = object.__new__(cls)
        self._year = y
        self._month = m
        self._day = d
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def fromtimestamp(cls, timestamp):
        """timestamp -> local date from a POSIX timestamp (like time.time())."""
        if not isinstance(timestamp, (int, long, float)):
            raise TypeError("a float is required")
        t = _time.localtime(timestamp)
        return cls(t[0], t[1], t[2])

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _int_arg(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        if y > MAXYEAR:
            raise ValueError("year is out of range")
        return cls(y, m, d)

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_repr_name(self), self._year, self._month,
                                   self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        """Return ctime() style string."""
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[wd], _MONTH_NAMES[self._month],
                                            self._day, self._year)

    def strftime(self, fmt):
        """format -> strftime() style string."""
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        return _format(self, fmt)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, *args, **kwargs):
        """Return date with new specified fields."""
        y, m, d = _parse_args(None, ('year', 'month', 'day'), 0, args, kwargs,
                              (self._year, self._month, self._day))
        return type(self)(y, m, d)

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a 3-tuple containing ISO year, week number, and weekday."""
        year = self._year
        week1 = _iso_week1_monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week1 = _iso_week1_monday(year)
            week, day = divmod(today - week1, 7)
        elif week >= 52:
            if today >= _iso_week1_monday(year + 1):
                year += 1
                week = 0
        return year, week + 1, day + 1

    def _cmp(self, other):
        a = (self._year, self._month, self._day)
        b = (other._year, other._month, other._day)
        return (a > b) - (a < b)

    def _compare(self, other, op):
        if isinstance(other, date):
            return op(self._cmp(other), 0)
        if hasattr(other, 'timetuple'):
            return NotImplemented
        if op is _eq:
            return False
        if op is _ne:
            return True
        _cmperror(self, other)

    def __eq__(self, other):
        return self._compare(other, _eq)

    def __ne__(self, other):
        return self._compare(other, _ne)

    def __lt__(self, other):
        return self._compare(other, _lt)

    def __le__(self, other):
        return self._compare(other, _le)

    def __gt__(self, other):
        return self._compare(other, _gt)

    def __ge__(self, other):
        return self._compare(other, _ge)

    def __hash__(self):
        return hash((self._getstate(),))

    def __add__(self, other):
        if isinstance(other, timedelta) and not isinstance(self, datetime):
            o = self.toordinal() + other._days
            if 0 < o <= _MAX_ORDINAL:
                return date._make(*_ord2ymd(o))
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(self, datetime) or isinstance(other, datetime):
            return NotImplemented
        if isinstance(other, timedelta):
            o = self.toordinal() - other._days
            if 0 < o <= _MAX_ORDINAL:
                return date._make(*_ord2ymd(o))
            raise OverflowError("date value out of range")
        if isinstance(other, date):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def _getstate(self):
        return chr(self._year >> 8) + chr(self._year & 255) + chr(self._month) + chr(self._day)

    def __reduce__(self):
        return (self.__class__, (self._getstate(),))


def _eq(a, b): return a == b
def _ne(a, b): return a != b
def _lt(a, b): return a < b
def _le(a, b): return a <= b
def _gt(a, b): return a > b
def _ge(a, b): return a >= b


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _type_repr_name(obj):
    t = type(obj)
    if t in _BUILTIN_TYPES:
        return 'datetime.' + t.__name__
    return t.__name__


_MAX_ORDINAL = _ymd2ord(MAXYEAR, 12, 31)

date.min = date(1, 1, 1)
date.max = date(MAXYEAR, 12, 31)
date.resolution = timedelta(1)


class tzinfo(object):
    """Abstract base class for time zone info objects."""
    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> minutes east of UTC (negative for west of UTC)."""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset in minutes east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _call_offset(self, 'utcoffset', dt)
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _call_offset(self, 'dst', dt)
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        if delta:
            dt = dt + timedelta(minutes=delta)
            dst = _call_offset(self, 'dst', dt)
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; "
                                 "cannot convert")
        if dst:
            return dt + timedelta(minutes=dst)
        return dt

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        getstate = getattr(self, '__getstate__', None)
        if getstate:
            state = getstate()
        else:
            state = getattr(self, '__dict__', None) or None
        if state is None:
            return (self.__class__, args)
        return (self.__class__, args, state)


def _time_from_state(cls, args):
    s = args[0]
    if (1 <= len(args) <= 2 and isinstance(s, str) and len(s) == 6
            and ord(s[0]) < 24):
        tz = args[1] if len(args) == 2 else None
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("bad tzinfo state arg")
        self = object.__new__(cls)
        self._hour, self._minute, self._second = ord(s[0]), ord(s[1]), ord(s[2])
        self._microsecond = (ord(s[3]) << 16) | (ord(s[4]) << 8) | ord(s[5])
        self._tzinfo = tz
        return self
    return None


class time(object):
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints or longs.
"""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo')

    def __new__(cls, *args, **kwargs):
        if args and not kwargs:
            self = _time_from_state(cls, args)
            if self is not None:
                return self
        h, m, s, us, tz = _parse_args(
            None, ('hour', 'minute', 'second', 'microsecond', 'tzinfo'), 0,
            args, kwargs, (0, 0, 0, 0, None))
        h, m, s, us = _check_time_fields(h, m, s, us)
        _check_tzinfo(tz)
        self = object.__new__(cls)
        self._hour = h
        self._minute = m
        self._second = s
        self._microsecond = us
        self._tzinfo = tz
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    def _tzarg(self):
        return None

    def _offset(self):
        return _call_offset(self._tzinfo, 'utcoffset', None)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        off = _call_offset(self._tzinfo, 'utcoffset', None)
        return None if off is None else timedelta(minutes=off)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        off = _call_offset(self._tzinfo, 'dst', None)
        return None if off is None else timedelta(minutes=off)

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, None)

    def __repr__(self):
        if self._microsecond:
            s = "%s(%d, %d, %d, %d" % (_type_repr_name(self), self._hour, self._minute,
                                       self._second, self._microsecond)
        elif self._second:
            s = "%s(%d, %d, %d" % (_type_repr_name(self), self._hour, self._minute,
                                   self._second)
        else:
            s = "%s(%d, %d" % (_type_repr_name(self), self._hour, self._minute)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        return s + ")"

    def isoformat(self):
        """Return string in ISO 8601 format, HH:MM:SS[.mmmmmm][+HH:MM]."""
        s = _format_clock(self._hour, self._minute, self._second, self._microsecond)
        return s + _format_offset(self._offset(), ':')

    __str__ = isoformat

    def strftime(self, fmt):
        """format -> strftime() style string."""
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, fmt, tt)

    def __format__(self, fmt):
        return _format(self, fmt)

    def replace(self, *args, **kwargs):
        """Return time with new specified fields."""
        vals = _parse_args(None, ('hour', 'minute', 'second', 'microsecond', 'tzinfo'),
                           0, args, kwargs, (self._hour, self._minute, self._second,
                                             self._microsecond, self._tzinfo))
        return type(self)(*vals)

    def _compare(self, other, op):
        if not isinstance(other, time):
            if op is _eq:
                return False
            if op is _ne:
                return True
            _cmperror(self, other)
        if self._tzinfo is other._tzinfo:
            o1 = o2 = None
        else:
            o1 = self._offset()
            o2 = other._offset()
        if o1 == o2:
            a = (self._hour, self._minute, self._second, self._microsecond)
            b = (other._hour, other._minute, other._second, other._microsecond)
        elif o1 is None or o2 is None:
            raise TypeError("can't compare offset-naive and offset-aware times")
        else:
            a = (self._hour * 60 + self._minute - o1, self._second, self._microsecond)
            b = (other._hour * 60 + other._minute - o2, other._second,
                 other._microsecond)
        return op((a > b) - (a < b), 0)

    def __eq__(self, other):
        return self._compare(other, _eq)

    def __ne__(self, other):
        return self._compare(other, _ne)

    def __lt__(self, other):
        return self._compare(other, _lt)

    def __le__(self, other):
        return self._compare(other, _le)

    def __gt__(self, other):
        return self._compare(other, _gt)

    def __ge__(self, other):
        return self._compare(other, _ge)

    def __hash__(self):
        off = self._offset()
        if not off:
            return hash(self._getstate()[0])
        hour, minute = divmod(self._hour * 60 + self._minute - off, 60)
        if 0 <= hour < 24:
            return hash(time(hour, minute, self._second, self._microsecond)._getstate()[0])
        return hash((hour, minute, self._second, self._microsecond))

    def __nonzero__(self):
        if self._second or self._microsecond:
            return True
        off = self._offset() or 0
        return self._hour * 60 + self._minute - off != 0

    def _getstate(self):
        us = self._microsecond
        s = (chr(self._hour) + chr(self._minute) + chr(self._second) +
             chr(us >> 16) + chr((us >> 8) & 255) + chr(us & 255))
        if self._tzinfo is None:
            return (s,)
        return (s, self._tzinfo)

    def __reduce__(self):
        return (self.__class__, self._getstate())


def _format_clock(hh, mm, ss, us):
    s = "%02d:%02d:%02d" % (hh, mm, ss)
    if us:
        s += ".%06d" % us
    return s


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(0, 0, 1)


def _datetime_from_state(cls, args):
    s = args[0]
    if (1 <= len(args) <= 2 and isinstance(s, str) and len(s) == 10
            and 1 <= ord(s[2]) <= 12):
        tz = args[1] if len(args) == 2 else None
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("bad tzinfo state arg")
        self = object.__new__(cls)
        self._year = ord(s[0]) * 256 + ord(s[1])
        self._month, self._day = ord(s[2]), ord(s[3])
        self._hour, self._minute, self._second = ord(s[4]), ord(s[5]), ord(s[6])
        self._microsecond = (ord(s[7]) << 16) | (ord(s[8]) << 8) | ord(s[9])
        self._tzinfo = tz
        return self
    return None


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints or longs.
"""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo')

    def __new__(cls, *args, **kwargs):
        if args and not kwargs:
            self = _datetime_from_state(cls, args)
            if self is not None:
                return self
        y, mo, d, h, mi, s, us, tz = _parse_args(
            None, ('year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond',
                   'tzinfo'), 3, args, kwargs, (0, 0, 0, 0, None))
        y, mo, d = _check_date_fields(y, mo, d)
        h, mi, s, us = _check_time_fields(h, mi, s, us)
        _check_tzinfo(tz)
        return cls._make(y, mo, d, h, mi, s, us, tz)

    @classmethod
    def _make(cls, y, mo, d, h=0, mi=0, s=0, us=0, tz=None):
        self = object.__new__(cls)
        self._year = y
        self._month = mo
        self._day = d
        self._hour = h
        self._minute = mi
        self._second = s
        self._microsecond = us
        self._tzinfo = tz
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    def _tzarg(self):
        return self

    @classmethod
    def _from_timestamp(cls, timestamp, convert, tz):
        if not isinstance(timestamp, (int, long, float)):
            raise TypeError("a float is required")
        if isinstance(timestamp, float):
            if timestamp != timestamp or abs(timestamp) == float('inf'):
                raise ValueError("timestamp out of range for platform time_t")
            whole = int(timestamp)
            us = _round_half_away((timestamp - whole) * 1e6)
            if us < 0:
                whole -= 1
                us += 1000000
            if us == 1000000:
                whole += 1
                us = 0
        else:
            whole, us = timestamp, 0
        try:
            t = convert(whole)
        except (OverflowError, ValueError):
            raise ValueError("timestamp out of range for platform localtime()/gmtime() "
                             "function")
        return cls(t[0], t[1], t[2], t[3], t[4], min(t[5], 59), us, tz)

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        if tz is None:
            return cls._from_timestamp(timestamp, _time.localtime, None)
        result = cls._from_timestamp(timestamp, _time.gmtime, tz)
        return tz.fromutc(result)

    @classmethod
    def utcfromtimestamp(cls, timestamp):
        """timestamp -> UTC datetime from a POSIX timestamp (like time.time())."""
        return cls._from_timestamp(timestamp, _time.gmtime, None)

    @classmethod
    def now(cls, tz=None):
        """[tz] -> new datetime with tz's local day and time."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        d = date.fromordinal(n)
        return cls(d._year, d._month, d._day)

    @classmethod
    def combine(cls, *args, **kwargs):
        """date, time -> datetime with same date and time fields"""
        date_, time_ = _parse_args(None, ('date', 'time'), 2, args, kwargs, ())
        if not isinstance(date_, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % _tname(date_))
        if not isinstance(time_, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % _tname(time_))
        return cls(date_._year, date_._month, date_._day, time_._hour, time_._minute,
                   time_._second, time_._microsecond, time_._tzinfo)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        import _strptime
        tt, us = _strptime._strptime(date_string, format)
        return cls(*(tuple(tt[:6]) + (us,)))

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = _call_offset(self._tzinfo, 'dst', self)
        flag = -1 if dst is None else (1 if dst else 0)
        return _build_struct_time(self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, flag)

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        off = _call_offset(self._tzinfo, 'utcoffset', self)
        y, mo, d, h, mi = self._year, self._month, self._day, self._hour, self._minute
        if off:
            mi -= off
            h, mi = h + mi // 60, mi % 60
            days, h = divmod(h, 24)
            if days:
                # may reach year 0 or 10000, as 2.7 allows here
                y, mo, d = _ord2ymd(_ymd2ord(y, mo, d) + days)
        return _build_struct_time(y, mo, d, h, mi, self._second, 0)

    def date(self):
        """Return date object with same year, month and day."""
        return date._make(self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return time(self._hour, self._minute, self._second, self._microsecond)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        off = _call_offset(self._tzinfo, 'utcoffset', self)
        return None if off is None else timedelta(minutes=off)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        off = _call_offset(self._tzinfo, 'dst', self)
        return None if off is None else timedelta(minutes=off)

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, self)

    def _offset(self):
        return _call_offset(self._tzinfo, 'utcoffset', self)

    def replace(self, *args, **kwargs):
        """Return datetime with new specified fields."""
        vals = _parse_args(None, ('year', 'month', 'day', 'hour', 'minute', 'second',
                                  'microsecond', 'tzinfo'), 0, args, kwargs,
                           (self._year, self._month, self._day, self._hour,
                            self._minute, self._second, self._microsecond,
                            self._tzinfo))
        return type(self)(*vals)

    def astimezone(self, tz):
        """tz -> convert to local time in new timezone tz"""
        if not isinstance(tz, tzinfo):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, not %s"
                            % _tname(tz))
        if self._tzinfo is None:
            raise ValueError("astimezone() cannot be applied to a naive datetime")
        if self._tzinfo is tz:
            return self
        off = self._offset()
        if off is None:
            raise ValueError("astimezone() cannot be applied to a naive datetime")
        utc = (self - timedelta(minutes=off)).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def __repr__(self):
        vals = [self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond]
        if not vals[6]:
            del vals[6]
            if not vals[5]:
                del vals[5]
        s = "%s(%s" % (_type_repr_name(self), ", ".join(["%d" % v for v in vals]))
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        return s + ")"

    def isoformat(self, sep='T'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDTHH:MM:SS[.mmmmmm][+HH:MM].

sep is used to separate the year from the time, and defaults to 'T'."""
        if not isinstance(sep, str) or len(sep) != 1:
            if isinstance(sep, unicode) and len(sep) == 1:
                sep = str(sep)
            else:
                raise TypeError("isoformat() argument 1 must be char, not %s"
                                % _tname(sep))
        if self._microsecond:
            s = "%04d-%02d-%02d%s%02d:%02d:%02d.%06d" % (
                self._year, self._month, self._day, sep, self._hour, self._minute,
                self._second, self._microsecond)
        else:
            s = "%04d-%02d-%02d%s%02d:%02d:%02d" % (
                self._year, self._month, self._day, sep, self._hour, self._minute,
                self._second)
        if self._tzinfo is None:
            return s
        return s + _format_offset(self._offset(), ':')

    def __str__(self):
        return self.isoformat(' ')

    def ctime(self):
        """Return ctime() style string."""
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_NAMES[wd], _MONTH_NAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        """format -> strftime() style string."""
        return _wrap_strftime(self, fmt, self.timetuple())

    def _us_since_epoch0(self, off):
        secs = ((_ymd2ord(self._year, self._month, self._day) * 24 + self._hour) * 60 +
                self._minute - (off or 0)) * 60 + self._second
        return secs * 1000000 + self._microsecond

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            if hasattr(other, 'timetuple') and not isinstance(other, date):
                return NotImplemented
            if op is _eq:
                return False
            if op is _ne:
                return True
            _cmperror(self, other)
        if self._tzinfo is other._tzinfo:
            o1 = o2 = None
        else:
            o1 = self._offset()
            o2 = other._offset()
        if (o1 is None) != (o2 is None):
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        a = self._us_since_epoch0(o1)
        b = other._us_since_epoch0(o2)
        return op((a > b) - (a < b), 0)

    # datetime has comparison methods of its own (as its C type has), so that in a
    # date/datetime comparison the datetime side is asked first, and refuses.
    def __eq__(self, other):
        return self._compare(other, _eq)

    def __ne__(self, other):
        return self._compare(other, _ne)

    def __lt__(self, other):
        return self._compare(other, _lt)

    def __le__(self, other):
        return self._compare(other, _le)

    def __gt__(self, other):
        return self._compare(other, _gt)

    def __ge__(self, other):
        return self._compare(other, _ge)

    def __hash__(self):
        off = self._offset()
        if off is None:
            return hash(self._getstate()[0])
        days = _ymd2ord(self._year, self._month, self._day)
        secs = self._hour * 3600 + (self._minute - off) * 60 + self._second
        return hash(timedelta(days, secs, self._microsecond))

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return self._shift(other._days, other._seconds, other._microseconds)

    __radd__ = __add__

    def _shift(self, days, seconds, us):
        """self moved by the given amounts (of any sign), as a datetime."""
        us += self._microsecond
        seconds += self._hour * 3600 + self._minute * 60 + self._second
        if not 0 <= us < 1000000:
            carry, us = divmod(us, 1000000)
            seconds += carry
        if not 0 <= seconds < 86400:
            carry, seconds = divmod(seconds, 86400)
            days += carry
        if days:
            o = _ymd2ord(self._year, self._month, self._day) + days
            if not 0 < o <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            y, mo, d = _ord2ymd(o)
        else:
            y, mo, d = self._year, self._month, self._day
        h, seconds = divmod(seconds, 3600)
        mi, sec = divmod(seconds, 60)
        return datetime._make(y, mo, d, h, mi, sec, us, self._tzinfo)

    def __sub__(self, other):
        if not isinstance(self, datetime):
            return NotImplemented
        if isinstance(other, timedelta):
            return self._shift(-other._days, -other._seconds, -other._microseconds)
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                o1 = o2 = None
            else:
                o1 = self._offset()
                o2 = other._offset()
            if (o1 is None) != (o2 is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return _delta_from_us(self._us_since_epoch0(o1) - other._us_since_epoch0(o2))
        return NotImplemented

    def __rsub__(self, other):
        return NotImplemented

    def _getstate(self):
        us = self._microsecond
        s = (chr(self._year >> 8) + chr(self._year & 255) + chr(self._month) +
             chr(self._day) + chr(self._hour) + chr(self._minute) + chr(self._second) +
             chr(us >> 16) + chr((us >> 8) & 255) + chr(us & 255))
        if self._tzinfo is None:
            return (s,)
        return (s, self._tzinfo)

    def __reduce__(self):
        return (self.__class__, self._getstate())


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(MAXYEAR, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(0, 0, 1)

_BUILTIN_TYPES = (date, time, datetime, timedelta, tzinfo)

datetime_CAPI = None
del datetime_CAPI
