# An AttributeError raised by __getattr__/__getattribute__ keeps its message (fixer2).
class Foo(object):
    def __getattr__(self, name):
        raise AttributeError('baz')
try:
    getattr(Foo(), 'bar')
except AttributeError as ae:
    print str(ae)
try:
    Foo().bar
except AttributeError as ae:
    print str(ae)
print getattr(Foo(), 'bar', 5), hasattr(Foo(), 'x')

class GA(object):
    def __getattribute__(self, name):
        raise AttributeError('from getattribute ' + name)
try:
    GA().x
except AttributeError as e:
    print e
print getattr(GA(), 'x', 'dflt')

class Both(object):
    def __getattribute__(self, name):
        raise AttributeError('ga ' + name)
    def __getattr__(self, name):
        if name == 'known':
            return 'found'
        raise AttributeError('hook ' + name)
print Both().known
try:
    Both().other
except AttributeError as e:
    print e

class G(object):
    @property
    def p(self):
        raise AttributeError('inner')
try:
    G().p
except AttributeError as e:
    print e

class Plain(object):
    pass
try:
    Plain().missing
except AttributeError as e:
    print e

class Fallback(object):
    def __getattr__(self, name):
        return name.upper()
print Fallback().abc

# file.readinto() of a unicode object
name = '/tmp/taipan-lang-test-fixer2_readinto'
f = open(name, 'wb')
f.write('abc')
f.close()
f = open(name, 'rb')
for a in (u'', 'x', 5, None):
    try:
        f.readinto(a)
    except TypeError as e:
        print e
b = bytearray(2)
print f.readinto(b), b
f.close()
