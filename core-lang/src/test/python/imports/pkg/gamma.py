from __future__ import absolute_import
value = 'gamma'
try:
    import beta
except ImportError, e:
    print 'absolute import fails:', e
