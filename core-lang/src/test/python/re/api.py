# Pattern and match objects: attributes, methods, reprs; the cache, Scanner, template,
# DEBUG output, and the sre_parse / sre_compile / sre_constants / _sre interfaces.
import re, sre_parse, sre_compile, sre_constants, _sre, sys

def addr(s):
    return re.sub(r'0x[0-9a-fA-F]+', '0x...', s)

p = re.compile(r'(?P<first>\w+) (?P<second>\w+)?(x)?', re.I)
print addr(repr(p)), type(p).__name__, type(p).__module__ if hasattr(type(p), '__module__') else ''
print p.pattern, p.flags, p.groups, sorted(p.groupindex.items())
m = p.match('hello world')
print addr(repr(m)), type(m).__name__
print m.group(), m.group(0), m.group(1), m.group('second'), m.group(1, 'first', 3)
print m.groups(), m.groups('-'), m.groupdict(), m.groupdict('?')
print m.start(), m.end(), m.span(), m.start(1), m.end('second'), m.span(3)
print m.pos, m.endpos, m.string, m.re is p, m.lastindex, m.lastgroup, m.regs
print m.expand(r'\2-\1 \g<first>'), bool(m)
m = re.match('(a)(b)?', 'a')
print m.regs, m.groups(), m.start(2), m.end(2), m.span(2), m.lastindex, m.lastgroup
print re.match(r'(a)|(b)', 'b').start(1), re.match(r'(a)|(b)', 'b').span(1)
print re.match("(foo)", "foo").group(1L), re.match('(a)', 'a').group(True)
print re.match('(a)', 'a', re.I).re.flags, re.compile('(?imsux)a').flags, re.compile('a', re.L).flags
m = re.compile('(ab)').match('abracadabra', 7, 10)
print m.span(), m.pos, m.endpos
m = re.compile(r'(ab)').search(string='abracadabra', pos=3, endpos=10)
print m.span(), m.pos, m.endpos
print re.compile('x').match('ax', 1).pos, re.compile('x').match('ax', 1, 99).endpos
print re.compile('').match('', 0, -3).endpos
# lastindex / lastgroup
for pat, s in [(r'(a)?a', 'a'), (r'(a)(b)?b', 'ab'), (r'(?P<a>a)(?P<b>b)?b', 'ab'), ('(?P<a>a(b))', 'ab'),
               ('((a))', 'a'), ('(a)(b)', 'ab'), ('(?:(a)|(b))+', 'ab'), ('(a)|b', 'b')]:
    m = re.match(pat, s)
    print pat, m.lastindex, m.lastgroup
# groupindex is the pattern's dict
p = re.compile('(?P<a>x)(?P<b>y)')
print sorted(p.groupindex.items()), p.match('xy').groupdict()
# the cache
re.purge()
a = re.compile('abc')
print a is re.compile('abc'), a is re.compile('abc', 0), a is re.compile(u'abc'), re.compile(a) is a
print re.compile('bug_926075') is not re.compile(u'bug_926075')
re.purge()
print a is re.compile('abc')
print re._MAXCACHE, isinstance(a, re._pattern_type)
for i in range(150):
    re.compile('cache%d' % i)
print len(re._cache) <= 100
# str and unicode subclasses
class MyStr(str):
    pass
class MyUni(unicode):
    pass
m = re.match('a(b)', MyStr('abc'))
print type(m.string).__name__, type(m.group(1)).__name__, type(m.group()).__name__
print re.compile(MyUni('abc')).match('xyz'), re.compile(MyUni('abc')).pattern
print type(re.sub('b', 'x', MyStr('abc'))).__name__, re.split('b', MyStr('abc'))
# unicode and str together
print repr(re.match(u'a', 'abc').group()), repr(re.match('a', u'abc').group())
print re.findall(u'\u0101', u'\u0101b\u0101'), re.findall('[\x80-\xff]', u'\xe9a\u0101')
print repr(re.sub(u'\u0101', u'\u0102', u'x\u0101y'))
print repr(re.match(u'(?u)\w+', u'\U0001F600abc\xe9'))
print [m.span() for m in re.finditer(u'.', u'a\U0001F600b')]
print repr(re.search(u'\U0001F600+', u'x\U0001F600\U0001F600y').group())
# Scanner
def s_ident(scanner, token): return token
def s_operator(scanner, token): return "op%s" % token
def s_float(scanner, token): return 'float(%s)' % token
def s_int(scanner, token): return 'int(%s)' % token
scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", s_ident),
    (r"\d+\.\d*", s_float),
    (r"\d+", s_int),
    (r"=|\+|-|\*|/", s_operator),
    (r"\s+", None),
    ])
print scanner.scanner.scanner("").pattern is scanner.scanner
print scanner.scan("sum = 3*foo + 312.50 + bar")
print scanner.scan("a = 1 ? 2")
print scanner.scanner.pattern, scanner.scanner.groups
# scanner objects
for pat, s, op in [(r'\w', 'ab c', 'match'), (r'\w', 'ab c', 'search'), ('x*', 'ab c', 'match'),
                   ('', 'ab', 'search'), ('b*', 'abb', 'search'), ('b*', 'abb', 'match')]:
    sc = re.compile(pat).scanner(s)
    f = getattr(sc, op)
    print pat, s, op, [(lambda m: m and m.span())(f()) for i in range(6)]
# template
t = re.template('a[bc]')
print t.flags, t.match('ac').group()
# DEBUG
re.compile(r'(\.)(?:[ch]|py)(?(1)$|: )', re.DEBUG)
re.compile(r'(\.)(?:[ch]|py)(?(1)$|: )', re.DEBUG)
re.compile(r'a{2,5}?b*(?P<n>c+)\1[^x-z\d]|(?=y)(?<!q)\bz$', re.DEBUG | re.I)
re.compile(r'(a)(?(1)b|)[\W]+', re.DEBUG)
# sre_parse
tree = sre_parse.parse(r'a(b|c)*d[^e-f\s]\1')
print tree
print len(tree), tree[0], tree[-1], tree.getwidth(), tree.pattern.groups, tree.pattern.groupdict
print tree[1:3], tree[1][1][2].getwidth()
print sre_parse.parse('(?P<x>a)(?P<y>b)', 0).pattern.groupdict
print sre_parse.parse('(?x) a b # c').pattern.flags
print sre_parse.parse('a|b|c'), sre_parse.parse('ab|ac'), sre_parse.parse('a|a')
print sre_parse.parse('[a]'), sre_parse.parse('[^a]'), sre_parse.parse(r'\d'), sre_parse.parse('x*?')
print sre_parse.parse(r'\Z\A\b\B^$'), sre_parse.parse('(?=a)(?!b)(?<=c)(?<!d)')
print sre_parse.parse('(a)(?(1)b|c)'), sre_parse.parse(u'\u0101\U0001F600')
tok = sre_parse.Tokenizer(r'a\bc')
print tok.get(), tok.next, tok.tell(), tok.match('\\b'), tok.get(), tok.get()
print sre_parse.isname('a1'), sre_parse.isname('1a'), sre_parse.isident('_'), sre_parse.isdigit('5')
print sre_parse.parse_template(r'a\1b\g<x>\n', re.compile('(?P<x>.)'))
print sre_parse.expand_template(sre_parse.parse_template(r'<\1>', re.compile('(.)')), re.match('(.)', 'z'))
print sorted(sre_parse.FLAGS.items()), sre_parse.SPECIAL_CHARS, sre_parse.REPEAT_CHARS
pat = sre_parse.Pattern()
print pat.flags, pat.groups, pat.groupdict, pat.opengroup('n'), pat.groups, pat.checkgroup(1)
# sre_compile
print sre_compile.isstring('a'), sre_compile.isstring(u'a'), sre_compile.isstring(1), sre_compile.MAXCODE
print sre_compile._code(sre_parse.parse('a[bc]*d'), 0)
print sre_compile._code(sre_parse.parse('(?i)ab|c'), 0)
p = sre_compile.compile(sre_parse.parse('(a)b'))
print p.pattern, p.groups, p.match('ab').groups()
# sre_constants
print sre_constants.MAGIC, sre_constants.MAXREPEAT, sre_constants.OPCODES['literal'], sre_constants.ATCODES['at_end']
print sre_constants.CHCODES['category_uni_word'], sorted(sre_constants.OP_IGNORE.items())
print sre_constants.SRE_FLAG_VERBOSE, sre_constants.SRE_INFO_CHARSET, issubclass(sre_constants.error, Exception)
print sorted(sre_constants.CH_LOCALE.items())[:3], sorted(sre_constants.AT_UNICODE.items())
# _sre
print _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, type(_sre.MAXREPEAT).__name__, _sre.getcodesize(), repr(_sre.copyright)
print _sre.getlower(ord('A'), 0), _sre.getlower(ord('A'), re.LOCALE), _sre.getlower(ord('A'), re.UNICODE)
print _sre.compile('ab', 0, [19, 97, 19, 98, 1], 0, {}, [None]).match('ab').span()
# re module names
print re.I, re.L, re.M, re.S, re.U, re.X, re.T, re.DEBUG, re.IGNORECASE, re.TEMPLATE
print sorted(re.__all__)
print re.__version__
# big patterns and inputs
r = re.compile('|'.join(('%d' % x for x in range(10000))))
print r.match('1000').group(), r.match('9999').group()
print re.match('(x)*', 50000 * 'x').group(1), re.match('(x)*y', 50000 * 'x' + 'y').span()
print re.match('(x)*?y', 50000 * 'x' + 'y').span(), re.match('.*?c', 10000 * 'ab' + 'cd').end(0)
print re.match('.*?cd', 5000 * 'ab' + 'c' + 5000 * 'ab' + 'cde').end(0), re.match('.*?cd', 20000 * 'abc' + 'de').end(0)
print re.search('(a|b)*?c', 10000 * 'ab' + 'cd').end(0), re.match('(?:a|b)*c', 20000 * 'ab' + 'c').end()
print re.match(r'.{65535}', 'x' * 100000).span(), re.match(r'.{,65536}', 'x' * 100000).span()
print re.match(r'.{65536,}?', 'x' * 100000).span(), re.match(r'(?:x{1,3}y)+', 'xyxxy' * 2000).end()
print len(re.findall('a|b', 'ab' * 100000)), len(re.sub('a', 'bb', 'a' * 100000))
print re.search('$', 'a' * 100000).span()
print re.subn('', '', 'abc'), len(re.split('(x)', 'ax' * 10000))
# introspection
p = re.compile('(a)')
m = p.match('a')
print dir(p)
print dir(m)
print dir(p.scanner('a'))
print p.__doc__
print m.__doc__
print p.match.__doc__, p.search.__doc__, p.sub.__doc__, p.split.__doc__
print m.group.__doc__, m.groups.__doc__, m.span.__doc__
print type(p.scanner('')).__name__, type(p).__name__, type(m).__name__
