# pprint and textwrap on random structures, texts and options (differential against 2.7).
import pprint, textwrap
class R:
    x = 987
    def randrange(self, a, b=None):
        if b is None: a, b = 0, a
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return a + (self.x >> 8) % (b - a)
    def choice(self, l): return l[self.randrange(len(l))]
random = R()
atoms = [0, 1, -5, 2 ** 70, 1.5, 'a', 'hello world', "it's", u'uni\xe9', None, True, 'x' * 30, (), [], {}, 3j]

def gen(depth):
    k = random.randrange(7 if depth < 4 else 1)
    if k == 0:
        return random.choice(atoms)
    n = random.randrange(0, 6)
    if k in (1, 2):
        return [gen(depth + 1) for i in range(n)]
    if k == 3:
        return tuple(gen(depth + 1) for i in range(n))
    if k == 4:
        return dict((random.choice(['a', 'b', 'key', 'k2', 'zz', 1, 2, 3.5, (1, 2)]), gen(depth + 1)) for i in range(n))
    if k == 5:
        return set(random.choice([1, 2, 3, 'a', 'b', (1,)]) for i in range(n))
    return frozenset(random.choice([4, 5, 'c']) for i in range(n))

for i in range(150):
    obj = gen(0)
    w = random.choice([1, 5, 10, 20, 40, 80])
    ind = random.choice([0, 1, 2, 4])
    dep = random.choice([None, None, 1, 2, 3])
    print pprint.pformat(obj, indent=ind, width=w, depth=dep)
    print pprint.saferepr(obj) == repr(obj), pprint.isreadable(obj), pprint.isrecursive(obj)

words = ['a', 'bb', 'hello', 'world.', 'well-known', 'x' * 15, '--', 'em--dash', 'Mr.', 'end!', '"quoted."', '\t', '\n', '  ', 'self-explanatory', 'e-mail', '123-456']
for i in range(150):
    text = ''.join(random.choice(words) + random.choice([' ', ' ', '  ', '\t', '\n', '']) for j in range(random.randrange(0, 25)))
    kw = {}
    for opt in ['expand_tabs', 'replace_whitespace', 'fix_sentence_endings', 'break_long_words', 'drop_whitespace', 'break_on_hyphens']:
        if random.randrange(3) == 0:
            kw[opt] = not getattr(textwrap.TextWrapper(), opt)
    if random.randrange(3) == 0:
        kw['initial_indent'] = random.choice(['', '* ', '>>>> '])
        kw['subsequent_indent'] = random.choice(['', '  ', '-'])
    w = random.choice([1, 3, 7, 12, 30, 70])
    try:
        print textwrap.wrap(text, w, **kw)
        print repr(textwrap.dedent(text)), repr(textwrap.fill(unicode(text), w, **kw))
    except Exception as e:
        print type(e).__name__, e
