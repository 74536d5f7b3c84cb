# threading: Thread, locks, conditions, semaphores, events, timers, local, shutdown.
import sys
import threading
import time
import StringIO

main = threading.current_thread()
print main.name, main.daemon, main.is_alive(), main is threading.currentThread()
print type(main).__name__, threading.active_count(), threading.activeCount()
print threading.enumerate() == [main]

# targets with args and kwargs; results collected and sorted
results = []
lock = threading.Lock()


def work(n, scale=1):
    with lock:
        results.append(n * scale)

threads = [threading.Thread(target=work, args=(i,), kwargs={'scale': 10}) for i in range(8)]
print [t.is_alive() for t in threads[:2]], threads[0].ident
r = repr(threads[0])
print r[:r.index('(')], 'initial' in r
for t in threads:
    t.start()
for t in threads:
    t.join()
print sorted(results)
print [t.is_alive() for t in threads], all(isinstance(t.ident, (int, long)) for t in threads)
print 'stopped' in repr(threads[0])
print threading.active_count()


# subclassing, names, daemon flags
class Counter(threading.Thread):
    def __init__(self, n):
        threading.Thread.__init__(self, name='counter-%d' % n)
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i

c = Counter(100)
print c.name, c.getName(), c.daemon, c.isDaemon()
c.setName('renamed')
c.setDaemon(True)
print c.name, c.daemon
c.start()
c.join()
print c.total, c.isAlive()
try:
    c.start()
except RuntimeError as e:
    print 'RuntimeError:', e
try:
    c.daemon = False
except RuntimeError as e:
    print 'RuntimeError:', e
try:
    threading.Thread().join()
except RuntimeError as e:
    print 'RuntimeError:', e
try:
    main.join()
except RuntimeError as e:
    print 'RuntimeError:', e


class NoInit(threading.Thread):
    def __init__(self):
        pass
try:
    NoInit().start()
except RuntimeError as e:
    print 'RuntimeError:', e

# current_thread inside a thread; daemon inheritance
seen = []


def who():
    me = threading.current_thread()
    seen.append((me.name, me.daemon))
    child = threading.Thread(target=lambda: None)
    seen.append(('child daemon', child.daemon))

t = threading.Thread(target=who, name='who')
t.daemon = True
t.start()
t.join()
print seen

# join with a timeout
ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
t.join(0.05)
print 'alive after timeout:', t.is_alive()
ev.set()
t.join()
print 'alive after set:', t.is_alive()

# uncaught exceptions are reported with the thread's name
old = sys.stderr
sys.stderr = StringIO.StringIO()


def fail():
    raise KeyError('nope')
t = threading.Thread(target=fail, name='failing')
t.start()
t.join()
t = threading.Thread(target=sys.exit, name='exiting')
t.start()
t.join()
text = sys.stderr.getvalue()
sys.stderr = old
lines = text.splitlines()
print lines[0], lines[1], lines[-2], repr(lines[-1]), len([l for l in lines if 'Exception in' in l])

# RLock
rl = threading.RLock()
print rl.acquire(), rl.acquire()
rl.release()
rl.release()
try:
    rl.release()
except RuntimeError as e:
    print 'RuntimeError:', e
with rl:
    with rl:
        print 'nested with'
print repr(rl)
got = []
rl.acquire()
t = threading.Thread(target=lambda: got.append(rl.acquire(0)))
t.start()
t.join()
rl.release()
print got

# Condition: producer/consumer
cond = threading.Condition()
items = []
consumed = []


def consumer():
    with cond:
        while True:
            while not items:
                cond.wait()
            item = items.pop(0)
            if item is None:
                return
            consumed.append(item)

workers = [threading.Thread(target=consumer) for i in range(3)]
for w in workers:
    w.start()
for i in range(30):
    with cond:
        items.append(i)
        cond.notify()
with cond:
    items.extend([None, None, None])
    cond.notify_all()
for w in workers:
    w.join()
print sorted(consumed) == range(30)
try:
    cond.wait()
except RuntimeError as e:
    print 'RuntimeError:', e
try:
    cond.notify()
except RuntimeError as e:
    print 'RuntimeError:', e
with cond:
    start = time.time()
    print cond.wait(0.05)
    print time.time() - start >= 0.04
c2 = threading.Condition(threading.Lock())
with c2:
    c2.notifyAll()
    print 'plain lock condition ok'

# Semaphore and BoundedSemaphore
sem = threading.Semaphore(2)
print sem.acquire(), sem.acquire(), sem.acquire(False)
sem.release()
print sem.acquire(0)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print 'ValueError:', e
bs = threading.BoundedSemaphore(1)
with bs:
    pass
try:
    bs.release()
except ValueError as e:
    print 'ValueError:', e
inside = []
peak = []
gate = threading.Semaphore(3)
glock = threading.Lock()


def limited():
    with gate:
        with glock:
            inside.append(1)
            peak.append(len(inside))
        time.sleep(0.01)
        with glock:
            inside.pop()
ts = [threading.Thread(target=limited) for i in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print max(peak) <= 3, len(peak)

# Event
e = threading.Event()
print e.is_set(), e.isSet(), e.wait(0.01)
e.set()
print e.is_set(), e.wait(), e.wait(0)
e.clear()
print e.is_set()

# Timer
fired = []
tm = threading.Timer(0.01, fired.append, args=['fired'])
tm.start()
tm.join()
tm2 = threading.Timer(10, fired.append, args=['never'])
tm2.start()
tm2.cancel()
tm2.join()
print fired

# local
data = threading.local()
data.x = 'main'
out = []


def show(n):
    data.x = n
    time.sleep(0.01)
    out.append(data.x == n)
ts = [threading.Thread(target=show, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print out, data.x

# settrace
calls = []


def tracer(frame, event, arg):
    if event == 'call':
        calls.append(frame.f_code.co_name)
    return None


def traced_target():
    def inner():
        pass
    inner()
threading.settrace(tracer)
t = threading.Thread(target=traced_target)
t.start()
t.join()
threading.settrace(None)
print 'inner' in calls, 'traced_target' in calls
print threading.stack_size()
print sorted(threading.__all__)


# non-daemon threads are joined at exit; daemon threads do not keep the process alive
def late():
    time.sleep(0.1)
    print 'late thread done'


def forever():
    while True:
        time.sleep(0.05)
d = threading.Thread(target=forever)
d.daemon = True
d.start()
threading.Thread(target=late).start()
print 'main done'
