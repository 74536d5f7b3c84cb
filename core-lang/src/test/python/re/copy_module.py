# The copy module on pattern and match objects (2.7 refuses both).
import copy, re

def t(label, f):
    try:
        r = f()
    except Exception, e:
        print '%-24s %s: %s' % (label, type(e).__name__, e)
        return
    print '%-24s ok %r' % (label, r)

p = re.compile('(a)(b)?')
m = p.match('ab')
t('copy.copy pattern', lambda: copy.copy(p))
t('copy.deepcopy pattern', lambda: copy.deepcopy(p))
t('copy.copy match', lambda: copy.copy(m))
t('copy.deepcopy match', lambda: copy.deepcopy(m))
t('deepcopy in a list', lambda: copy.deepcopy([1, p]))
t('copy list of patterns', lambda: copy.copy([p])[0] is p)
