# heapq and bisect reject what is not a list or sequence with TypeError, before anything else
import heapq, bisect
for f in (bisect.bisect_left, bisect.bisect_right, bisect.insort_left, bisect.insort_right):
    try:
        f(10, 10)
    except TypeError as e:
        print f.__name__, 'TypeError'
for args in ((None, None), ([], 1)):
    try:
        heapq.heapreplace(*args)
    except (TypeError, IndexError) as e:
        print 'heapreplace', type(e).__name__, e
print heapq.nlargest(2, [3, 1, 4, 1, 5]), heapq.nsmallest(2, [3, 1, 4, 1, 5])
