d = {}
for i in range(40):
    d[i * 8] = i
for i in range(0, 40, 1):
    if i % 5:
        del d[i * 8]
print d
print dict.fromkeys(d)
print dict.fromkeys(set([3, 11, 19, 27, 35, 43]))
print dict.fromkeys(frozenset(['a', 'b', 'c']), 0)
s = set(range(0, 200, 8))
for i in range(0, 200, 16): s.discard(i)
print dict.fromkeys(s)
for n in range(1, 30):
    src = dict.fromkeys(range(n))
    print n, dict.fromkeys(src).__sizeof__(), dict.fromkeys(set(range(n))).__sizeof__(), dict.fromkeys(frozenset(range(0, n * 8, 8)))
