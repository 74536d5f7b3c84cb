package taipan.modules.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.Locale;

import taipan.runtime.*;

/**
 * The {@code time} module: wall clock, CPU clock, sleeping, conversions between seconds
 * and struct_time in UTC and in the local zone (from TZ, as the C library reads it), and
 * C-locale strftime.
 */
@PyModuleDef(name = "time", doc = "This module provides various functions to manipulate time values.\n\nThere are two standard representations of time.  One is the number\nof seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer\nor a floating point number (to represent fractions of seconds).\nThe Epoch is system-defined; on Unix, it is generally January 1st, 1970.\nThe actual value can be retrieved by calling gmtime(0).\n\nThe other representation is a tuple of 9 integers giving local time.\nThe tuple items are:\n  year (four digits, e.g. 1998)\n  month (1-12)\n  day (1-31)\n  hours (0-23)\n  minutes (0-59)\n  seconds (0-59)\n  weekday (0-6, Monday is 0)\n  Julian day (day in the year, 1-366)\n  DST (Daylight Savings Time) flag (-1, 0 or 1)\nIf the DST flag is 0, the time is given in the regular time zone;\nif it is 1, the time is given in the DST time zone;\nif it is -1, mktime() should guess based on the date and time.\n")
public final class TimeModule {
    private TimeModule() {}

    static final PyType STRUCT_TIME = PyStructSequence.newType("time.struct_time",
            "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
                    + " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
                    + " sequence of 9 integers.\n\n Note that several fields' values are not the same as those defined by\n"
                    + " the C language standard for struct tm.  For example, the value of the\n"
                    + " field tm_year is the actual year, not year - 1900.  See individual\n"
                    + " fields' descriptions for details.",
            new String[] {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"},
            new String[] {"year, for example, 1993", "month of year, range [1, 12]", "day of month, range [1, 31]",
                "hours, range [0, 23]", "minutes, range [0, 59]", "seconds, range [0, 61])",
                "day of week, range [0, 6], Monday is 0", "day of year, range [1, 366]",
                "1 if summer time is in effect, 0 if not, and -1 if unknown"}, 9, true);

    private static volatile ZoneId zone = ZoneId.systemDefault();

    static void init(PyModule m) {
        m.set("struct_time", STRUCT_TIME);
        String y2k = System.getenv("PYTHONY2K");
        m.set("accept2dyear", PyInt.of(y2k == null || y2k.isEmpty() ? 1 : 0));
        setZoneAttributes(m);
    }

    private static void setZoneAttributes(PyModule m) {
        ZoneId z = zone;
        ZoneRules rules = z.getRules();
        int year = LocalDateTime.now(z).getYear();
        // standard and summer offsets, as the C library derives them from January and July
        ZoneOffset jan = rules.getOffset(LocalDateTime.of(year, 1, 1, 0, 0));
        ZoneOffset jul = rules.getOffset(LocalDateTime.of(year, 7, 1, 0, 0));
        ZoneOffset std = rules.isDaylightSavings(ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, z).toInstant()) ? jul : jan;
        ZoneOffset dst = std == jan ? jul : jan;
        boolean daylight = !jan.equals(jul);
        m.set("timezone", PyInt.of(-std.getTotalSeconds()));
        m.set("altzone", PyInt.of(-(daylight ? dst : std).getTotalSeconds()));
        m.set("daylight", PyInt.of(daylight ? 1 : 0));
        String stdName = zoneName(z, false);
        String dstName = daylight ? zoneName(z, true) : stdName;
        m.set("tzname", PyTuple.of(PyStr.of(stdName), PyStr.of(dstName)));
    }

    private static String zoneName(ZoneId z, boolean dst) {
        if (z instanceof ZoneOffset || z.getId().equals("UTC") || z.getId().equals("Etc/UTC") || z.getId().equals("Z")) {
            return "UTC";
        }
        java.util.TimeZone tz = java.util.TimeZone.getTimeZone(z);
        return tz.getDisplayName(dst, java.util.TimeZone.SHORT, Locale.ROOT);
    }

    @ExposedMethod(doc = "tzset()\n\nInitialize, or reinitialize, the local timezone to the value of the environment\nvariable TZ.")
    static PyObject tzset() {
        String tz = EnvironmentHook.get("TZ");
        try {
            zone = tz == null || tz.isEmpty() ? ZoneId.of("UTC") : ZoneId.of(tz.startsWith(":") ? tz.substring(1) : tz);
        } catch (java.time.DateTimeException e) {
            zone = ZoneOffset.UTC;
        }
        PyObject m = Interp.current().modules.getItem(PyStr.of("time"));
        if (m instanceof PyModule mod) {
            setZoneAttributes(mod);
        }
        return Py.None;
    }

    @ExposedMethod(doc = "time() -> floating point number\n\nReturn the current time in seconds since the Epoch.\nFractions of a second may be present if the system clock provides them.")
    static double time() {
        Instant now = Instant.now();
        return now.getEpochSecond() + now.getNano() / 1e9;
    }

    @ExposedMethod(doc = "clock() -> floating point number\n\nReturn the CPU time or real time since the start of the process or since\nthe first call to clock().  This has as much precision as the system\nrecords.")
    static double clock() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            long ns = sun.getProcessCpuTime();
            if (ns >= 0) {
                return ns / 1e9;
            }
        }
        return System.nanoTime() / 1e9;
    }

    @ExposedMethod(doc = "sleep(seconds)\n\nDelay execution for a given number of seconds.  The argument may be\na floating point number for subsecond precision.")
    static PyObject sleep(PyObject seconds) {
        double s = Py.asDoubleArg(seconds);
        if (s < 0 || Double.isNaN(s)) {
            throw Py.IOError(22, "Invalid argument", null);
        }
        long deadline = System.nanoTime() + (long) Math.min(s * 1e9, Long.MAX_VALUE / 2.0);
        // a signal for a Python handler ends the sleep early (select() returns EINTR in CPython)
        long arrivals = Safepoint.signalArrivals;
        boolean main = Thread.currentThread() == Safepoint.mainThread;
        while (true) {
            if (Safepoint.pending) {
                Safepoint.run();
            }
            if (main && Safepoint.signalArrivals != arrivals) {
                return Py.None;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Py.None;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Math.min(left, 20_000_000L));
            if (Thread.interrupted()) {
                throw new PyException(Exceptions.KeyboardInterrupt);
            }
        }
    }

    // ---- conversions --------------------------------------------------------------------

    private static long seconds(PyObject secs) {
        if (secs == null || secs == Py.None) {
            return Math.floorDiv(System.currentTimeMillis(), 1000L);
        }
        double d = Py.asDoubleArg(secs);
        if (Double.isNaN(d)) {
            throw Py.ValueError("Invalid value NaN (not a number)");
        }
        if (Math.abs(d) > 67768036191676799.0) {
            throw Py.ValueError("timestamp out of range for platform time_t");
        }
        return (long) d;
    }

    static PyObject structTime(ZonedDateTime t, int isdst) {
        return PyStructSequence.of(STRUCT_TIME, PyInt.of(t.getYear()), PyInt.of(t.getMonthValue()), PyInt.of(t.getDayOfMonth()),
                PyInt.of(t.getHour()), PyInt.of(t.getMinute()), PyInt.of(t.getSecond()),
                PyInt.of(t.getDayOfWeek().getValue() - 1), PyInt.of(t.getDayOfYear()), PyInt.of(isdst));
    }

    @ExposedMethod(doc = "gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n                       tm_sec, tm_wday, tm_yday, tm_isdst)\n\nConvert seconds since the Epoch to a time tuple expressing UTC (a.k.a.\nGMT).  When 'seconds' is not passed in, convert the current time instead.")
    static PyObject gmtime(@Default("None") PyObject secs) {
        long s = seconds(secs);
        return structTime(Instant.ofEpochSecond(s).atZone(ZoneOffset.UTC), 0);
    }

    @ExposedMethod(doc = "localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n                          tm_sec,tm_wday,tm_yday,tm_isdst)\n\nConvert seconds since the Epoch to a time tuple expressing local time.\nWhen 'seconds' is not passed in, convert the current time instead.")
    static PyObject localtime(@Default("None") PyObject secs) {
        long s = seconds(secs);
        Instant i = Instant.ofEpochSecond(s);
        ZoneId z = zone;
        return structTime(i.atZone(z), z.getRules().isDaylightSavings(i) ? 1 : 0);
    }

    /** A struct_time or 9-sequence as the fields of a C struct tm (year, mon 1-12, ...). */
    static int[] tm(PyObject t, String func) {
        PyObject[] v;
        if (t instanceof PyStructSequence ss) {
            v = new PyObject[9];
            for (int i = 0; i < 9; i++) {
                v[i] = ss.get(i);
            }
        } else if (t instanceof PyTuple tu) {
            v = tu.toArray();
        } else {
            throw Py.TypeError("Tuple or struct_time argument required");
        }
        if (v.length != 9) {
            throw Py.TypeError(func + "(): illegal time tuple argument");
        }
        int[] r = new int[9];
        for (int i = 0; i < 9; i++) {
            r[i] = Py.asIntArg(v[i]);
        }
        if (r[0] < 100) {
            PyObject a2 = Interp.current().modules.getItem(PyStr.of("time")) instanceof PyModule m ? m.get("accept2dyear") : null;
            if (a2 != null && Ops.isTrue(a2)) {
                if (r[0] >= 69 && r[0] <= 99) {
                    r[0] += 1900;
                } else if (r[0] >= 0 && r[0] <= 68) {
                    r[0] += 2000;
                } else {
                    throw Py.ValueError("year out of range");
                }
            }
        }
        return r;
    }

    private static void checkTm(int[] t) {
        if (t[1] == 0) {
            t[1] = 1;
        } else if (t[1] < 0 || t[1] > 12) {
            throw Py.ValueError("month out of range");
        }
        if (t[2] == 0) {
            t[2] = 1;
        } else if (t[2] < 0 || t[2] > 31) {
            throw Py.ValueError("day of month out of range");
        }
        if (t[3] < 0 || t[3] > 23) {
            throw Py.ValueError("hour out of range");
        }
        if (t[4] < 0 || t[4] > 59) {
            throw Py.ValueError("minute out of range");
        }
        if (t[5] < 0 || t[5] > 61) {
            throw Py.ValueError("seconds out of range");
        }
        if (t[6] < 0) {
            throw Py.ValueError("day of week out of range");
        }
        t[6] = t[6] % 7;
        if (t[7] == 0) {
            t[7] = 1;
        } else if (t[7] < 0 || t[7] > 366) {
            throw Py.ValueError("day of year out of range");
        }
    }

    @ExposedMethod(doc = "mktime(tuple) -> floating point number\n\nConvert a time tuple in local time to seconds since the Epoch.")
    static double mktime(PyObject t) {
        int[] v = tm(t, "mktime");
        try {
            LocalDateTime ldt = LocalDateTime.of(v[0], 1, 1, 0, 0).plusMonths(v[1] - 1L).plusDays(v[2] - 1L)
                    .plusHours(v[3]).plusMinutes(v[4]).plusSeconds(v[5]);
            ZonedDateTime z = ldt.atZone(zone);
            return z.toEpochSecond();
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw Py.OverflowError("mktime argument out of range");
        }
    }

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    static String asctime(int[] t) {
        return String.format("%s %s%3d %02d:%02d:%02d %d", DAYS[Math.floorMod(t[6], 7)], MONTHS[Math.floorMod(t[1] - 1, 12)],
                t[2], t[3], t[4], t[5], t[0]);
    }

    @ExposedMethod(doc = "asctime([tuple]) -> string\n\nConvert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.\nWhen the time tuple is not present, current time as returned by localtime()\nis used.")
    static PyObject asctime(@Default("None") PyObject t) {
        int[] v = tm(t == Py.None ? localtime(Py.None) : t, "asctime");
        return PyStr.of(asctime(v));
    }

    @ExposedMethod(doc = "ctime(seconds) -> string\n\nConvert a time in seconds since the Epoch to a string in local time.\nThis is equivalent to asctime(localtime(seconds)). When the time tuple is\nnot present, current time as returned by localtime() is used.")
    static PyObject ctime(@Default("None") PyObject secs) {
        return PyStr.of(asctime(tm(localtime(secs), "asctime")));
    }

    @ExposedMethod(doc = "strftime(format[, tuple]) -> string\n\nConvert a time tuple to a string according to a format specification.\nSee the library reference manual for formatting codes. When the time tuple\nis not present, current time as returned by localtime() is used.")
    static PyObject strftime(PyObject format, @Default("None") PyObject t) {
        String fmt;
        if (format instanceof PyUnicode u) {
            fmt = PyStr.fromUnicodeDefault(u).toString();
        } else if (format instanceof PyStr s) {
            fmt = s.toString();
        } else {
            throw Py.TypeError("strftime() argument 1 must be string, not " + format.getType().getName());
        }
        int[] v;
        if (t == Py.None) {
            v = tm(localtime(Py.None), "strftime");
        } else {
            if (!(t instanceof PyTuple) && !(t instanceof PyStructSequence)) {
                throw Py.TypeError("Tuple or struct_time argument required");
            }
            if (t instanceof PyTuple tu && tu.size() != 9) {
                throw Py.TypeError("argument must be sequence of length 9, not " + tu.size());
            }
            v = tm(t, "strftime");
            checkTm(v);
        }
        return PyStr.of(Strftime.format(fmt, v, zone));
    }

    @ExposedMethod(doc = "strptime(string, format) -> struct_time\n\nParse a string to a time tuple according to a format specification.\nSee the library reference manual for formatting codes (same as strftime()).")
    static PyObject strptime(PyObject string, @Default("None") PyObject format) {
        PyObject mod = Interp.current().importModule("_strptime");
        PyObject f = format == Py.None ? PyStr.of("%a %b %d %H:%M:%S %Y") : format;
        return Ops.invoke(mod, "_strptime_time", string, f);
    }

    /** Environment lookups go through os.environ when the os module is loaded (putenv-aware). */
    static final class EnvironmentHook {
        private EnvironmentHook() {}

        static String get(String name) {
            PyObject os = Interp.current().modules.getItem(PyStr.of("os"));
            if (os != null && os != Py.None) {
                PyObject env = Ops.getattrOrNull(os, "environ");
                if (env != null) {
                    PyObject v = Ops.invoke(env, "get", PyStr.of(name));
                    return v == Py.None ? null : v.toString();
                }
            }
            return System.getenv(name);
        }
    }
}
