# warnings with its interpreter half (_warnings): registries per action, state
# looked up in the warnings module, the fallback display
import sys
import warnings
sys.stderr = sys.stdout
for act in ['ignore', 'default', 'module', 'once', 'always']:
    warnings.resetwarnings()
    warnings.simplefilter(act)
    r = {}
    warnings.warn_explicit('m', UserWarning, 'f', 3, registry=r)
    warnings.warn_explicit('m', UserWarning, 'f', 3, registry=r)
    warnings.warn_explicit('m', UserWarning, 'f', 4, registry=r)
    print act, sorted((k[0], k[1].__name__) + k[2:] for k in r), warnings.onceregistry
warnings.simplefilter('once')
warnings.warn_explicit('n', UserWarning, 'f', 3)
warnings.warn_explicit('n', UserWarning, 'f', 4)
print sorted((k[0], k[1].__name__) for k in warnings.onceregistry)
try:
    warnings.warn_explicit('n', UserWarning, 'f', 3, registry=[])
except Exception as e:
    print type(e), e
saved = warnings.filters
warnings.filters = [1]
try:
    warnings.warn('x')
except Exception as e:
    print type(e), e
warnings.filters = 5
try:
    warnings.warn('x')
except Exception as e:
    print type(e), e
warnings.filters = []
warnings.onceregistry = 5
warnings.simplefilter('once')
try:
    warnings.warn_explicit('n', UserWarning, 'f', 3)
except Exception as e:
    print type(e), e
warnings.defaultaction = 5
warnings.filters = []
try:
    warnings.warn_explicit('n', UserWarning, 'f', 3)
except Exception as e:
    print type(e), e
warnings.defaultaction = 'bogus'
try:
    warnings.warn_explicit('n', UserWarning, 'f', 3)
except Exception as e:
    print type(e), e
del warnings.showwarning
warnings.defaultaction = 'always'
warnings.warn_explicit('n', UserWarning, 'f', 3)
warnings.warn_explicit('n', UserWarning, __file__, 1)
warnings.warn_explicit('n', UserWarning, None, 1)
del warnings.filters
warnings.warn('filters deleted: the last list seen is used')
warnings.filters = saved
