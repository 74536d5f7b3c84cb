# datetime: construction, arithmetic, comparison, formatting and tzinfo handling
from datetime import date, time, datetime, timedelta, tzinfo, MINYEAR, MAXYEAR


def show(expr):
    try:
        print expr, '->', repr(eval(expr))
    except Exception as e:
        print expr, '->', type(e).__name__ + ':', e


class FixedOffset(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)

    def __repr__(self):
        return 'FixedOffset(%r)' % self.name


UTC = FixedOffset(0, 'UTC')
EST = FixedOffset(-300, 'EST')
IST = FixedOffset(330, 'IST')

print MINYEAR, MAXYEAR
for e in ["timedelta()", "timedelta(1)", "timedelta(0, 1)", "timedelta(0, 0, 1)",
          "timedelta(weeks=1, days=-1, hours=25, minutes=61, seconds=61.5)",
          "timedelta(1.5, 0.3, 0.7, 1.234, 0.5, 1e-7)", "timedelta(microseconds=-1.5)",
          "timedelta(microseconds=0.5)", "timedelta(milliseconds=-0.0001)",
          "timedelta(-1)", "-timedelta(0, 1)", "abs(timedelta(-3, 5))",
          "timedelta(1) * 3", "3 * timedelta(0, 7)", "timedelta(1) / 7", "timedelta(1) // -7",
          "timedelta(1) - timedelta(0, 1)", "timedelta(1) + timedelta(0, 0, 1)",
          "timedelta(1) / 0", "timedelta('x')", "timedelta(1e300)",
          "timedelta(1000000000)", "timedelta(days=1).total_seconds()",
          "timedelta(1) == 1", "timedelta(1) != 1", "timedelta(1) < 1",
          "timedelta(2) > timedelta(1, 86399)", "bool(timedelta(0))", "bool(timedelta(0, 0, 1))",
          "timedelta.min", "timedelta.max", "timedelta.resolution",
          "hash(timedelta(1, 2, 3)) == hash(timedelta(0, 86402, 3))",
          "timedelta(1, 2, 3).__reduce__()[1]"]:
    show(e)
for td in [timedelta(0), timedelta(1), timedelta(2, 3661), timedelta(-1, 3, 5),
           timedelta(-2), timedelta(0, 0, 10)]:
    print str(td)

for e in ["date(2000, 2, 29)", "date(2001, 2, 29)", "date(0, 1, 1)", "date(10000, 1, 1)",
          "date(2000, 13, 1)", "date(2000, 0, 1)", "date(2000, 1, 0)", "date(2000.0, 1, 1)",
          "date('2000', 1, 1)", "date(2000, 1)", "date(2000, 1, 1, 1)", "date(year=2000, month=1, day=2)",
          "date(2000, 1, 1, x=3)",
          "date(2002, 3, 4).weekday()", "date(2002, 3, 4).isoweekday()",
          "date(2002, 3, 4).toordinal()", "date.fromordinal(730914)", "date.fromordinal(0)",
          "date(2003, 12, 29).isocalendar()", "date(2005, 1, 1).isocalendar()",
          "date(2004, 12, 31).isocalendar()", "date(2008, 12, 29).isocalendar()",
          "date(2002, 3, 4).timetuple()", "date(2002, 3, 4).ctime()",
          "date(2002, 3, 4).isoformat()", "str(date(2, 3, 4))",
          "date(2002, 3, 4).strftime('%Y-%m-%d %a %A %b %B %j %U %W %w %y %%')",
          "date(2002, 3, 4).strftime('%H:%M:%S.%f %z %Z')", "date(1850, 1, 1).strftime('%Y')",
          "date(2002, 3, 4).strftime(3)", "format(date(2002, 3, 4), '%d/%m')", "format(date(2002, 3, 4), '')",
          "date(2002, 3, 4).replace(year=2004)", "date(2002, 3, 4).replace(2003, 5)",
          "date(2000, 2, 29).replace(year=2001)", "date(2002, 3, 4).replace(z=1)",
          "date(2002, 3, 4) + timedelta(30)", "timedelta(30) + date(2002, 3, 4)",
          "date(2002, 3, 4) - timedelta(days=1, hours=23)", "date(2002, 3, 4) - date(2001, 3, 4)",
          "date(9999, 12, 31) + timedelta(1)", "date(1, 1, 1) - timedelta(1)",
          "date(2002, 3, 4) == date(2002, 3, 4)", "date(2002, 3, 4) < date(2002, 3, 5)",
          "date(2002, 3, 4) == 3", "date(2002, 3, 4) != 3", "date(2002, 3, 4) < 3",
          "date(2002, 3, 4) == datetime(2002, 3, 4)", "date(2002, 3, 4) < datetime(2002, 3, 4)",
                    "date.min", "date.max", "date.resolution", "date(2002, 3, 4).__reduce__()[1]",
          "date('\\x07\\xd2\\x03\\x04')",
          "hash(date(2002, 3, 4))", "date(2002, 3, 4).year", "date(2002, 3, 4).month"]:
    show(e)

for e in ["time()", "time(12)", "time(12, 30, 5)", "time(1, 2, 3, 4)", "time(24)", "time(0, 60)",
          "time(0, 0, 60)", "time(0, 0, 0, 1000000)", "time(tzinfo=3)", "time(1, 2, tzinfo=EST)",
          "time(1, 2, 3, 4).isoformat()", "str(time(1, 2, tzinfo=IST))", "time(1, 2, tzinfo=EST).utcoffset()",
          "time(1, 2, tzinfo=EST).tzname()", "time(1, 2, tzinfo=EST).dst()", "time(1, 2).utcoffset()",
          "time(1, 2, 3, 45).strftime('%H %M %S %f %p %I')", "time(1, 2, tzinfo=IST).strftime('%z %Z')",
          "time(1, 2).replace(hour=5)", "time(1, 2).replace(tzinfo=UTC)",
          "time(1, 2) < time(1, 3)", "time(1, 2) == time(1, 2, tzinfo=UTC)",
          "time(5, 0, tzinfo=UTC) == time(0, 0, tzinfo=EST)", "time(1) < 3", "time(1) == 3",
          "bool(time())", "bool(time(0, 0, 0, 1))", "bool(time(5, tzinfo=FixedOffset(300, 'X')))",
          "hash(time(1, 2)) == hash(time(1, 2, tzinfo=UTC))", "hash(time(6, 2, tzinfo=EST)) == hash(time(11, 2))",
          "time.min", "time.max", "time.resolution", "time(1, 2, 3, 4).__reduce__()[1]",
          "format(time(1, 2), '%H.%M')"]:
    show(e)

for e in ["datetime(2002, 3, 4)", "datetime(2002, 3, 4, 5, 6)", "datetime(2002, 3, 4, 5, 6, 7)",
          "datetime(2002, 3, 4, 5, 6, 7, 8)", "datetime(2002, 3, 4, 5, 6, tzinfo=UTC)",
          "datetime(2002, 3)", "datetime(2002, 3, 4, 25)",
          "str(datetime(2002, 3, 4, 5, 6, 7, 8))", "datetime(2002, 3, 4, 5, 6).isoformat()",
          "datetime(2002, 3, 4, 5, 6, tzinfo=IST).isoformat(' ')", "datetime(2002, 3, 4).isoformat('ab')",
          "datetime(2002, 3, 4, 5, 6).ctime()", "datetime(2002, 3, 4, 5, 6).timetuple()",
          "datetime(2002, 3, 4, 5, 6, tzinfo=EST).utctimetuple()",
          "datetime(2002, 3, 4, 5, 6, tzinfo=EST).timetuple()",
          "datetime(2002, 3, 4, 5, 6, 7, 8).date()", "datetime(2002, 3, 4, 5, 6, 7, 8, EST).time()",
          "datetime(2002, 3, 4, 5, 6, 7, 8, EST).timetz()",
          "datetime.combine(date(2002, 3, 4), time(1, 2, tzinfo=UTC))", "datetime.combine(1, 2)",
          "datetime.fromordinal(730914)", "datetime.utcfromtimestamp(0)",
          "datetime.utcfromtimestamp(1234567890.123456)", "datetime.utcfromtimestamp(-1.5)",
          "datetime.utcfromtimestamp(1.9999999)", "datetime.fromtimestamp(0, UTC)",
          "datetime.fromtimestamp(86400 * 365, IST)", "datetime.utcfromtimestamp('x')",
          "datetime(2002, 3, 4, 5, 6) + timedelta(hours=20)", "datetime(2002, 3, 4) - timedelta(0, 1)",
          "datetime(2002, 3, 4) - datetime(2002, 3, 3, 1, 2, 3, 4)",
          "datetime(2002, 3, 4, tzinfo=EST) - datetime(2002, 3, 4, tzinfo=UTC)",
          "datetime(2002, 3, 4, tzinfo=EST) - datetime(2002, 3, 4)",
          "datetime(2002, 3, 4, tzinfo=EST) < datetime(2002, 3, 4)",
          "datetime(2002, 3, 4, tzinfo=EST) == datetime(2002, 3, 4)",
          "datetime(2002, 3, 4, 5, tzinfo=UTC) == datetime(2002, 3, 4, tzinfo=EST)",
          "datetime(2002, 3, 4, tzinfo=UTC) < datetime(2002, 3, 4, tzinfo=IST)",
          "datetime(2002, 3, 4) == 4", "datetime(2002, 3, 4) > 4",
          "datetime(9999, 12, 31, 23) + timedelta(hours=1)",
          "datetime(2002, 3, 4, 5, 6, tzinfo=UTC).astimezone(EST)",
          "datetime(2002, 3, 4, 5, 6, tzinfo=UTC).astimezone(IST)",
          "datetime(2002, 3, 4, 5, 6).astimezone(EST)", "datetime(2002, 3, 4).astimezone(3)",
          "datetime(2002, 3, 4, 5, 6, tzinfo=IST).utcoffset()", "datetime(2002, 3, 4, 5, 6, tzinfo=IST).tzname()",
          "datetime(2002, 3, 4, 5, 6, 7, 89).strftime('%Y %m %d %H %M %S %f %z %Z %j %c %x %X')",
          "datetime(2002, 3, 4, 5, 6, 7, tzinfo=IST).strftime('%z %Z %%z')",
          "datetime(2002, 3, 4, 5).replace(minute=30, tzinfo=UTC)", "datetime(2002, 3, 4).replace(day=40)",
          "datetime.min", "datetime.max", "datetime.resolution",
          "datetime(2002, 3, 4, 5, 6, 7, 8).__reduce__()[1]", "datetime('\\x07\\xd2\\x03\\x04\\x05\\x06\\x07\\x00\\x00\\x08')",
          "hash(datetime(2002, 3, 4, 5))", "hash(datetime(2002, 3, 4, 5, tzinfo=EST)) == hash(datetime(2002, 3, 4, 10, tzinfo=UTC))",
          "datetime.strptime('2002-03-04 05:06:07.25', '%Y-%m-%d %H:%M:%S.%f')",
          "datetime.strptime('x', '%Y')", "format(datetime(2002, 3, 4), '%Y!')"]:
    show(e)


class Bad(tzinfo):
    def __init__(self, v):
        self.v = v

    def utcoffset(self, dt):
        return self.v

    def tzname(self, dt):
        return self.v

    def dst(self, dt):
        return self.v


for v in ['3', 'timedelta(seconds=30)', 'timedelta(hours=24)', 'timedelta(hours=-24)', 'None']:
    show("datetime(2002, 3, 4, tzinfo=Bad(%s)).utcoffset()" % (v,))
    show("datetime(2002, 3, 4, tzinfo=Bad(%s)).tzname()" % (v,))
    show("time(tzinfo=Bad(%s)).dst()" % (v,))
show("tzinfo().utcoffset(None)")
show("tzinfo().tzname(None)")
show("tzinfo().dst(None)")
show("UTC.fromutc(3)")
show("UTC.fromutc(datetime(2002, 3, 4))")
show("IST.fromutc(datetime(2002, 3, 4, tzinfo=IST))")
show("UTC.__reduce__()[0].__name__")


class MyDate(date):
    def extra(self):
        return 'extra'


d = MyDate(2002, 3, 4)
print repr(d), d.extra(), type(d + timedelta(1)).__name__, type(d.replace(day=5)).__name__
print type(MyDate.today()).__name__, type(MyDate.fromordinal(5)).__name__


class MyDateTime(datetime):
    pass


dt = MyDateTime(2002, 3, 4, 5)
print repr(dt), type(dt - timedelta(1)).__name__, type(MyDateTime.combine(date(1, 2, 3), time())).__name__
print sorted([datetime(2002, 1, 1), datetime(2001, 1, 1, 5), datetime(2001, 1, 1)])
print sorted({date(2002, 1, 1): 1, date(2001, 1, 1): 2})
print datetime(2002, 3, 4).__class__.__module__, date.__name__
for td in [timedelta(338146, 68110, 870997), timedelta(-254948, 82898, 679869), timedelta(605218, 54413, 732799)]:
    print repr(td.total_seconds())
