# dummy_thread, dummy_threading and the pure-Python _threading_local.
import sys
import dummy_thread
import dummy_threading
import _threading_local
import threading

print 'threading' in sys.modules, '_dummy_threading' in sys.modules
print sys.modules['thread'] is not dummy_thread

lock = dummy_thread.allocate_lock()
print type(lock) is dummy_thread.LockType, lock.locked()
print lock.acquire(), lock.locked(), lock.acquire(0), lock.acquire(1)
print lock.release(), lock.locked()
try:
    lock.release()
except dummy_thread.error as e:
    print 'error', e.args
with lock:
    print 'with', lock.locked()
print dummy_thread.get_ident(), dummy_thread.stack_size()
try:
    dummy_thread.stack_size(1 << 20)
except dummy_thread.error as e:
    print 'error', e.args
try:
    dummy_thread.exit()
except SystemExit:
    print 'SystemExit'

out = []
dummy_thread.start_new_thread(lambda a, b=0: out.append((a, b)), (1,), {'b': 2})
dummy_thread.start_new_thread(dummy_thread.exit, ())
print out
for args in [(len, [1]), (len, (), [])]:
    try:
        dummy_thread.start_new_thread(*args)
    except TypeError as e:
        print 'TypeError:', e
try:
    dummy_thread.interrupt_main()
except KeyboardInterrupt:
    print 'KeyboardInterrupt (main)'
try:
    dummy_thread.start_new_thread(dummy_thread.interrupt_main, ())
except KeyboardInterrupt:
    print 'KeyboardInterrupt (after thread)'

# dummy_threading: the threading API, run in the calling thread
res = []
t = dummy_threading.Thread(target=res.append, args=('ran',), name='dummy')
t.start()
t.join()
print res, t.name, t.is_alive()
print dummy_threading.current_thread().name, dummy_threading.active_count()
print dummy_threading.Thread is not threading.Thread
rl = dummy_threading.RLock()
with rl:
    with rl:
        print 'rlock nested'
ev = dummy_threading.Event()
ev.set()
print ev.wait()
q = dummy_threading.Semaphore(2)
print q.acquire(), q.acquire(), q.acquire(False)

# _threading_local.local with real threads


class MyLocal(_threading_local.local):
    def __init__(self, x):
        self.x = x
        self.count = 1

data = MyLocal(10)
data.x += 5
seen = []


def reader(n):
    seen.append((data.x, data.count))
    data.x = n
    seen.append(data.x == n)
ts = [threading.Thread(target=reader, args=(i,)) for i in range(4)]
for th in ts:
    th.start()
for th in ts:
    th.join()
print sorted(seen), data.x
try:
    _threading_local.local(1)
except TypeError as e:
    print 'TypeError:', e
plain = _threading_local.local()
plain.a = 1
del plain.a
print hasattr(plain, 'a')
try:
    plain.__dict__ = {}
except AttributeError as e:
    print 'AttributeError:', e
