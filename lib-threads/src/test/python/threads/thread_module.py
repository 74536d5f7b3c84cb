# The low-level thread module: locks, start_new_thread, exit, _local, stack_size.
import sys
import thread
import time

print thread.error, thread.LockType, issubclass(thread.error, Exception)
lock = thread.allocate_lock()
print type(lock) is thread.LockType
print lock.locked(), lock.acquire(), lock.locked(), lock.acquire(0), lock.acquire(False)
lock.release()
print lock.locked()
try:
    lock.release()
except thread.error as e:
    print 'error:', e
with lock:
    print 'inside with:', lock.locked()
print 'after with:', lock.locked()
print lock.acquire_lock(), lock.locked_lock()
lock.release_lock()

# arguments, keyword arguments, result collection
done = thread.allocate_lock()
done.acquire()
results = []
main_ident = thread.get_ident()
print isinstance(main_ident, (int, long)), main_ident != 0


def worker(a, b, c=0):
    results.append((a, b, c, thread.get_ident() != main_ident))
    done.release()

ident = thread.start_new_thread(worker, (1, 2), {'c': 3})
done.acquire()
print results, isinstance(ident, (int, long))

# many threads appending to one list (list.append is atomic)
count_lock = thread.allocate_lock()
state = {'running': 0}
shared = []
all_done = thread.allocate_lock()
all_done.acquire()


def adder(n):
    for i in range(100):
        shared.append((n, i))
    with count_lock:
        state['running'] -= 1
        if state['running'] == 0:
            all_done.release()

state['running'] = 10
for n in range(10):
    thread.start_new_thread(adder, (n,))
all_done.acquire()
print len(shared), sorted(shared) == sorted((n, i) for n in range(10) for i in range(100))

# thread.exit ends only that thread, silently
def exiter():
    try:
        thread.exit()
    finally:
        done.release()
thread.start_new_thread(exiter, ())
done.acquire()
print 'main still running'


# an uncaught exception is reported with the function's repr
class Func(object):
    def __repr__(self):
        return '<Func>'

    def __call__(self):
        try:
            raise ValueError('boom')
        finally:
            done.release()

old_stderr = sys.stderr
import StringIO
sys.stderr = StringIO.StringIO()
thread.start_new_thread(Func(), ())
done.acquire()
for _ in range(200):
    if 'ValueError' in sys.stderr.getvalue():
        break
    time.sleep(0.01)
time.sleep(0.05)
text = sys.stderr.getvalue()
sys.stderr = old_stderr
lines = text.splitlines()
print lines[0]
print lines[1]
print lines[-1]

# argument errors
for args in [(1, ()), (worker, [1]), (worker, (), 1)]:
    try:
        thread.start_new_thread(*args)
    except TypeError as e:
        print 'TypeError:', e

# thread-local data
loc = thread._local()
loc.x = 1
seen = []


def look():
    seen.append(hasattr(loc, 'x'))
    loc.x = 2
    seen.append(loc.x)
    seen.append(sorted(loc.__dict__.items()))
    done.release()
thread.start_new_thread(look, ())
done.acquire()
print seen, loc.x, loc.__dict__


class MyLocal(thread._local):
    def __init__(self, start):
        self.value = start
        self.inits = 1

ml = MyLocal(5)
ml.value += 1
out = []


def look2():
    out.append((ml.value, ml.inits))
    done.release()
thread.start_new_thread(look2, ())
done.acquire()
print out, ml.value
try:
    thread._local(1)
except TypeError as e:
    print 'TypeError:', e

# stack_size
print thread.stack_size()
try:
    thread.stack_size(100)
except ValueError as e:
    print 'ValueError:', e
print thread.stack_size(1 << 20), thread.stack_size(0), thread.stack_size()
for _ in range(200):
    if thread._count() == 0:
        break
    time.sleep(0.01)
print thread._count()
