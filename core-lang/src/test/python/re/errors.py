# Every error of the re module: pattern syntax, templates, arguments, limits.
import re, sre_constants
# (a backreference to a malformed group name is left out: Taipan words it as CPython 2.7
# did before 2.7.10, which the conformance corpus's test_re checks)

def t(label, f):
    try:
        r = f()
    except Exception, e:
        print '%-28s %s: %s' % (label, type(e).__name__, e)
        return
    print '%-28s ok %r' % (label, r if not hasattr(r, 'pattern') else 'pattern')

patterns = [
    '(', ')', 'a)', '(a', '(?', '(?P', '(?P<', '(?P<a', '(?P<>a)', '(?P<1>a)', '(?P<a.>x)',
    '(?P<?foo>)', '(?P<a>)(?P<a>)', '(?Px)', '(?P=)', '(?P=a)', '(?P=a1)',
    '(?P=', '(?P=a', '(?())', '(?(a))', '(?(1a))', '(?(a.))', '(?(', '(?(1',
    '(a)(?(1)b|c|d)', '(?(1)a|b', '(?i:a)', '(?z)', '(?', '(?i', '(?#', '(?#abc', '(?<x)', '(?<',
    '(?=', '(?!a', '(?<=a', '(?<=a*)', '(?<!a+)', '(?<=a|bc)', '*', 'a**', 'a*+', 'a??+', '+a',
    '?', '{1}', 'a{2,1}', 'a|*', '(*)', '^*', '$+', r'\b*', r'\A*', 'x{99999999999}',
    'x{4294967295}', 'x{,4294967295}', 'x{4294967294}', 'x{1,4294967296}', '[', '[a', '[a-',
    '[a-]', '[z-a]', '[a-\\d]', '[\\d-z]', '[\\w-a]', '[]', '[^]', '\\', 'a\\', '\\x',
    '\\x1', '\\x1g', '\\xgg', '[\\x]', '[\\x1]', '[\\x1g]', '\\8', '\\9', '\\10', '\\11',
    '(a)\\2', '(a\\1)', '(?P<a>(?P=a))', '[\\8]', '[\\9]', '\\911', '[\\911]', '\\0', '\\07',
    '\\777', '[\\777]', '\\q', '[\\q]', '\\Z\\A', '(?(0)a|b)', '(?(-1)a)', '(?(5)a)',
    '(a)(?(5)b)', '(?( 1)a)', '(?P<a>x)(?(a)y|z)', '(?(b)y)', 'a{1,2}{3}', '(?x)a{1, 2}',
    '()' * 99, '()' * 100, '(?x)(', '(?x)#(', '[a-z]{2,1}',
]
for p in patterns:
    t('compile %s' % (p if len(p) < 20 else p[:16] + '...'), lambda: re.compile(p))
    t('  unicode', lambda: re.compile(unicode(p)))
t('compile 0', lambda: re.compile(0))
t('compile None', lambda: re.compile(None))
t('compile list', lambda: re.compile([]))
t('compile pattern flags', lambda: re.compile(re.compile('.'), re.I))
t('match pattern flags', lambda: re.match(re.compile('.'), 'A', re.I))
t('search pattern flags', lambda: re.search(re.compile('.'), 'A', re.I))
t('findall pattern flags', lambda: re.findall(re.compile('.'), 'A', re.I))
t('same pattern', lambda: re.compile(re.compile('x')).pattern)
t('template repeat', lambda: re.template('a*'))
t('template ok', lambda: re.template('ab').match('ab').group())
t('error class', lambda: (re.error is sre_constants.error, re.error.__name__, re.error.__module__))

# templates
for repl in [r'\g<a', r'\g<', r'\g', r'\g<a a>', r'\g<>', r'\g<1a1>', r'\g<ab>', r'\g<-1>',
             r'\g<2>', r'\2', '\\', 'a\\', r'\1', r'\8', r'\9', r'\11', r'\18', r'\1a', r'\90',
             r'\99', r'\118', r'\11a', r'\181', r'\800', r'\g<a>\g<1>', r'\g< 1>']:
    t('sub %r' % repl, lambda: re.sub('(?P<a>x)', repl, 'xx'))
    t('  no match', lambda: re.sub('(?P<a>x)', repl, 'yy'))
t('sub unmatched', lambda: re.sub('(?P<a>x)|(?P<b>y)', r'\g<b>', 'xx'))
t('sub unmatched 2', lambda: re.sub('(?P<a>x)|(?P<b>y)', r'\2', 'xx'))
t('sub int repl', lambda: re.sub('a', 1, 'a'))
t('sub None repl', lambda: re.sub('a', None, 'a'))
t('sub int subject', lambda: re.sub('a', 'b', 1))
t('sub bad template, bad subject', lambda: re.sub('a', r'\g<', 1))

# arguments
p = re.compile('(a)(b)?')
m = p.match('ab')
t('match 4 args', lambda: p.match('a', 0, 1, 2))
t('match string+pattern', lambda: p.match(string='a', pattern='b'))
t('match pos+pattern', lambda: p.match('a', pattern='b'))
t('match pattern kw', lambda: p.match(pattern='ab').group())
t('match none', lambda: p.match())
t('match bad kw', lambda: p.search(strin='ab'))
t('match int', lambda: p.match(1))
t('match float pos', lambda: p.match('ab', 1.0))
t('match str pos', lambda: p.match('ab', '1'))
t('match None pos', lambda: p.match('ab', None))
t('match long pos', lambda: p.match('ab', 1L))
t('match huge pos', lambda: p.match('ab', 0, 2 ** 70))
t('match neg pos', lambda: p.match('ab', -5, -1))
t('search none', lambda: p.search())
t('split none', lambda: p.split())
t('split 3', lambda: p.split('a', 1, 2))
t('split source+pos', lambda: p.split('a', source='b'))
t('split source', lambda: p.split(source='ab'))
t('split float', lambda: p.split('ab', 1.5))
t('findall none', lambda: p.findall())
t('findall 4', lambda: p.findall('a', 0, 1, 2))
t('findall source', lambda: p.findall(source='ab'))
t('sub 1 arg', lambda: p.sub('x'))
t('sub 4 args', lambda: p.sub('x', 'y', 1, 2))
t('sub float count', lambda: p.sub('x', 'ab', 1.5))
t('subn none', lambda: p.subn())
t('finditer none', lambda: p.finditer())
t('finditer 4', lambda: p.finditer('a', 0, 1, 2))
t('finditer kw', lambda: p.finditer(string='ab'))
t('scanner none', lambda: p.scanner())
t('scanner kw', lambda: p.scanner(string='ab'))
t('group kw', lambda: m.group(1, x=2))
t('group float', lambda: m.group(1.0))
t('group list', lambda: m.group([]))
t('group bool', lambda: m.group(True))
t('group -1', lambda: m.group(-1))
t('group 3', lambda: m.group(3))
t('group huge', lambda: re.match('', '').group(2 ** 63))
t('group name', lambda: m.group('x'))
t('start 5', lambda: m.start(5))
t('start 2 args', lambda: m.start(1, 2))
t('end 2 args', lambda: m.end(1, 2))
t('span 2 args', lambda: m.span(1, 2))
t('span name', lambda: m.span('x'))
t('start kw', lambda: m.start(group=1))
t('expand none', lambda: m.expand())
t('expand 2', lambda: m.expand('a', 'b'))
t('groups 2', lambda: m.groups(1, 2))
t('groupdict 2', lambda: m.groupdict(1, 2))
t('groupdict kw', lambda: m.groupdict(foo=2))
t('groups kw', lambda: m.groups(default='-'))
t('copy pattern', lambda: p.__copy__())
t('deepcopy pattern', lambda: p.__deepcopy__({}))
t('copy match', lambda: m.__copy__())
t('deepcopy match', lambda: m.__deepcopy__({}))
t('pattern attr set', lambda: setattr(p, 'pattern', 'x'))
t('match attr set', lambda: setattr(m, 'pos', 1))
t('new pattern', lambda: type(p)())
t('new match', lambda: type(m)())
t('no attr', lambda: p.copy)
import _sre
t('_sre.compile tuple', lambda: _sre.compile('a', 0, (1,)))
t('_sre.compile bad code', lambda: _sre.compile('a', 0, [1, 2, 3]))
t('_sre.compile -1', lambda: _sre.compile('a', 0, [-1, 1]))
t('_sre.compile 2**32', lambda: _sre.compile('a', 0, [2 ** 32, 1]))
t('_sre.compile 2**128', lambda: _sre.compile('abc', 0, [2 ** 128]))
t('_sre.compile pattern int', lambda: _sre.compile(1, 0, [1]))
t('_sre.compile groups 101', lambda: _sre.compile('a', 0, [19, 97, 1], 101))
t('_sre.compile ok', lambda: _sre.compile('a', 0, [19, 97, 1]).match('a').span())
t('_sre.compile groupindex', lambda: _sre.compile('a', 0, [1], 0, None, None).groupindex)
t('_sre.compile 2 args', lambda: _sre.compile('a', 0))
t('_sre.getlower', lambda: (_sre.getlower(ord('A'), 0), _sre.getlower(ord('A'), re.L), _sre.getlower(ord('A'), re.U),
                            _sre.getlower(0x130, re.U), _sre.getlower(0xc9, 0), _sre.getlower(0xc9, re.U)))
t('_sre.getlower 1 arg', lambda: _sre.getlower(1))
t('_sre.getcodesize', lambda: _sre.getcodesize())
import re, weakref
p = re.compile("a+")
r = weakref.ref(p)
print r() is p, weakref.proxy(p).match("aa").group()
