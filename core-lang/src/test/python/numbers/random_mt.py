import random, _random
r = random.Random(42); s = r.getstate(); print s[0], s[1][:3], s[1][-1], len(s[1]), s[2]
print r.random(), r.getrandbits(5), r.getrandbits(40), r.getrandbits(64), r.randrange(10**30)
r.seed('abc'); print r.random(); r.seed(-5); print r.random(); r.seed(2**100); print r.random(); r.seed(3.5); print r.random(); r.seed((1,2)); print r.random()
q = _random.Random(7); print q.random(); q.jumpahead(3); print q.random(); q.jumpahead(2**80); print q.random()
def t(f, *a, **k):
    try: print repr(f(*a, **k))
    except Exception as e: print type(e).__name__, e
t(q.getrandbits); t(q.getrandbits, 'x'); t(q.getrandbits, 0); t(q.jumpahead, 1.5); t(q.setstate, (1,2)); t(q.setstate, [1])
st = list(q.getstate()); st[-1] = 625; t(q.setstate, tuple(st)); st[-1] = 5; st[0] = -1; t(q.setstate, tuple(st))
t(_random.Random, 1, 2); t(_random.Random, x=1); t(q.seed, [1])
print type(q.getstate()[0]), type(q.getstate()[-1]), _random.Random.__name__, type(q).__module__
random.seed(12345)
print [random.randrange(100) for i in range(10)], random.randint(1, 6), random.choice('abcdef'), random.uniform(1, 5)
l = range(20); random.shuffle(l); print l
print random.sample(range(1000), 10), random.sample(xrange(10**6), 5), sorted(random.sample(set('abcdefgh'), 3)), random.sample({1:2, 3:4, 5:6}, 2)
print random.normalvariate(0, 1), random.lognormvariate(0, 1), random.expovariate(2), random.vonmisesvariate(1, 2), random.vonmisesvariate(1, 0)
print random.gammavariate(0.5, 1), random.gammavariate(1.0, 2), random.gammavariate(3, 1), random.gauss(0, 1), random.gauss(0, 1), random.gauss(5, 2)
print random.betavariate(2, 3), random.paretovariate(3), random.weibullvariate(1, 2), random.triangular(), random.triangular(0, 10, 2), random.triangular(3, 3)
print random.randrange(0, 100, 7), random.randrange(100, 0, -3), random.randrange(2**70), random.randrange(-5, 2**60, 3), random.getrandbits(100), random.random()
for a in [(0,), (5, 5), (1, 10, 0), (1.5,), (0, 5.5), (0, 10, 1.5), (10, 1)]:
    t(random.randrange, *a)
t(random.sample, [1,2], 3); t(random.choice, []); t(random.gammavariate, 0, 1)
s = random.getstate(); a = random.random(); random.setstate(s); print a == random.random()
random.jumpahead(10); print random.random(); random.jumpahead(2**100); print random.random()
t(random.setstate, (7, None, None))
st2 = (2, tuple(x if i % 2 else x - 2**32 for i, x in enumerate(s[1][:-1])) + (s[1][-1],), None)
random.setstate(st2); print random.random()
w = random.WichmannHill(100); print w.random(), w.random(), w.getstate(); w.jumpahead(1000); print w.random()
w.seed('hello'); print w.random(); w.whseed(5); print w.random(), w._seed; t(w.jumpahead, -1); t(w.setstate, (3, 1, 2))
print w.randrange(1000), w.choice([1,2,3]), w.sample(range(10), 3)
class MyRandom(random.Random):
    def random(self): return 0.5
m = MyRandom(); print m.randrange(100), m.choice("abc")
print random.__all__
