# signal: handlers run on the main thread, interrupt sleep and pause, real timers, CPython errors
import signal, time
got = []
def h(sig, frame):
    got.append((sig, frame is not None))
signal.signal(signal.SIGALRM, h)
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.time()
time.sleep(5)
print 'slept short:', time.time() - t0 < 1, got
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.time()
n = 0
while not got[1:] and time.time() - t0 < 3:
    n += 1
print 'busy loop saw it:', got
def boom(sig, frame):
    raise ValueError('from handler %d' % sig)
signal.signal(signal.SIGALRM, boom)
signal.alarm(1)
try:
    signal.pause()
except ValueError as e:
    print 'pause:', e
print signal.getitimer(signal.ITIMER_REAL)
for f in (lambda: signal.signal(9, signal.SIG_IGN), lambda: signal.signal(99, 0), lambda: signal.signal(2, 5), lambda: signal.getsignal(0), lambda: signal.setitimer(9, 1), lambda: signal.siginterrupt(99, 1), lambda: signal.set_wakeup_fd(999)):
    try: print f()
    except Exception as e: print type(e).__name__, e.args
print signal.ItimerError.__mro__[:3]
print signal.signal(signal.SIGALRM, signal.SIG_DFL) is boom, signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGINT)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print 'KeyboardInterrupt'
