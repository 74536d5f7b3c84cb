# getopt: short and long options, abbreviations, GNU scanning and error messages
import getopt

cases = [
    (['-a', '1', '-b', 'x', 'y'], 'a:b', []),
    (['-a1', '-bc', 'rest'], 'a:bc', []),
    (['-bcafoo', '--', '-b'], 'a:bc', []),
    (['-', '-b'], 'b', []),
    (['--alpha=3', '--beta', '--al', '4', 'z'], '', ['alpha=', 'beta']),
    (['--be'], '', 'beta'),
    (['--alpha='], '', ['alpha=']),
    (['-x'], 'ab', []),
    (['-a'], 'a:', []),
    (['--gamma'], '', ['alpha', 'beta']),
    (['--a'], '', ['alpha', 'apple']),
    (['--beta=1'], '', ['beta']),
    (['--alpha'], '', ['alpha=']),
    (['-:'], 'a:', []),
    (['--abc'], '', ['abc', 'abcd']),
]
for args, short, longs in cases:
    try:
        print getopt.getopt(args, short, longs)
    except getopt.GetoptError as e:
        print 'GetoptError:', e, '|', repr(e.opt), repr(e.msg), e.args
for args, short, longs in [
        (['a', '-b', 'c', '--beta', '--', '-x'], '+ab', ['beta']),
        (['-b', 'c', '-a', 'v'], '+a:b', []),
        (['-b', '--alpha', 'v', 'q'], '+b', ['alpha='])]:
    try:
        print getopt.gnu_getopt(args, short, longs)
    except getopt.GetoptError as e:
        print 'GetoptError:', e
print getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception)
print str(getopt.GetoptError('m')), repr(getopt.GetoptError('m', 'o').opt)
