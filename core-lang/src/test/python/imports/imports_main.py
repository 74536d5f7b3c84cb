# The import system: packages, relative imports, circular imports, errors, reload.
import sys
import pkg.alpha
print pkg.alpha.value, pkg.pkg_value
print pkg.alpha.__name__, pkg.alpha.__file__.split('/')[-1], pkg.__path__[0].split('/')[-2:]
print sorted(k for k in sys.modules if k.startswith('pkg'))
print sys.modules.get('pkg.gamma.beta', 'absent'), 'pkg.beta' in sys.modules
from pkg import *
print alpha.value, beta.value
from pkg.sub.deep import where
print where()
import pkg.sub.deep as d
print d.value
import circular_a
print circular_a.fa()
try:
    import no_such_module
except ImportError, e:
    print 'ImportError:', e
try:
    import pkg.no_such
except ImportError, e:
    print 'ImportError:', e
try:
    from pkg import no_such_name
except ImportError, e:
    print 'ImportError:', e
m = __import__('pkg.beta')
print m.__name__
m = __import__('pkg.beta', fromlist=['value'])
print m.__name__, m.value
print __name__, __package__
import pkg.beta as b1
b1.value = 'changed'
reload(b1)
print b1.value
sys.modules['fake'] = 'a string module'
import fake
print fake
del sys.modules['fake']
print type(sys), type(pkg).__name__
