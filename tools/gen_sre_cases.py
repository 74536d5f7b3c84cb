# Generates the differential test data of the sre engine (SreDifferentialTest) from CPython 2.7:
# parse/compile results (code words or the exception) and match/search results of many
# patterns, hand-written and random, over many subjects.
# Usage: python2.7 tools/gen_sre_cases.py JYTHON_LIB_DIR [COUNT [SEED]] > core-lang/src/test/resources/taipan/modules/sre/cases.txt
# (JYTHON_LIB_DIR holds test/re_tests.py, extracted from the Jython installer; the
# committed file was made with COUNT=1500)
import os, random, re, sre_compile, sre_parse, sys, warnings

warnings.simplefilter('ignore')

def enc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o < 0x7f and ch not in '\\%':
            out.append(str(ch))
        else:
            out.append('%%%x;' % o)
    return ''.join(out) or '%;'

def kind(s):
    return 'u' if isinstance(s, unicode) else 's'

def compile_record(p, flags):
    try:
        tree = sre_parse.parse(p, flags)
        code = sre_compile._code(tree, flags)
        r = re.compile(p, flags)
        return 'OK %d %d %s' % (r.flags, r.groups, ' '.join(str(c) for c in code)), r
    except Exception as e:
        return 'ERR %s %s' % (type(e).__name__, enc(str(e))), None

def match_result(m):
    if m is None:
        return 'None'
    parts = ['%d,%d' % m.span(), str(m.lastindex)]
    for i in range(1, (m.re.groups or 0) + 1):
        parts.append('%d,%d' % m.span(i))
    return ';'.join(parts)

def subject_variants(s):
    return [s]

seen = set()
def emit_pattern(p, flags, subjects):
    key = (kind(p), p, flags)
    if key in seen:
        return
    seen.add(key)
    rec, r = compile_record(p, flags)
    print 'P\t%s\t%d\t%s\t%s' % (kind(p), flags, enc(p), rec)
    if r is None:
        return
    for s in subjects:
        for (pos, endpos) in [(0, sys.maxint)] + ([(1, sys.maxint), (0, len(s) - 1)] if len(s) > 1 else []):
            try:
                mm = r.match(s, pos, endpos)
                ms = r.search(s, pos, endpos)
                res = '%s\t%s' % (match_result(mm), match_result(ms))
            except Exception as e:
                res = 'ERR %s %s' % (type(e).__name__, enc(str(e)))
            print 'S\t%s\t%s\t%d\t%d\t%s' % (kind(s), enc(s), pos, min(endpos, 999999), res)

# ---- the re_tests table ----
sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else '/tmp/re_jy/Lib')
from test.re_tests import tests
for t in tests:
    p, s = t[0], t[1]
    for flags in (0, re.I, re.M, re.S, re.U, re.I | re.U, re.L):
        emit_pattern(p, flags, [s])
    try:
        up = unicode(p, 'latin-1')
        us = unicode(s, 'latin-1')
        emit_pattern(up, re.U, [us, s])
        emit_pattern(up, re.I | re.U, [us])
    except Exception:
        pass

# ---- hand-written cases ----
hand = [
    (r'(?!(a)b)\w', ['ab', 'ba', 'aab']),
    (r'(a)b|c', ['xacx', 'ab', 'c']),
    ('^((x|y)*)*', ['xyyzy']),
    ('(a)(?:(?=(b)*)c)*', ['abb']),
    ('(a)((?!(b)*))*', ['abb']),
    ('^((a)|b)*', ['abc']), ('^(([ab])|c)*', ['abc']), ('^((d)|[ab])*', ['abc']),
    ('^((a)c|[ab])*', ['abc']), ('^((a)|b)*?c', ['abc']), ('^(([ab])|c)*?d', ['abcd']),
    ('^((d)|[ab])*?c', ['abc']), ('^((a)c|[ab])*?c', ['abc']),
    ('(?:a?)*y', ['z']), ('(?:a?)+y', ['z']), ('(?:a?){2,}y', ['z']), ('(?:a?)*?y', ['z']),
    ('(?:a?)+?y', ['z']), ('(?:a?){2,}?y', ['z']),
    ('(x)*', ['x' * 300]), ('(x)*y', ['x' * 300 + 'y']), ('(x)*?y', ['x' * 300 + 'y']),
    ('.*?cd', ['ab' * 50 + 'c' + 'ab' * 50 + 'cde']), ('(a|b)*?c', ['ab' * 100 + 'cd']),
    (r'\b', ['', 'a', ' ', 'ab cd']), (r'\B', ['', 'a', ' ', 'ab cd']),
    ('$', ['a\nb\n', '\n', '']), ('(?m)$', ['a\nb\n']), ('(?m)^', ['a\nb\n']),
    (r'[\A\B\b\C\Z]', ['AB\bCZ']), ('(?i)[\xc0-\xde]', ['\xd7', '\xf7']),
    ('(?i)[9-a]', ['_']), ('(?i)[9-A]', ['_']),
    ('a{,3}', ['aaaaa']), ('a{2,}?', ['aaaa']), ('x{}', ['x{}']), ('x{1', ['x{1']),
    ('(?P<a>x)(?P=a)(?(a)y)', ['xxy', 'xx']), ('(?P<quote>)(?(quote))', ['']),
    ('(a)(?(1)b|c)', ['ab', 'ac']), ('(?:(a)|b)(?(1)c|d)', ['ac', 'bd', 'bc']),
    ('(?<=a)b', ['ab', 'b']), ('(?<!a)b', ['ab', 'b', 'cb']), ('(?<=ab|cd)x', ['abx', 'cdx', 'x']),
    ('(?=a)|b', ['b', 'a']), ('a|b|c', ['c']), ('a|ab|abc', ['abc']), ('(a|ab)(c|bcd)(d*)', ['abcd']),
    (r'(a)\1', ['aa', 'ab']), (r'(?i)(a)\1', ['aA']), (r'(a)|\1', ['x']),
    ('[^a]', ['a', 'b']), ('[^ab]*', ['cdab']), ('[a-]', ['-']), ('[]a]', [']']), ('[^]]', ['a']),
    (r'\x41\101\0', ['AA\0']), (r'[\x41-\x43]+', ['ABCD']),
    ('.', ['\n', 'a']), ('(?s).', ['\n']), ('a.*b', ['a\nb', 'ab']),
    (u'\u017f', [u's', u'S', u'\u017f']), (u'(?iu)\u017f', [u's', u'S', u'\u017f']),
    (u'(?iu)[19\u212a]', [u'k', u'K']), (u'(?iu)K', [u'\u212a']),
    (u'(?u)\\w+', [u'\xe9t\xe9 \u0430\u0431']), (u'(?u)\\d', [u'\u0e58', u'\u2165']),
    (u'(?iu)[\u0430-\u045f]', [u'\u0450', u'\u0400']), (u'(?iu)[\U00010428-\U0001044f]', [u'\U00010400']),
    (u'(?iu)[\U00010400-\U00010427]', [u'\U00010428']), (u'[\u2222\u2223]', [u'\u2222']),
    (u'[%s]' % u''.join(map(unichr, range(256, 2**16, 255))), [unichr(0xff01), u'a']),
    (u'\U0001F600+', [u'x\U0001F600\U0001F600y']), (u'.', [u'\U0001F600']),
]
for p, subs in hand:
    for flags in (0, re.I, re.M):
        emit_pattern(p, flags, subs)

# ---- the code validator of _sre.compile: mutated programs, accepted or refused ----
import _sre
VPATTERNS = ['a(b|c)*d', '(?:x{2,5}?y)+', '(a)(?(1)b|c)', '(?<=ab)c(?!d)', r'[a-z\d]+\b', r'(a|b)\1',
             '(?i)[^x]y*?', '^(?:(a)|b)*$', 'a.b.c', r'(?=(\w+))\w', u'[\u0100-\u2000]x', 'abc|abd']
vrnd = random.Random(17)
for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 3000):
    src = vrnd.choice(VPATTERNS)
    tree = sre_parse.parse(src, 0)
    code = sre_compile._code(tree, 0)
    for k in range(vrnd.randint(1, 3)):
        j = vrnd.randrange(len(code))
        code[j] = vrnd.randrange(40) if vrnd.random() < 0.25 else max(0, code[j] + vrnd.randint(-3, 3))
    groups = vrnd.choice([0, tree.pattern.groups - 1, 3])
    # in a child process: mutated programs can crash CPython's validator
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        try:
            _sre.compile(src, 0, code, groups, {}, [None] * (groups + 1))
            os._exit(0)
        except RuntimeError:
            os._exit(1)
        except OverflowError:
            os._exit(2)
        except Exception:
            os._exit(3)
    status = os.waitpid(pid, 0)[1]
    if os.WIFEXITED(status) and os.WEXITSTATUS(status) < 3:
        res = ['OK', 'ERR RuntimeError', 'ERR OverflowError'][os.WEXITSTATUS(status)]
        print 'V\t%d\t%s\t%s' % (groups, ' '.join(str(c) for c in code), res)

# ---- random patterns ----
rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 4242)
ALPHA = 'ab'
def atom(depth, groups, state):
    r = rnd.random()
    if r < 0.30:
        return rnd.choice(ALPHA)
    if r < 0.36:
        return '.'
    if r < 0.42:
        return rnd.choice(['[ab]', '[^a]', '[a-c]', r'\w', r'\s', r'\d', '[b-]'])
    if r < 0.48:
        return rnd.choice(['^', '$', r'\b', r'\B', r'\A', r'\Z'])
    if r < 0.52 and state['closed']:
        return '\\%d' % rnd.choice(state['closed'])
    if r < 0.55 and state['closed']:
        return '(?(%d)%s|%s)' % (rnd.choice(state['closed']), seq(depth + 1, groups, state), seq(depth + 1, groups, state))
    if depth > 3:
        return rnd.choice(ALPHA)
    r = rnd.random()
    if r < 0.45:
        state['n'] += 1
        g = state['n']
        body = alt(depth + 1, groups, state)
        state['closed'].append(g)
        return '(%s)' % body
    if r < 0.7:
        return '(?:%s)' % alt(depth + 1, groups, state)
    if r < 0.8:
        return '(?=%s)' % alt(depth + 1, groups, state)
    if r < 0.9:
        return '(?!%s)' % alt(depth + 1, groups, state)
    return '(?<%s%s)' % (rnd.choice('=!'), rnd.choice(['a', 'b', 'ab', '[ab]', 'a|b']))

def quant(s):
    r = rnd.random()
    if r < 0.6:
        return s
    q = rnd.choice(['*', '+', '?', '{2}', '{0,2}', '{1,3}', '{2,}'])
    if rnd.random() < 0.4:
        q += '?'
    return s + q

def seq(depth, groups, state):
    n = rnd.randint(0 if depth else 1, 3)
    return ''.join(quant(atom(depth, groups, state)) for _ in range(n))

def alt(depth, groups, state):
    parts = [seq(depth, groups, state)]
    while rnd.random() < 0.3:
        parts.append(seq(depth, groups, state))
    return '|'.join(parts)

SUBJ = 'ab a\n1'
for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 3000):
    state = {'n': 0, 'closed': []}
    p = alt(0, 0, state)
    subs = [''.join(rnd.choice('aab b') for _ in range(rnd.randint(0, 7))) for _ in range(4)]
    subs.append(''.join(rnd.choice(SUBJ) for _ in range(rnd.randint(0, 6))))
    emit_pattern(p, rnd.choice([0, 0, re.I, re.M, re.S]), subs)

# ---- patterns starting with a repeat of one character (search skipping) ----
LEADS = ['a+', 'a*', '[ab]+', '[ab]*', 'b{2,}', '(a+)', '((?:a)+)'.replace('(?:a)', 'a'), '(?:a|b)+', '[^ ]+', 'a{1,2}', '.+', '.*']
for i in range(int(sys.argv[2]) // 3 if len(sys.argv) > 2 else 1000):
    state = {'n': 0, 'closed': []}
    lead = rnd.choice(LEADS)
    if lead.startswith('('):
        state['n'] = 1
        state['closed'] = [1]
    p = lead + seq(1, 0, state)
    subs = [''.join(rnd.choice('aab ba') for _ in range(rnd.randint(0, 9))) for _ in range(5)]
    emit_pattern(p, rnd.choice([0, 0, re.I, re.M]), subs)

# ---- syntax fuzz: random strings of pattern metacharacters (compile result only) ----
FUZZ = list('()[]{}?*+|\\^$.:=!<>Pa1-,#xgb0') + ['(?', '(?P', '(?P<', '(?P=', '(?(', '\\x', '\\g', '{1,', '[^']
for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 3000):
    p = ''.join(rnd.choice(FUZZ) for _ in range(rnd.randint(1, 10)))
    emit_pattern(p, rnd.choice([0, 0, re.X, re.I]), ['a1b(x)'])
    if rnd.random() < 0.2:
        emit_pattern(unicode(p), 0, [u'a1b'])

