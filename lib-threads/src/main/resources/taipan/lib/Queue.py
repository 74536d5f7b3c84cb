"""Synchronized queues for passing items between threads: Queue (first in, first out),
LifoQueue (last in, first out) and PriorityQueue (smallest first)."""

from time import time as _time
import heapq
from collections import deque

try:
    import threading as _threading
except ImportError:
    import dummy_threading as _threading

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue']


class Empty(Exception):
    "Exception raised by Queue.get(block=0)/get_nowait()."


class Full(Exception):
    "Exception raised by Queue.put(block=0)/put_nowait()."


class Queue:
    """Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # one lock; conditions on it for "an item arrived", "room was freed" and
        # "every task is done"
        self.mutex = _threading.Lock()
        self.not_empty = _threading.Condition(self.mutex)
        self.not_full = _threading.Condition(self.mutex)
        self.all_tasks_done = _threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Record that one item taken with get() has been fully processed; join()
        returns once this was called for every item put().

        Raises ValueError when called more often than items were put.
        """
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            if left == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        """Wait until every item put() has been marked done with task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """Return the approximate size of the queue (not reliable!)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Return True if the queue is empty, False otherwise (not reliable!)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """Return True if the queue is full, False otherwise (not reliable!)."""
        with self.mutex:
            return 0 < self.maxsize == self._qsize()

    def _await(self, condition, blocked, block, timeout, failure):
        """With condition's lock held: wait while blocked() is true, as block and
        timeout say; raise failure when waiting is not allowed or time runs out."""
        if not blocked():
            return
        if not block:
            raise failure
        if timeout is None:
            while blocked():
                condition.wait()
            return
        if timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        deadline = _time() + timeout
        while blocked():
            left = deadline - _time()
            if left <= 0.0:
                raise failure
            condition.wait(left)

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue.

        A full queue makes put wait for room: forever when timeout is None, at most
        timeout seconds otherwise (then Full is raised). With block false, Full is
        raised at once and timeout is ignored.
        """
        with self.not_full:
            if self.maxsize > 0:
                self._await(self.not_full, lambda: self._qsize() == self.maxsize, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def put_nowait(self, item):
        """Put an item into the queue if there is room at once, else raise Full."""
        return self.put(item, False)

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue.

        An empty queue makes get wait for an item: forever when timeout is None, at
        most timeout seconds otherwise (then Empty is raised). With block false,
        Empty is raised at once and timeout is ignored.
        """
        with self.not_empty:
            self._await(self.not_empty, lambda: not self._qsize(), block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def get_nowait(self):
        """Remove and return an item if one is there at once, else raise Empty."""
        return self.get(False)

    # The storage; subclasses override these four to change the order.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """A queue that hands out the smallest item first (items are usually
    (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    """A queue that hands out the newest item first."""

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()
