package taipan.os.posix;

import taipan.runtime.*;

/** The names sysconf() and [f]pathconf() accept (glibc's numbering on Linux). */
final class Confnames {
    private Confnames() {}

    /** Name and number pairs. */
    static final String[] SYSCONF = table("SC_ARG_MAX SC_CHILD_MAX SC_CLK_TCK SC_NGROUPS_MAX SC_OPEN_MAX"
            + " SC_STREAM_MAX SC_TZNAME_MAX SC_JOB_CONTROL SC_SAVED_IDS SC_REALTIME_SIGNALS SC_PRIORITY_SCHEDULING"
            + " SC_TIMERS SC_ASYNCHRONOUS_IO SC_PRIORITIZED_IO SC_SYNCHRONIZED_IO SC_FSYNC SC_MAPPED_FILES"
            + " SC_MEMLOCK SC_MEMLOCK_RANGE SC_MEMORY_PROTECTION SC_MESSAGE_PASSING SC_SEMAPHORES"
            + " SC_SHARED_MEMORY_OBJECTS SC_AIO_LISTIO_MAX SC_AIO_MAX SC_AIO_PRIO_DELTA_MAX SC_DELAYTIMER_MAX"
            + " SC_MQ_OPEN_MAX SC_MQ_PRIO_MAX SC_VERSION SC_PAGESIZE/SC_PAGE_SIZE SC_RTSIG_MAX SC_SEM_NSEMS_MAX"
            + " SC_SEM_VALUE_MAX SC_SIGQUEUE_MAX SC_TIMER_MAX SC_BC_BASE_MAX SC_BC_DIM_MAX SC_BC_SCALE_MAX"
            + " SC_BC_STRING_MAX SC_COLL_WEIGHTS_MAX SC_EQUIV_CLASS_MAX SC_EXPR_NEST_MAX SC_LINE_MAX SC_RE_DUP_MAX"
            + " SC_CHARCLASS_NAME_MAX SC_2_VERSION SC_2_C_BIND SC_2_C_DEV SC_2_FORT_DEV SC_2_FORT_RUN SC_2_SW_DEV"
            + " SC_2_LOCALEDEF SC_PII SC_PII_XTI SC_PII_SOCKET SC_PII_INTERNET SC_PII_OSI SC_POLL SC_SELECT"
            + " SC_IOV_MAX/SC_UIO_MAXIOV SC_PII_INTERNET_STREAM SC_PII_INTERNET_DGRAM SC_PII_OSI_COTS"
            + " SC_PII_OSI_CLTS SC_PII_OSI_M SC_T_IOV_MAX SC_THREADS SC_THREAD_SAFE_FUNCTIONS SC_GETGR_R_SIZE_MAX"
            + " SC_GETPW_R_SIZE_MAX SC_LOGIN_NAME_MAX SC_TTY_NAME_MAX SC_THREAD_DESTRUCTOR_ITERATIONS"
            + " SC_THREAD_KEYS_MAX SC_THREAD_STACK_MIN SC_THREAD_THREADS_MAX SC_THREAD_ATTR_STACKADDR"
            + " SC_THREAD_ATTR_STACKSIZE SC_THREAD_PRIORITY_SCHEDULING SC_THREAD_PRIO_INHERIT"
            + " SC_THREAD_PRIO_PROTECT SC_THREAD_PROCESS_SHARED SC_NPROCESSORS_CONF SC_NPROCESSORS_ONLN"
            + " SC_PHYS_PAGES SC_AVPHYS_PAGES SC_ATEXIT_MAX SC_PASS_MAX SC_XOPEN_VERSION SC_XOPEN_XCU_VERSION"
            + " SC_XOPEN_UNIX SC_XOPEN_CRYPT SC_XOPEN_ENH_I18N SC_XOPEN_SHM SC_2_CHAR_TERM SC_2_C_VERSION SC_2_UPE"
            + " SC_XOPEN_XPG2 SC_XOPEN_XPG3 SC_XOPEN_XPG4 SC_CHAR_BIT SC_CHAR_MAX SC_CHAR_MIN SC_INT_MAX"
            + " SC_INT_MIN SC_LONG_BIT SC_WORD_BIT SC_MB_LEN_MAX SC_NZERO SC_SSIZE_MAX SC_SCHAR_MAX SC_SCHAR_MIN"
            + " SC_SHRT_MAX SC_SHRT_MIN SC_UCHAR_MAX SC_UINT_MAX SC_ULONG_MAX SC_USHRT_MAX SC_NL_ARGMAX"
            + " SC_NL_LANGMAX SC_NL_MSGMAX SC_NL_NMAX SC_NL_SETMAX SC_NL_TEXTMAX SC_XBS5_ILP32_OFF32"
            + " SC_XBS5_ILP32_OFFBIG SC_XBS5_LP64_OFF64 SC_XBS5_LPBIG_OFFBIG SC_XOPEN_LEGACY SC_XOPEN_REALTIME"
            + " SC_XOPEN_REALTIME_THREADS");

    static final String[] PATHCONF = table("PC_LINK_MAX PC_MAX_CANON PC_MAX_INPUT PC_NAME_MAX PC_PATH_MAX"
            + " PC_PIPE_BUF PC_CHOWN_RESTRICTED PC_NO_TRUNC PC_VDISABLE PC_SYNC_IO PC_ASYNC_IO PC_PRIO_IO"
            + " PC_SOCK_MAXBUF PC_FILESIZEBITS");

    static final String[] CONFSTR = confstr();

    private static String[] confstr() {
        java.util.List<String> out = new java.util.ArrayList<>(java.util.List.of("CS_PATH", "0"));
        String[] kinds = {"CFLAGS", "LDFLAGS", "LIBS", "LINTFLAGS"};
        String[] groups = {"LFS", "LFS64"};
        int n = 1000;
        for (String g : groups) {
            for (String k : kinds) {
                out.add("CS_" + g + "_" + k);
                out.add(Integer.toString(n++));
            }
        }
        n = 1100;
        for (String g : new String[] {"ILP32_OFF32", "ILP32_OFFBIG", "LP64_OFF64", "LPBIG_OFFBIG"}) {
            for (String k : kinds) {
                out.add("CS_XBS5_" + g + "_" + k);
                out.add(Integer.toString(n++));
            }
        }
        return out.toArray(new String[0]);
    }

    /** Consecutive numbers from 0; "A/B" gives one number two names. Result: name, number, name, number... */
    private static String[] table(String spec) {
        java.util.List<String> out = new java.util.ArrayList<>();
        String[] words = spec.split(" ");
        for (int i = 0; i < words.length; i++) {
            for (String n : words[i].split("/")) {
                out.add(n);
                out.add(Integer.toString(i));
            }
        }
        return out.toArray(new String[0]);
    }

    static PyDict dict(String[] table) {
        PyDict d = new PyDict();
        for (int i = 0; i < table.length; i += 2) {
            d.setItem(PyStr.of(table[i]), PyInt.of(Integer.parseInt(table[i + 1])));
        }
        return d;
    }

    /** conv_confname: an integer, or a name from the table. */
    static int code(PyObject name, String[] table) {
        if (name instanceof PyInt i) {
            return (int) i.value;
        }
        if (name instanceof PyStr s) {
            String n = s.toString();
            for (int i = 0; i < table.length; i += 2) {
                if (table[i].equals(n)) {
                    return Integer.parseInt(table[i + 1]);
                }
            }
            throw Py.ValueError("unrecognized configuration name");
        }
        throw Py.TypeError("configuration names must be strings or integers");
    }
}
