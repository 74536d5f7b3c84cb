# strop: the deprecated C string module (its 1.5-era functions and their errors).
import strop
def t(f):
    try: print repr(f())
    except Exception as e: print type(e).__name__, e
t(lambda: strop.atoi('12', 1)); t(lambda: strop.atoi('')); t(lambda: strop.atoi('12x')); t(lambda: strop.atoi(' 12 '))
t(lambda: strop.atoi('0x12', 0)); t(lambda: strop.atoi('99999999999999999999')); t(lambda: strop.atol('99999999999999999999')); t(lambda: strop.atol('12L'));t(lambda: strop.atol(''))
t(lambda: strop.atof('')); t(lambda: strop.atof('1x')); t(lambda: strop.atof(' 1.5 ')); t(lambda: strop.atoi(u'12')); t(lambda: strop.atoi(12))
t(lambda: strop.split('a b  c')); t(lambda: strop.split('a,b,,c', ',')); t(lambda: strop.split('a,b,c', ',', 1)); t(lambda: strop.split('a', ''))
t(lambda: strop.join(['a','b'])); t(lambda: strop.join(['a','b'], '-')); t(lambda: strop.join(('a',1), '-')); t(lambda: strop.join([u'a','b'], '-'))
t(lambda: strop.joinfields(['a'], 1))
t(lambda: strop.find('abc', 'c', -1)); t(lambda: strop.rfind('abcabc', 'b', 0, 3)); t(lambda: strop.count('aaa', ''))
t(lambda: strop.replace('aaa', 'a', 'b', 2)); t(lambda: strop.replace('aaa', '', 'b')); t(lambda: strop.replace('aaa', 'a', 'b', 0))
t(lambda: strop.maketrans('ab', 'cde')); t(lambda: len(strop.maketrans('', '')))
t(lambda: strop.translate('abc', strop.maketrans('a','z'))); t(lambda: strop.translate('abc', 'x')); t(lambda: strop.translate('abc', strop.maketrans('',''), 'ab'))
t(lambda: strop.expandtabs('a\tb', 4)); t(lambda: strop.expandtabs('a\tb', -1)); t(lambda: strop.expandtabs('a\n\tb'))
t(lambda: strop.strip('  a  ')); t(lambda: strop.lstrip(' a ')); t(lambda: strop.rstrip(' a ')); t(lambda: strop.strip(' a ', 'x'))
t(lambda: strop.capitalize('hELLO wORLD')); t(lambda: strop.swapcase('aBc')); t(lambda: strop.upper('abc')); t(lambda: strop.lower('ABC'))
t(lambda: strop.upper(u'abc')); t(lambda: strop.find('abc', 1))
t(lambda: strop.splitfields('a b', None))
t(lambda: strop.split('a b c', None, -1)); t(lambda: strop.split(' a b c ', None, 1)); t(lambda: strop.split('a,b,c', ',', -1)); t(lambda: strop.split('a,b,c', ',', 0))
t(lambda: strop.join(iter(['a','b']))); t(lambda: strop.join('abc')); t(lambda: strop.join([])); t(lambda: strop.join(['x'])); t(lambda: strop.join(['x'], u'-'))
t(lambda: strop.replace('aaa', 'a', 'b', -1)); t(lambda: strop.replace('aaa', 'a', 'b', 1)); t(lambda: strop.replace('aaa', 'a', 'b', -2))
t(lambda: strop.expandtabs('ab\r\tc')); t(lambda: strop.expandtabs('abcdefghi\tj'))
t(lambda: strop.find('abc', '', 5)); t(lambda: strop.find('abc', 'b', -100)); t(lambda: strop.rfind('abc', '', 1)); t(lambda: strop.count('abcabc', 'bc', -3)); t(lambda: strop.count('abc', 'z', 5, 2))
t(lambda: strop.atoi('-0x1A', 16)); t(lambda: strop.atoi('+12')); t(lambda: strop.atoi('- 12')); t(lambda: strop.atoi('12', 37)); t(lambda: strop.atoi('12', -1));t(lambda: strop.atoi('z', 36)); t(lambda: strop.atol('0x1f', 0)); t(lambda: strop.atol('1f', 16)); t(lambda: strop.atol('zz')); t(lambda: strop.atol('12', 1));t(lambda: strop.atof('nan')); t(lambda: strop.atof('1e500')); t(lambda: strop.atof('\x00'))
t(lambda: strop.atoi('12\x00')); t(lambda: strop.atoi('1 2'))
t(lambda: strop.translate('abc', None)); t(lambda: strop.capitalize('')); t(lambda: strop.split(''));t(lambda: strop.split('', ','))
t(lambda: strop.maketrans(u'ab', 'cd')[97:100]);t(lambda: strop.translate(u'abc', strop.maketrans('a','z')))
t(lambda: strop.upper()); t(lambda: strop.upper(1)); t(lambda: strop.join(1));
t(lambda: strop.strip(None)); t(lambda: strop.atof(1.5)); t(lambda: strop.join(['a', 'b'], None))
print repr(strop.whitespace), strop.lowercase, strop.uppercase
