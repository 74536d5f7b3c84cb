# UserList, UserString and MutableString.
from UserList import UserList
from UserString import UserString, MutableString
import collections


def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

class L(UserList):
    pass

u = L([3, 1, 2])
print u, type(u[1:]).__name__, u[1:], u[::2], type(u[::2]).__name__
print u + [9], type(u + [9]).__name__, [0] + u, type([0] + u).__name__, u + (5,), u * 2, 2 * u
u += (7, 8)
print u, len(u), 8 in u, u.count(1), u.index(2)
u.append(4); u.insert(0, 0); u.extend(UserList([6])); u.remove(3)
print u, u.pop(), u.pop(0), u
u.sort(); print u
u.sort(reverse=True); print u
u.reverse(); print u
u[1:3] = UserList(['a', 'b', 'c'])
print u
u[-100:1] = 'xy'
print u
del u[:2]
print u
del u[-1]
print u
u *= 2
print u
print u == [1, 'a'] * 2 or u, u < [9], u > UserList([0]), cmp(u, u.data), u != u.data
t(lambda: hash(u))
print isinstance(u, collections.MutableSequence), UserList(), UserList(u) == u, UserList(x for x in 'ab')
t(lambda: u.index('zz'))
t(lambda: UserList(5))
print list(reversed(UserList([1, 2, 3]))), sorted(UserList([3, 1]))

s = UserString('Hello World')
print s, repr(s), len(s), s[0], type(s[0]).__name__, s[1:4], s[::-1], s[-3:]
print s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), type(s.upper()).__name__
print s.find('o'), s.rfind('o'), s.count('l'), s.index('W'), s.startswith('He'), s.endswith('x')
print s.split(), s.rsplit('o', 1), s.partition(' '), s.rpartition('o'), s.splitlines()
print s.center(15, '*'), s.ljust(13, '.'), s.rjust(13), s.zfill(14), s.strip('Hd'), s.lstrip('H'), s.rstrip('d')
print s.replace('l', 'L', 2), s.expandtabs(), s.translate(None, 'lo'), s.join('abc')
print s.isalpha(), s.isalnum(), s.isdigit(), s.islower(), s.isupper(), s.isspace(), s.istitle()
print s + '!', 'x' + s, s + UserString('?'), s + 5, 5 + s, s * 2, 2 * s
print UserString('%s-%d') % ('a', 3), UserString(42), UserString(UserString('q'))
print int(UserString('12')), long(UserString('13')), float(UserString('1.5')), complex(UserString('2j'))
print hash(s) == hash('Hello World'), s == 'Hello World', s < 'Z', cmp(s, UserString('Hello')), 'W' in s
print UserString(u'\xe9t\xe9').encode('utf-8'), repr(UserString('caf\xc3\xa9').decode('utf-8'))
print repr(UserString(u'abc').encode()), repr(UserString('abc').decode('ascii', 'strict'))
print UserString(u'123').isdecimal(), UserString(u'\u00bd').isnumeric()
t(lambda: s.index('zz'))
t(lambda: UserString('x') + None)

m = MutableString('abcdef')
m[0] = 'X'
m[-1] = 'Y'
print m
m[1:3] = 'mm'
print m
m[2:4] = 77
print m
m[::-1] = 'ABCDEFG'
print m
t(lambda: m.__setitem__(slice(None, None, 2), 'zz'))
t(lambda: m.__setitem__(10, 'q'))
del m[0]
del m[-1]
print m
del m[1:3]
print m
del m[::-1]
print repr(m)
t(lambda: m.__delitem__(slice(None, None, 2)))
t(lambda: m.__delitem__(0))
m = MutableString('hello')
m += ' world'
m += UserString('!')
m += 3
print m
m *= 2
print m
m.insert(0, '>>')
print m, type(m.immutable()).__name__, m.immutable()
t(lambda: hash(m))
m[-100:2] = 'A'
print m
del m[-100:3]
print m
