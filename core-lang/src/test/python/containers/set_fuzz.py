# Random (deterministic) sequences of set operations; the iteration order after each
# step must be CPython 2.7's, which exercises dummies, resizes, the pop finger, merges.

seed = [2024]
def rand(n):
    x = (seed[0] * 1103515245 + 12345) % 2147483648
    seed[0] = x
    return (x >> 8) % n

def key():
    r = rand(10)
    if r < 5:
        return rand(200)
    if r < 8:
        return 's' + repr(rand(150))
    if r < 9:
        return (rand(5), rand(5))
    return -rand(50)

def some(n):
    return [key() for i in range(n)]

def brief(s):
    l = list(s)
    return len(l), l[:6], l[-4:]

sets = [set(), set(some(5)), frozenset(some(12)), set(some(40))]
for step in range(1500):
    i = rand(4)
    s = sets[i]
    op = rand(19)
    frozen = isinstance(s, frozenset)
    if frozen and op < 10:
        op = 10 + rand(9)
    if op == 0:
        s.add(key())
    elif op == 1:
        s.discard(key())
    elif op == 2:
        if s:
            s.pop()
    elif op == 3:
        s.update(some(rand(30)))
    elif op == 4:
        s.difference_update(some(rand(60)))
    elif op == 5:
        s.intersection_update(sets[rand(4)], some(100) + list(s)[:rand(20)])
    elif op == 6:
        s.symmetric_difference_update(some(rand(10)))
    elif op == 7:
        s |= sets[rand(4)]
    elif op == 8:
        s -= set(some(rand(30)))
    elif op == 9:
        if rand(5) == 0:
            s.clear()
        else:
            s ^= frozenset(some(rand(8)))
    elif op == 10:
        sets[i] = s | sets[rand(4)]
    elif op == 11:
        sets[i] = s & set(some(150) + list(s))
    elif op == 12:
        sets[i] = s - frozenset(some(rand(40)))
    elif op == 13:
        sets[i] = s ^ set(some(rand(15)))
    elif op == 14:
        sets[i] = s.union(some(rand(20)), sets[rand(4)])
    elif op == 15:
        sets[i] = s.difference(some(rand(20)), some(5))
    elif op == 16:
        d = {}
        for k in some(rand(30)):
            d[k] = 1
        sets[i] = (set if rand(2) else frozenset)(d) | s
    elif op == 17:
        sets[i] = s.copy() if rand(2) else (set(s) if frozen else frozenset(s))
    else:
        sets[i] = s.symmetric_difference(some(rand(25)))
    if step % 3 == 0:
        print step, op, i, brief(sets[i])
for s in sets:
    print type(s).__name__, list(s)
    print hash(frozenset(s))
