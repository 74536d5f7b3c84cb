# The string module: 1.5-era functions, constants, Template, Formatter.
import string
print sorted(k for k in dir(string) if not k.startswith('__'))
def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e
t(lambda: string.atoi('ff', 16)); t(lambda: string.atoi(' 12 ')); t(lambda: string.atoi('0x1f', 0)); t(lambda: string.atoi('z'))
t(lambda: string.atoi('12', 1)); t(lambda: string.atoi(12)); t(lambda: string.atol('123L')); t(lambda: string.atol('7', 8)); t(lambda: string.atof('1e3')); t(lambda: string.atof('x'))
t(lambda: string.atoi(u'12')); t(lambda: string.zfill(-3.5, 8)); t(lambda: string.zfill('abc', 2)); t(lambda: string.zfill(12L, 8))
t(lambda: string.maketrans('ab', 'c')); t(lambda: string.translate('abc', string.maketrans('ab', 'xy'), 'c')); t(lambda: string.translate(u'abc', {97: u'X'}))
t(lambda: string.capwords(' hello   world ')); t(lambda: string.capwords('a-b-c', '-'))
t(lambda: string.joinfields(['a', 'b'])); t(lambda: string.join(['a', 'b'], '')); t(lambda: string.splitfields('a b  c'))
t(lambda: string.index('abc', 'd')); t(lambda: string.rindex('abca', 'a')); t(lambda: string.count('aaa', 'a', 1))
t(lambda: string.replace('aaaa', 'a', 'b', 2)); t(lambda: string.expandtabs('a\tb', 4))
t(lambda: string.ljust('a', 3)); t(lambda: string.center('a', 4, '*'))
t(lambda: string.translate('abc', None, 'b'))
t(lambda: string.Template('$who likes ${what} $$').substitute(who='tim', what='kung pao'))
t(lambda: string.Template('$who likes $what').safe_substitute(who='tim'))
t(lambda: string.Template('$who likes $').substitute(who='tim'))
t(lambda: string.Template('$who').substitute({'who': 1}, who=2))
t(lambda: string.Formatter().format('{0}-{x!r:>5}', 1, x='a'))
t(lambda: list(string.Formatter().parse('a{0}b{1:x}')))
print string.letters == string.ascii_letters, repr(string.printable), repr(string.whitespace)
for name in ['lower', 'upper', 'swapcase', 'capitalize', 'strip', 'lstrip', 'rstrip']:
    print name, repr(getattr(string, name)('  hELLo wORld  ')), repr(getattr(string, name)(u'  \xe9T\xc9  '))
print string.split(' a  b c ', None, 1), string.split('a:b:c', ':'), string.rsplit('a:b:c', ':', 1)
print string.strip('xxaxx', 'x'), string.lstrip('xxa', 'x'), string.rstrip('axx', 'x')
print string.find('abcabc', 'c', 3), string.rfind('abcabc', 'c', 0, 4), string.count('abcabc', 'b')
print string.rjust('7', 3, '0'), string.zfill('-7', 4), string.zfill(7, 4), string.zfill(u'+3', 3)
print repr(string.maketrans('', '')[:5]), string.translate('hello', string.maketrans('lo', 'LO'))
print string.atoi('-12'), string.atol('99', 16), string.atof(' 2.5'), string.capwords('the  end of   it')
t(lambda: string.atoi('1.5'))
t(lambda: string.atof('1.5.5'))

class MyTemplate(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+_[a-z]+'

print MyTemplate('%who_is %% %x %{a_b}').safe_substitute(who_is='me', a_b='X')
t(lambda: MyTemplate('%who').substitute())
t(lambda: string.Template('${bad').substitute())
t(lambda: string.Template('ok $x\n  $1').substitute(x=1))
print string.Template('$a$b').substitute(dict(a=1), b=2)
t(lambda: string.Template('$a').substitute())
t(lambda: string.Template('$a').substitute({}, {}))
f = string.Formatter()
print f.format('{0[1]} {a.real} {1:{2}}', [5, 6], 'x', '>4', a=3j)
t(lambda: f.vformat('{} {}', (1, 2), {}))
t(lambda: f.format('{0!z}', 1))
print list(f.parse('x{{y}}{0.a[1]!r:^3}')), f.get_field('0.imag', [2j], {})
