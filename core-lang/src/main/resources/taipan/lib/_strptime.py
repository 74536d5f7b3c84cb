"""Strptime-related classes and functions.

CLASSES:
    LocaleTime -- Discovers and stores locale-specific time information
    TimeRE -- Creates regexes for pattern matching a string of text containing
                time information

FUNCTIONS:
    _getlang -- Figure out what language is being used for the locale
    strptime -- Calculates the time struct represented by the passed-in string

"""
# Taipan's _strptime: parses with regular expressions built from the format, in the C
# locale (English names, '%a %b %d %H:%M:%S %Y' for %c).

import time
import re
from re import IGNORECASE
from datetime import date as datetime_date
try:
    from thread import allocate_lock as _thread_allocate_lock
except ImportError:
    _thread_allocate_lock = None

__all__ = []


def _getlang():
    # Figure out what the current language is set to.
    try:
        import locale
    except ImportError:
        return (None, None)
    return locale.getlocale(locale.LC_TIME)


def _day(i):
    return datetime_date(2001, 1, 1 + i)


def _month(m):
    return datetime_date(2001, m, 1)


class LocaleTime(object):
    """Stores and handles locale-specific information related to time.

    ATTRIBUTES:
        f_weekday -- full weekday names (7-item list)
        a_weekday -- abbreviated weekday names (7-item list)
        f_month -- full month names (13-item list; dummy value in [0], which
                    is added by code)
        a_month -- abbreviated month names (13-item list, dummy value in
                    [0], which is added by code)
        am_pm -- AM/PM representation (2-item list)
        LC_date_time -- format string for date/time representation (string)
        LC_date -- format string for date representation (string)
        LC_time -- format string for time representation (string)
        timezone -- daylight- and non-daylight-savings timezone representation
                    (2-item list of sets)
        lang -- Language used by instance (2-item tuple)
    """

    def __init__(self):
        self.lang = _getlang()
        # the names as strftime writes them (January 2001 began on a Monday)
        self.a_weekday = [_day(i).strftime('%a').lower() for i in range(7)]
        self.f_weekday = [_day(i).strftime('%A').lower() for i in range(7)]
        self.a_month = [''] + [_month(m).strftime('%b').lower() for m in range(1, 13)]
        self.f_month = [''] + [_month(m).strftime('%B').lower() for m in range(1, 13)]
        self.am_pm = [time.strftime('%p', (1999, 3, 17, hour, 44, 55, 2, 76, 0)).lower()
                      for hour in (1, 22)]
        self.LC_date_time = '%a %b %d %H:%M:%S %Y'
        self.LC_date = '%m/%d/%y'
        self.LC_time = '%H:%M:%S'
        self.timezone = self.__calc_timezone()

    def __calc_timezone(self):
        try:
            time.tzset()
        except AttributeError:
            pass
        no_saving = frozenset(["utc", "gmt", time.tzname[0].lower()])
        if time.daylight:
            has_saving = frozenset([time.tzname[1].lower()])
        else:
            has_saving = frozenset()
        return (no_saving, has_saving)


# Regular expressions for the directives that do not depend on the locale.
_FIXED = {
    'd': r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
    'f': r"(?P<f>[0-9]{1,6})",
    'H': r"(?P<H>2[0-3]|[0-1]\d|\d)",
    'I': r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    'j': r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    'm': r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    'M': r"(?P<M>[0-5]\d|\d)",
    'S': r"(?P<S>6[0-1]|[0-5]\d|\d)",
    'U': r"(?P<U>5[0-3]|[0-4]\d|\d)",
    'w': r"(?P<w>[0-6])",
    'y': r"(?P<y>\d\d)",
    'Y': r"(?P<Y>\d\d\d\d)",
}


class TimeRE(dict):
    """Handle conversion from format directives to regexes."""

    def __init__(self, locale_time=None):
        """Create keys/values.

        Order of execution is important for dependency reasons.

        """
        self.locale_time = locale_time if locale_time else LocaleTime()
        lt = self.locale_time
        base = super(TimeRE, self)
        base.__init__(_FIXED)
        self['W'] = self['U'].replace('U', 'W')
        self['A'] = self.__seqToRE(lt.f_weekday, 'A')
        self['a'] = self.__seqToRE(lt.a_weekday, 'a')
        self['B'] = self.__seqToRE(lt.f_month[1:], 'B')
        self['b'] = self.__seqToRE(lt.a_month[1:], 'b')
        self['p'] = self.__seqToRE(lt.am_pm, 'p')
        self['Z'] = self.__seqToRE([tz for names in lt.timezone for tz in names], 'Z')
        self['%'] = '%'
        self['c'] = self.pattern(lt.LC_date_time)
        self['x'] = self.pattern(lt.LC_date)
        self['X'] = self.pattern(lt.LC_time)

    def __seqToRE(self, to_convert, directive):
        """Regex alternation of the given names, longest first (so that a full name is
        not cut short by a prefix of it)."""
        names = sorted(to_convert, key=len, reverse=True)
        for name in names:
            if name != '':
                break
        else:
            return ''
        return '(?P<%s>%s)' % (directive, '|'.join([re.escape(n) for n in names]))

    def pattern(self, format):
        """Return regex pattern for the format string.

        Need to make sure that any characters that might be interpreted as
        regex syntax are escaped.

        """
        out = []
        fmt = re.sub(r"([\\.^$*+?\(\){}\[\]|])", r"\\\1", format)
        fmt = re.sub(r'\s+', r'\\s+', fmt)
        i = 0
        n = len(fmt)
        while True:
            j = fmt.find('%', i)
            if j < 0:
                break
            if j + 1 >= n:
                raise IndexError("stray %")
            out.append(fmt[i:j])
            out.append(self[fmt[j + 1]])
            i = j + 2
        out.append(fmt[i:])
        return ''.join(out)

    def compile(self, format):
        """Return a compiled re object for the format string."""
        return re.compile(self.pattern(format), IGNORECASE)


_cache_lock = _thread_allocate_lock() if _thread_allocate_lock else None
_TimeRE_cache = TimeRE()
_CACHE_MAX_SIZE = 5
_regex_cache = {}


def _calc_julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_Mon):
    """Calculate the Julian day based on the year, week of the year, and day of
    the week, with week_start_day representing whether the week of the year
    assumes the week starts on Sunday or Monday (6 or 0)."""
    first_weekday = datetime_date(year, 1, 1).weekday()
    if not week_starts_Mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    # Days before the first week's start day belong to week 0.
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    days_to_week = week_0_length + (7 * (week_of_year - 1))
    return 1 + days_to_week + day_of_week


def _compiled(format):
    global _TimeRE_cache
    if _cache_lock:
        _cache_lock.acquire()
    try:
        if _getlang() != _TimeRE_cache.locale_time.lang:
            _TimeRE_cache = TimeRE()
            _regex_cache.clear()
        if len(_regex_cache) > _CACHE_MAX_SIZE:
            _regex_cache.clear()
        regex = _regex_cache.get(format)
        if not regex:
            try:
                regex = _TimeRE_cache.compile(format)
            except KeyError, err:
                bad = err.args[0]
                if bad == "\\":
                    bad = "%"
                del err
                raise ValueError("'%s' is a bad directive in format '%s'" % (bad, format))
            except IndexError:
                raise ValueError("stray %% in format '%s'" % format)
            _regex_cache[format] = regex
        return regex
    finally:
        if _cache_lock:
            _cache_lock.release()


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return a time struct based on the input string and the format string."""
    for s in (data_string, format):
        if not isinstance(s, basestring):
            raise TypeError("expected string or buffer")
    regex = _compiled(format)
    found = regex.match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])

    locale_time = _TimeRE_cache.locale_time
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    week_of_year = -1
    week_of_year_start = -1
    weekday = julian = -1
    fields = found.groupdict()
    for key, value in fields.iteritems():
        if key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(value)
        elif key == 'm':
            month = int(value)
        elif key == 'B':
            month = locale_time.f_month.index(value.lower())
        elif key == 'b':
            month = locale_time.a_month.index(value.lower())
        elif key == 'd':
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'I':
            hour = int(value)
            ampm = fields.get('p', '').lower()
            if ampm in ('', locale_time.am_pm[0]):
                if hour == 12:
                    hour = 0
            elif ampm == locale_time.am_pm[1]:
                if hour != 12:
                    hour += 12
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif key == 'A':
            weekday = locale_time.f_weekday.index(value.lower())
        elif key == 'a':
            weekday = locale_time.a_weekday.index(value.lower())
        elif key == 'w':
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == 'j':
            julian = int(value)
        elif key in ('U', 'W'):
            week_of_year = int(value)
            week_of_year_start = 6 if key == 'U' else 0
        elif key == 'Z':
            name = value.lower()
            if name in ("utc", "gmt"):
                tz = 0
            else:
                for i, names in enumerate(locale_time.timezone):
                    if name in names:
                        # An ambiguous name (same for standard and summer time)
                        # tells nothing.
                        if (time.tzname[0] == time.tzname[1] and time.daylight
                                and name not in ("utc", "gmt")):
                            break
                        tz = i
                        break
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904  # a leap year, so that Feb 29 is valid; reset below
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian == -1 and week_of_year != -1 and weekday != -1:
        julian = _calc_julian_from_U_or_W(year, week_of_year, weekday,
                                          week_of_year_start == 0)
    if julian == -1:
        julian = (datetime_date(year, month, day).toordinal() -
                  datetime_date(year, 1, 1).toordinal() + 1)
    else:
        d = datetime_date.fromordinal((julian - 1) + datetime_date(year, 1, 1).toordinal())
        year, month, day = d.year, d.month, d.day
    if weekday == -1:
        weekday = datetime_date(year, month, day).weekday()
    if leap_year_fix:
        year = 1900
    return (time.struct_time((year, month, day, hour, minute, second,
                              weekday, julian, tz)), fraction)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    return _strptime(data_string, format)[0]
