package taipan.modules.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;

/** C-locale strftime over the fields of a struct tm (year, month 1-12, ..., wday Monday=0, yday 1-366, isdst). */
final class Strftime {
    private Strftime() {}

    private static final String[] DAY_ABBR = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] DAY_FULL = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MON_ABBR = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] MON_FULL = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    static String format(String fmt, int[] t, ZoneId zone) {
        int year = t[0], mon = t[1], mday = t[2], hour = t[3], min = t[4], sec = t[5];
        int wday = Math.floorMod(t[6], 7); // Monday = 0
        int yday = t[7]; // 1-based
        int cwday = (wday + 1) % 7; // C's tm_wday: Sunday = 0
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                sb.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            switch (d) {
                case 'a': sb.append(DAY_ABBR[wday]); break;
                case 'A': sb.append(DAY_FULL[wday]); break;
                case 'b': case 'h': sb.append(MON_ABBR[Math.floorMod(mon - 1, 12)]); break;
                case 'B': sb.append(MON_FULL[Math.floorMod(mon - 1, 12)]); break;
                case 'c':
                    sb.append(DAY_ABBR[wday]).append(' ').append(MON_ABBR[Math.floorMod(mon - 1, 12)]).append(' ')
                            .append(String.format("%2d %02d:%02d:%02d %d", mday, hour, min, sec, year));
                    break;
                case 'C': sb.append(String.format("%02d", Math.floorDiv(year, 100))); break;
                case 'd': sb.append(String.format("%02d", mday)); break;
                case 'D': sb.append(String.format("%02d/%02d/%02d", mon, mday, Math.floorMod(year, 100))); break;
                case 'e': sb.append(String.format("%2d", mday)); break;
                case 'F': sb.append(String.format("%d-%02d-%02d", year, mon, mday)); break;
                case 'g': sb.append(String.format("%02d", Math.floorMod(isoYear(year, mon, mday), 100))); break;
                case 'G': sb.append(isoYear(year, mon, mday)); break;
                case 'H': sb.append(String.format("%02d", hour)); break;
                case 'I': sb.append(String.format("%02d", hour % 12 == 0 ? 12 : hour % 12)); break;
                case 'j': sb.append(String.format("%03d", yday)); break;
                case 'k': sb.append(String.format("%2d", hour)); break;
                case 'l': sb.append(String.format("%2d", hour % 12 == 0 ? 12 : hour % 12)); break;
                case 'm': sb.append(String.format("%02d", mon)); break;
                case 'M': sb.append(String.format("%02d", min)); break;
                case 'n': sb.append('\n'); break;
                case 'p': sb.append(hour < 12 ? "AM" : "PM"); break;
                case 'P': sb.append(hour < 12 ? "am" : "pm"); break;
                case 'r': sb.append(String.format("%02d:%02d:%02d %s", hour % 12 == 0 ? 12 : hour % 12, min, sec, hour < 12 ? "AM" : "PM")); break;
                case 'R': sb.append(String.format("%02d:%02d", hour, min)); break;
                case 's': sb.append(epoch(year, mon, mday, hour, min, sec, zone)); break;
                case 'S': sb.append(String.format("%02d", sec)); break;
                case 't': sb.append('\t'); break;
                case 'T': sb.append(String.format("%02d:%02d:%02d", hour, min, sec)); break;
                case 'u': sb.append(wday + 1); break;
                case 'U': sb.append(String.format("%02d", (yday - 1 + 7 - cwday) / 7)); break;
                case 'V': sb.append(String.format("%02d", isoWeek(year, mon, mday))); break;
                case 'w': sb.append(cwday); break;
                case 'W': sb.append(String.format("%02d", (yday - 1 + 7 - wday) / 7)); break;
                case 'x': sb.append(String.format("%02d/%02d/%02d", mon, mday, Math.floorMod(year, 100))); break;
                case 'X': sb.append(String.format("%02d:%02d:%02d", hour, min, sec)); break;
                case 'y': sb.append(String.format("%02d", Math.floorMod(year, 100))); break;
                case 'Y': sb.append(year); break;
                case 'z': sb.append(offset(t, zone)); break;
                case 'Z': sb.append(zoneName(t, zone)); break;
                case '%': sb.append('%'); break;
                default: sb.append('%').append(d); break;
            }
        }
        return sb.toString();
    }

    private static LocalDate date(int year, int mon, int mday) {
        try {
            return LocalDate.of(year, Math.max(1, Math.min(12, mon)), 1).plusDays(Math.max(0, mday - 1));
        } catch (java.time.DateTimeException e) {
            return LocalDate.of(1970, 1, 1);
        }
    }

    private static int isoYear(int year, int mon, int mday) {
        return date(year, mon, mday).get(IsoFields.WEEK_BASED_YEAR);
    }

    private static int isoWeek(int year, int mon, int mday) {
        return date(year, mon, mday).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private static long epoch(int year, int mon, int mday, int hour, int min, int sec, ZoneId zone) {
        try {
            return LocalDateTime.of(year, 1, 1, 0, 0).plusMonths(mon - 1L).plusDays(mday - 1L).plusHours(hour)
                    .plusMinutes(min).plusSeconds(sec).atZone(zone).toEpochSecond();
        } catch (java.time.DateTimeException e) {
            return -1;
        }
    }

    private static ZonedDateTime zoned(int[] t, ZoneId zone) {
        try {
            return LocalDateTime.of(t[0], Math.max(1, t[1]), Math.max(1, t[2]), t[3], t[4], Math.min(59, t[5])).atZone(zone);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String offset(int[] t, ZoneId zone) {
        ZonedDateTime z = zoned(t, zone);
        int secs = z == null ? 0 : z.getOffset().getTotalSeconds();
        if (t[8] < 0) {
            secs = 0;
        }
        int m = Math.abs(secs) / 60;
        return String.format("%c%02d%02d", secs < 0 ? '-' : '+', m / 60, m % 60);
    }

    private static String zoneName(int[] t, ZoneId zone) {
        if (t[8] < 0) {
            return "";
        }
        ZonedDateTime z = zoned(t, zone);
        boolean dst = z != null && zone.getRules().isDaylightSavings(z.toInstant());
        String id = zone.getId();
        if (id.equals("UTC") || id.equals("Etc/UTC") || id.equals("Z") || id.equals("GMT")) {
            return id.equals("GMT") ? "GMT" : "UTC";
        }
        return java.util.TimeZone.getTimeZone(zone).getDisplayName(dst, java.util.TimeZone.SHORT, java.util.Locale.ROOT);
    }
}
