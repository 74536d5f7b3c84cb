# The format-spec mini-language for numbers: format(x, spec) over many values and specs,
# chosen by a small deterministic generator, plus hand-picked cases.
nan = float('nan')
inf = float('inf')
values = [0, 1, -1, 255, -255, 1234567, -1234567, 2 ** 70, -2 ** 70, 65L, True, 0.0, -0.0, 1.5, -1.5, 1234.5678,
          1e16, 1e-7, 0.1, 123456789.123, 9.995, 2.5, inf, -inf, nan, 1 + 2j, -1.5 - 0j, 1e16j,
          complex(1234567, -7654321), complex(-0.0, 0.5)]
aligns = ['', '<', '>', '^', '=', '*<', '*^', '0>', 'x=', ' >']
signs = ['', '+', ' ', '-']
alts = ['', '#']
zeros = ['', '0']
widths = ['', '1', '12', '25']
commas = ['', ',']
precs = ['', '.0', '.1', '.3', '.12', '.20']
types = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'r']

class Rand(object):
    seed = 12345


def pick(seq):
    Rand.seed = (Rand.seed * 1103515245 + 12345) % 2147483648
    return seq[(Rand.seed >> 8) % len(seq)]


def show(v, spec):
    try:
        r = format(v, spec)
    except Exception as e:
        print repr(v), repr(spec), '!!', type(e).__name__, e
    else:
        print repr(v), repr(spec), '->', repr(r)


specs = []
for i in range(150):
    specs.append(pick(aligns) + pick(signs) + pick(alts) + pick(zeros) + pick(widths) + pick(commas) + pick(precs)
                 + pick(types))
for spec in specs:
    for v in values:
        show(v, spec)

manual = [
    (1234, '0=10,'), (1234, '07,'), (1234, '06,'), (1234, '05,'), (1234, '08,'), (1234, '09,'), (-1234, '08,'),
    (1234.5, '08,'), (1234, 'x=10,'), (1234, '0<10,'), (1234, '0>10'), (1234, '0^10'), (1234, '*=+10'),
    (1, '\x80'), (1, '\x01'), (1.0, '\x80'), (2 ** 70, 'c'), (256, 'c'), (-1, 'c'), (65, '+c'), (65, ',c'),
    (65, '#c'), (65, '05c'), (65, '<5c'), (0, 'c'), (65, '.2'), (65, '.2d'), (1234567, ',x'), (12345, '_'), (1, ',,'),
    (1, '<<<'), (1, 'zz'), (1, '1000000000000000000000'), (1.0, '.1000000000000000000000'), (1.0, '.'), (1.0, '.x'),
    (1.0, '5.2x'), (1e50, 'f'), (1e300, '.2f'), (0.1, '.60f'), (0.1, '.60g'), (0.1, '.60e'), (1.0, ',n'),
    (1.5, '.0'), (0.5, '.0'), (9.5, '.1'), (15.0, '.1'), (100.0, '.2'), (1e22, '.3'), (0.5, '#.0%'),
    (1 + 2j, '=20'), (1 + 2j, '020'), (1 + 2j, '#'), (1.0, '#'), (1, '#'), (10, '=^10'), (10, '^=10'),
    (93771859320050.0, ''), (93771859320050.0, '.12g'), (93771859320050.0, 'g'), (339402.0, '.5g'),
    (1, u'5'), (1.5, u'*^9'), (1j, u'10'), (1, u'\u20ac^5'), (1.5, 3), (1j, None),
]
for v, spec in manual:
    show(v, spec)
for v, spec in [(1, '5'), (1.5, '5'), (1j, '5'), (1L, '5')]:
    for f in (int.__format__, long.__format__, float.__format__, complex.__format__):
        try:
            r = f(v, spec)
        except Exception as e:
            print repr(v), '!!', type(e).__name__, e
        else:
            print repr(v), '->', repr(r)
print repr((1).__format__(u'')), repr((1.5).__format__(u'5')), repr((1j).__format__(u'5')), repr((1L).__format__(u''))
