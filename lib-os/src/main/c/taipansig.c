/*
 * Taipan's signal helper (see DESIGN.md, "Signals"). Python handlers cannot run inside a
 * C signal handler, and the JVM cannot take a Java callback there, so the handler here
 * only records the signal: it sets pending[sig], writes a byte to a self-pipe that a
 * watcher thread in the JVM blocks on, writes '\0' to the wakeup fd (signal.set_wakeup_fd)
 * and, when it runs on another thread, wakes the main Python thread with a private no-op
 * signal so that a blocking system call there returns EINTR. Handlers are installed
 * without SA_RESTART, as CPython 2.7 does (siginterrupt can change that per signal).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>

#define MODE_DEFAULT 0
#define MODE_IGNORE 1
#define MODE_CATCH 2
#define MODE_FOREIGN 3

static volatile sig_atomic_t pending[NSIG];
static volatile sig_atomic_t tripped;
static int pipe_read = -1, pipe_write = -1;
static volatile int wakeup_fd = -1;
static volatile pid_t main_tid;
static int wake_signal;

static void on_signal(int sig, siginfo_t *info, void *context) {
    int saved = errno;
    (void) info;
    (void) context;
    pending[sig] = 1;
    tripped = 1;
    if (pipe_write >= 0) {
        unsigned char b = (unsigned char) sig;
        (void) !write(pipe_write, &b, 1);
    }
    if (wakeup_fd >= 0) {
        unsigned char z = 0;
        (void) !write(wakeup_fd, &z, 1);
    }
    pid_t tid = main_tid;
    if (tid > 0 && wake_signal > 0 && (pid_t) syscall(SYS_gettid) != tid) {
        syscall(SYS_tgkill, getpid(), tid, wake_signal);
    }
    errno = saved;
}

static void on_wake(int sig, siginfo_t *info, void *context) {
    (void) sig;
    (void) info;
    (void) context;
}

/* Sets up the self-pipe and the wake signal; call from the main Python thread.
   Returns the pipe's read end, or -errno. */
int tp_init(int wake_sig) {
    if (pipe_read >= 0) {
        return pipe_read;
    }
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {
        return -errno;
    }
    int fl = fcntl(fds[1], F_GETFL);
    fcntl(fds[1], F_SETFL, fl | O_NONBLOCK);
    pipe_read = fds[0];
    pipe_write = fds[1];
    main_tid = (pid_t) syscall(SYS_gettid);
    if (wake_sig > 0) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_sigaction = on_wake;
        sa.sa_flags = SA_SIGINFO;
        sigemptyset(&sa.sa_mask);
        if (sigaction(wake_sig, &sa, NULL) == 0) {
            wake_signal = wake_sig;
        }
    }
    return pipe_read;
}

/* The current disposition of sig: MODE_*, or -errno. */
int tp_get(int sig) {
    struct sigaction old;
    if (sigaction(sig, NULL, &old) != 0) {
        return -errno;
    }
    if (old.sa_handler == SIG_DFL) {
        return MODE_DEFAULT;
    }
    if (old.sa_handler == SIG_IGN) {
        return MODE_IGNORE;
    }
    return (old.sa_flags & SA_SIGINFO) && old.sa_sigaction == on_signal ? MODE_CATCH : MODE_FOREIGN;
}

/* Installs a disposition (MODE_DEFAULT, MODE_IGNORE or MODE_CATCH); 0 or -errno. */
int tp_set(int sig, int mode) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    if (mode == MODE_CATCH) {
        sa.sa_sigaction = on_signal;
        sa.sa_flags = SA_SIGINFO;
    } else {
        sa.sa_handler = mode == MODE_IGNORE ? SIG_IGN : SIG_DFL;
    }
    if (sigaction(sig, &sa, NULL) != 0) {
        return -errno;
    }
    /* a signal that arrives while no longer caught is not run later */
    if (mode != MODE_CATCH) {
        pending[sig] = 0;
    }
    return 0;
}

/* siginterrupt(3): flag 0 restarts interrupted system calls. 0 or -errno. */
int tp_siginterrupt(int sig, int flag) {
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) != 0) {
        return -errno;
    }
    if (flag) {
        sa.sa_flags &= ~SA_RESTART;
    } else {
        sa.sa_flags |= SA_RESTART;
    }
    return sigaction(sig, &sa, NULL) == 0 ? 0 : -errno;
}

/* Has any signal arrived since the last call? Clears the flag. */
int tp_take_tripped(void) {
    return __atomic_exchange_n(&tripped, 0, __ATOMIC_SEQ_CST);
}

/* Has sig arrived since the last call? Clears its flag. */
int tp_take(int sig) {
    return __atomic_exchange_n(&pending[sig], 0, __ATOMIC_SEQ_CST);
}

/* Is sig pending (not cleared)? */
int tp_peek(int sig) {
    return pending[sig];
}

/* Blocks until the self-pipe has bytes (or fails); returns how many were read, or -errno. */
int tp_wait(void) {
    unsigned char buf[64];
    for (;;) {
        ssize_t n = read(pipe_read, buf, sizeof buf);
        if (n >= 0) {
            return (int) n;
        }
        if (errno != EINTR) {
            return -errno;
        }
    }
}

int tp_set_wakeup_fd(int fd) {
    int old = wakeup_fd;
    wakeup_fd = fd;
    return old;
}

unsigned int tp_alarm(unsigned int seconds) {
    return alarm(seconds);
}

/* setitimer/getitimer with seconds as doubles: out[0] value, out[1] interval (the old
   values for set). 0 or -errno. */
static double seconds_of(struct timeval tv) {
    return (double) tv.tv_sec + (double) tv.tv_usec / 1e6;
}

static struct timeval timeval_of(double s) {
    struct timeval tv;
    tv.tv_sec = (time_t) s;
    tv.tv_usec = (suseconds_t) ((s - (double) tv.tv_sec) * 1e6);
    if (tv.tv_usec < 0) {
        tv.tv_usec = 0;
    }
    /* a positive value that rounds to zero would disarm the timer */
    if (s > 0 && tv.tv_sec == 0 && tv.tv_usec == 0) {
        tv.tv_usec = 1;
    }
    return tv;
}

int tp_setitimer(int which, double value, double interval, double *out) {
    struct itimerval nv, ov;
    nv.it_value = timeval_of(value);
    nv.it_interval = timeval_of(interval);
    if (setitimer(which, &nv, &ov) != 0) {
        return -errno;
    }
    out[0] = seconds_of(ov.it_value);
    out[1] = seconds_of(ov.it_interval);
    return 0;
}

int tp_getitimer(int which, double *out) {
    struct itimerval ov;
    if (getitimer(which, &ov) != 0) {
        return -errno;
    }
    out[0] = seconds_of(ov.it_value);
    out[1] = seconds_of(ov.it_interval);
    return 0;
}
