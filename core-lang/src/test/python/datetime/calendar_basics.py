# calendar: leap years, month ranges, matrices and the text/HTML calendars
import calendar

print calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2004), calendar.isleap(2001)
print calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2001), calendar.leapdays(1, 10000)
print calendar.weekday(2002, 3, 4), calendar.monthrange(2004, 2), calendar.monthrange(2001, 2)
for bad in (0, 13):
    try:
        calendar.monthrange(2000, bad)
    except calendar.IllegalMonthError as e:
        print 'IllegalMonthError', e, isinstance(e, ValueError)
for bad in (7, -1, 'x'):
    try:
        calendar.setfirstweekday(bad)
    except calendar.IllegalWeekdayError as e:
        print 'IllegalWeekdayError', e
print calendar.monthcalendar(2004, 2)
print list(calendar.day_name), list(calendar.day_abbr)
print list(calendar.month_name), list(calendar.month_abbr)
print calendar.month_name[1:4], len(calendar.month_name), len(calendar.day_abbr)
print calendar.timegm((2002, 3, 4, 5, 6, 7, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59))
print repr(calendar.month(2002, 3))
print repr(calendar.month(2002, 3, 3, 2))
print calendar.weekheader(2), '|', calendar.weekheader(9), '|', calendar.weekheader(1)
print calendar.week([(1, 0), (2, 1), (0, 2)], 3) + '|'
calendar.prmonth(1999, 12)
calendar.prweek([(1, 0), (2, 1)], 2)
print
calendar.prcal(2004)
print calendar.calendar(2003, 3, 2, 4, 4)
calendar.setfirstweekday(calendar.SUNDAY)
print calendar.firstweekday()
calendar.prmonth(2010, 8)
print calendar.monthcalendar(2010, 8)
calendar.setfirstweekday(0)
c = calendar.Calendar(6)
print list(c.iterweekdays()), c.getfirstweekday()
print [str(d) for d in c.itermonthdates(2002, 3)][:9]
print list(c.itermonthdays2(2002, 3))[:9]
print c.monthdatescalendar(2002, 2)[0]
print len(c.yeardatescalendar(2002, 4)), len(c.yeardays2calendar(2002)[0]), c.yeardayscalendar(2002, 6)[1][0]
c = calendar.Calendar(13)
print c.firstweekday, list(c.iterweekdays())
print list(calendar.Calendar().itermonthdates(9999, 12))[-3:]
print calendar.TextCalendar(3).formatmonth(2002, 2, 4)
print calendar.TextCalendar().formatyear(2001, m=2, c=3)
t = calendar.TextCalendar(1)
print t.formatday(0, 1, 3) + '|', t.formatday(7, 1, 4) + '|', t.formatweekday(2, 9), t.formatmonthname(2001, 5, 20) + '|'
h = calendar.HTMLCalendar()
print h.formatmonth(2002, 3)
print h.formatmonth(2002, 3, withyear=False)
print h.formatyear(2002, 4)
print h.formatyearpage(2002, css=None)
print h.formatyearpage(2002, 6, 'x.css', 'ascii')[:400]
calendar.format(['a', 'b', 'c'])
print calendar.formatstring(['a', 'bb'], 5, 2)
print calendar.January, calendar.February, calendar.mdays, calendar.EPOCH
