# codecs.StreamReader: random read/readline/readlines sequences over several encodings (differential against 2.7).
import codecs
from StringIO import StringIO
class R:
    x = 12345
    def randrange(self, a, b=None):
        if b is None: a, b = 0, a
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return a + (self.x >> 8) % (b - a)
    def choice(self, l): return l[self.randrange(len(l))]
random = R()
texts = [u'a\r\nb\rc\n\nd\u2028e\x85f\u20ac\r', u'\xe9' * 50 + u'\n' + u'x' * 300 + u'\r\n\r\n', u'', u'\n', u'abc']
out = []
for enc in ['utf-8', 'utf-16', 'utf-32-le', 'utf-7', 'utf-8-sig']:
    for text in texts:
        data = text.encode(enc)
        for trial in range(20):
            r = codecs.getreader(enc)(StringIO(data))
            res = []
            for step in range(12):
                op = random.randrange(5)
                if op == 0:
                    res.append(r.read(random.randrange(-1, 5)))
                elif op == 1:
                    res.append(r.read(random.randrange(-1, 5), random.randrange(-1, 5)))
                elif op == 2:
                    res.append(r.readline(random.choice([None, 1, 2, 5, 100])))
                elif op == 3:
                    res.append(r.readline(random.choice([None, 1, 3]), random.choice([True, False])))
                else:
                    res.append(r.readlines()[:2])
            out.append(repr(res))
print len(out)
print '\n'.join(out)
