# StringIO and cStringIO: random operation sequences (differential against 2.7).
import StringIO, cStringIO
class R:
    x = 4242
    def randrange(self, a, b=None):
        if b is None: a, b = 0, a
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return a + (self.x >> 8) % (b - a)
    def choice(self, l): return l[self.randrange(len(l))]
random = R()
chunks = ['', 'a', 'bc\n', '\n', 'xyz\nuvw', '\n\n', 'long line ' * 5 + '\n']
for make in [StringIO.StringIO, cStringIO.StringIO]:
    for trial in range(60):
        f = make(random.choice(['', 'init\ndata\n', 'abc'])) if random.randrange(2) else make()
        writable = hasattr(f, 'write')
        res = []
        for step in range(15):
            op = random.randrange(9)
            try:
                if op == 0 and writable:
                    c = random.choice(chunks); f.write(c); res.append('w' + repr(c))
                elif op == 1:
                    res.append(f.read(random.randrange(-1, 8)))
                elif op == 2:
                    res.append(f.readline(random.choice([-1, 0, 2, 100])))
                elif op == 3:
                    a = random.randrange(-3, 30); b = random.randrange(3); f.seek(a, b); res.append(('seek', a, b, f.tell()))
                elif op == 4:
                    res.append(f.readlines(random.choice([0, 1, 5])))
                elif op == 5:
                    a = random.choice([None, 0, 3, 50]) if make is StringIO.StringIO else random.choice([0, 3, 50]); f.truncate(a); res.append(('trunc', a, f.tell()))
                elif op == 6:
                    res.append(f.getvalue())
                elif op == 7 and writable:
                    f.writelines([random.choice(chunks) for i in range(3)]); res.append('wl')
                else:
                    res.append(list(f))
            except Exception as e:
                res.append(type(e).__name__)
        print make.__name__, res
