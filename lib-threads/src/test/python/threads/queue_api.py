# Queue: FIFO, LIFO and priority queues, blocking with timeouts, task tracking.
import Queue
import threading

for cls in (Queue.Queue, Queue.LifoQueue, Queue.PriorityQueue):
    q = cls(3)
    print cls.__name__, q.empty(), q.full(), q.qsize(), q.maxsize
    for x in (5, 1, 3):
        q.put(x)
    print q.full(), q.qsize(), q.empty()
    try:
        q.put_nowait(9)
    except Queue.Full:
        print 'Full (nowait)'
    try:
        q.put(9, True, 0.01)
    except Queue.Full:
        print 'Full (timeout)'
    try:
        q.put(9, False)
    except Queue.Full:
        print 'Full (no block)'
    print [q.get() for i in range(3)]
    try:
        q.get_nowait()
    except Queue.Empty:
        print 'Empty (nowait)'
    try:
        q.get(timeout=0.01)
    except Queue.Empty:
        print 'Empty (timeout)'
    try:
        q.get(block=False)
    except Queue.Empty:
        print 'Empty (no block)'
    try:
        q.get(timeout=-1)
    except ValueError as e:
        print 'ValueError:', e

print issubclass(Queue.Empty, Exception), issubclass(Queue.Full, Exception)
print sorted(Queue.__all__)

# unbounded
q = Queue.Queue()
for i in range(1000):
    q.put(i)
print q.qsize(), q.full()

# producers and consumers with task_done/join
work = Queue.Queue(5)
results = Queue.Queue()


def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        results.put(item * item)
        work.task_done()

consumers = [threading.Thread(target=consumer) for i in range(4)]
for c in consumers:
    c.start()


def producer(base):
    for i in range(25):
        work.put(base + i)
producers = [threading.Thread(target=producer, args=(b,)) for b in (0, 100, 200, 300)]
for p in producers:
    p.start()
for p in producers:
    p.join()
work.join()
print 'all tasks done', work.unfinished_tasks
for c in consumers:
    work.put(None)
for c in consumers:
    c.join()
out = []
while not results.empty():
    out.append(results.get_nowait())
print len(out), sorted(out)[:5], sum(out)
try:
    work.task_done()
except ValueError as e:
    print 'ValueError:', e

# a blocked get is woken by a put from another thread
q = Queue.Queue()
got = []
t = threading.Thread(target=lambda: got.append(q.get(timeout=10)))
t.start()
q.put('hello')
t.join()
print got

# priority order with tuples
pq = Queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa')]:
    pq.put(item)
print [pq.get() for i in range(4)]
