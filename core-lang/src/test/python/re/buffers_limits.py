# Buffer subjects (bytearray, buffer), buffer templates, deep nesting and the recursion
# limit, huge repeat counts.
import re, sre_parse

def t(label, f):
    try:
        r = f()
    except Exception, e:
        print label, '->', type(e).__name__, e
        return
    print label, '->', repr(r)

t('bytearray match', lambda: re.compile('a').match(bytearray('abc')).group())
t('buffer search', lambda: re.compile('b+').search(buffer('abbc')).group())
t('bytearray groups', lambda: re.compile('(a)(b)').match(bytearray('abc')).groups())
t('bytearray findall', lambda: re.findall('a', bytearray('aba')))
t('bytearray split', lambda: re.split('b', bytearray('aba')))
t('bytearray sub', lambda: re.sub('b', 'x', bytearray('aba')))
t('bytearray sub fn', lambda: re.sub('b', lambda m: m.group().upper(), bytearray('aba')))
t('bytearray template', lambda: re.sub('b', bytearray('x'), 'aba'))
t('bytearray template bs', lambda: re.sub('b', bytearray('x\\1'), 'aba'))
t('empty bytearray', lambda: re.compile('').match(bytearray()).groups())
t('bytearray string', lambda: re.match('a', bytearray('a')).string)
t('buffer finditer', lambda: [m.span() for m in re.finditer('a', buffer('xaxa'))])
t('bad subject', lambda: re.match('a', 1))
t('bad subject list', lambda: re.match('a', ['a']))
t('bad subject none', lambda: re.search('a', None))

def probe(f):
    lo, hi = 100, 1200
    while lo < hi:
        mid = (lo + hi + 1) / 2
        try:
            f(mid)
            lo = mid
        except RuntimeError:
            hi = mid - 1
    return lo
print 'compile', probe(lambda n: re.compile('(?:' * n + 'a' + ')' * n))
print 'parse', probe(lambda n: sre_parse.parse('(?:' * n + 'a' + ')' * n))
def deeper(k, f):
    if k:
        return deeper(k - 1, f)
    return probe(f)
print 'deeper', deeper(100, lambda n: re.compile('(?:' * n + 'b' + ')' * n))
t('nested match', lambda: re.match('(?:' * 300 + 'a' + ')' * 300, 'a').span())
t('nested groups 99', lambda: re.match('(' * 99 + 'a' + ')' * 99, 'a').span(99))
t('repeat 65536', lambda: re.match(r'.{65536}', 'x' * 70000).end())
t('repeat max-1', lambda: re.match(r'.{%d}' % (4294967295 - 1), 'x' * 1000))
t('repeat ,max-1', lambda: re.match(r'.{,%d}' % (4294967295 - 1), 'x' * 1000).end())
t('repeat max', lambda: re.compile(r'.{%d}' % 4294967295))
t('repeat ,max', lambda: re.compile(r'.{,%d}' % 4294967295))
t('repeat max lazy', lambda: re.compile(r'.{%d,}?' % 4294967295))
t('repeat 2**128', lambda: re.compile(r'.{%d}' % 2 ** 128))
t('repeat huge range', lambda: re.compile(r'.{%d,%d}' % (2 ** 129, 2 ** 128)))
t('catastrophic bounded', lambda: re.match(r'(a+)+b', 'a' * 18))
t('zero width loop', lambda: re.match(r'(?:a?)*y', 'z'))
t('deep backtracking', lambda: re.match(r'(?:a|b)*c', 'ab' * 50000 + 'c').end())
t('many groups in repeat', lambda: re.match(r'(?:(a)|(b))*', 'ab' * 30000).groups())
t('long alternation', lambda: len(re.findall('|'.join('w%d' % i for i in range(3000)), 'w1 w2999 w3000')))
