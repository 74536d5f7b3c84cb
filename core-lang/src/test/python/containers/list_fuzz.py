# Random (deterministic) list mutations; contents and __sizeof__ (CPython's
# over-allocation) must follow CPython 2.7 after every step.

seed = [77]
def rand(n):
    x = (seed[0] * 1103515245 + 12345) % 2147483648
    seed[0] = x
    return (x >> 8) % n

def gen(n):
    for i in range(n):
        yield i

class Hint(object):
    def __init__(self, n, hint):
        self.n = n
        self.hint = hint
    def __iter__(self):
        return iter(range(self.n))
    def __len__(self):
        return self.hint

lists = [[], range(5), range(40)]
for step in range(2500):
    i = rand(3)
    l = lists[i]
    op = rand(22)
    n = len(l)
    if op == 0:
        l.append(step)
    elif op == 1:
        l.extend(range(rand(20)))
    elif op == 2:
        l.extend(gen(rand(30)))
    elif op == 3:
        l.extend(Hint(rand(10), rand(50)))
    elif op == 4:
        l.insert(rand(n + 3) - 2, step)
    elif op == 5:
        if n:
            l.pop()
    elif op == 6:
        if n:
            l.pop(rand(n))
    elif op == 7:
        del l[rand(n + 1):rand(n + 1)]
    elif op == 8:
        l[rand(n + 1):rand(n + 1)] = range(rand(8))
    elif op == 9:
        l *= rand(3)
    elif op == 10:
        l += (1, 2, 3)[:rand(4)]
    elif op == 11:
        l.sort(reverse=rand(2) == 1)
    elif op == 12:
        if n:
            l.remove(l[rand(n)])
    elif op == 13:
        l.reverse()
    elif op == 14:
        del l[::rand(3) + 2]
    elif op == 15:
        if n > 2:
            k = len(l[1::2])
            l[1::2] = range(k)
    elif op == 16:
        lists[i] = l[rand(n + 1):]
    elif op == 17:
        lists[i] = l + range(rand(5))
    elif op == 18:
        lists[i] = l * rand(3)
    elif op == 19:
        lists[i] = list(l)
    elif op == 20:
        if n > 200 or rand(10) == 0:
            del l[:]
    else:
        l[:] = gen(rand(12))
    l = lists[i]
    if step % 2 == 0:
        print step, op, i, len(l), l.__sizeof__(), l[:4], l[-3:]
for l in lists:
    print l, l.__sizeof__()
