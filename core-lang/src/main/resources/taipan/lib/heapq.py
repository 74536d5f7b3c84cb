"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k,
counting elements from 0.  heap[0] is always the smallest item.
"""
# Taipan's own implementation of the 2.7 heapq module.  The sift procedures
# move items the same way CPython's do, so heaps built by the same calls hold
# their items in the same list order.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from itertools import islice, count, imap, izip, tee, chain
from operator import itemgetter


def _lt(a, b):
    # Prefer __lt__, falling back to __le__ for types that only define that.
    if hasattr(a, '__lt__'):
        return a < b
    return not b <= a


def _check_heap(heap):
    if not isinstance(heap, list):
        raise TypeError("heap argument must be a list")


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check_heap(heap)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_heap(heap)
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item.

    The returned value may be larger than item!  That constrains reasonable
    uses of this routine unless written as part of a conditional replacement:

        if item > heap[0]:
            item = heapreplace(heap, item)
    """
    _check_heap(heap)
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    _check_heap(heap)
    if heap and _lt(heap[0], item):
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _check_heap(x)
    for i in reversed(xrange(len(x) // 2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    # Move the item at pos up towards startpos until its parent is not larger.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if _lt(newitem, parent):
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Walk the smaller child down to a leaf, then bubble the displaced item
    # back up: fewer comparisons than stopping early (Knuth, 5.2.3 ex. 18).
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not _lt(heap[childpos], heap[rightpos]):
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _smallest_decorated(n, decorated):
    """The n smallest of an iterable of distinct, comparable tuples, sorted."""
    it = iter(decorated)
    # A max-heap of the best n so far, kept as negated order via a list sorted
    # on demand would be O(n log n) per item; instead keep a sorted list and
    # insert with bisection, which suits the small n these are called with.
    from bisect import insort
    result = sorted(islice(it, n))
    if not result:
        return result
    worst = result[-1]
    for elem in it:
        if elem < worst:
            insort(result, elem)
            result.pop()
            worst = result[-1]
    return result


class _Reversed(object):
    """Wraps a key so that ordering is reversed (for nlargest)."""
    __slots__ = ('key',)

    def __init__(self, key):
        self.key = key

    def __lt__(self, other):
        return other.key < self.key

    def __eq__(self, other):
        return self.key == other.key


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        it = iter(iterable)
        head = list(islice(it, 1))
        if not head:
            return []
        if key is None:
            return [min(chain(head, it))]
        return [min(chain(head, it), key=key)]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    if key is None:
        result = _smallest_decorated(n, izip(iterable, count()))
        return map(itemgetter(0), result)
    in1, in2 = tee(iterable)
    result = _smallest_decorated(n, izip(imap(key, in1), count(), in2))
    return map(itemgetter(2), result)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        it = iter(iterable)
        head = list(islice(it, 1))
        if not head:
            return []
        if key is None:
            return [max(chain(head, it))]
        return [max(chain(head, it), key=key)]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    # Ties keep their input order: decorate with an increasing counter and
    # compare (reversed key, counter).
    if key is None:
        decorated = ((_Reversed(elem), i, elem) for i, elem in enumerate(iterable))
    else:
        decorated = ((_Reversed(key(elem)), i, elem) for i, elem in enumerate(iterable))
    result = _smallest_decorated(n, decorated)
    return map(itemgetter(2), result)


def _nsmallest(n, iterable):
    """Find the n smallest elements in a dataset (no key function)."""
    return nsmallest(n, iterable)


def _nlargest(n, iterable):
    """Find the n largest elements in a dataset (no key function)."""
    return nlargest(n, iterable)


def merge(*iterables):
    '''Merge multiple sorted inputs into a single sorted output.

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]
    '''
    h = []
    for order, it in enumerate(map(iter, iterables)):
        try:
            nxt = it.next
            h.append([nxt(), order, nxt])
        except StopIteration:
            pass
    heapify(h)
    while len(h) > 1:
        try:
            while True:
                entry = h[0]
                value, _, nxt = entry
                yield value
                entry[0] = nxt()
                heapreplace(h, entry)
        except StopIteration:
            heappop(h)
    if h:
        value, _, nxt = h[0]
        yield value
        while True:
            yield nxt()   # StopIteration here ends the merge
