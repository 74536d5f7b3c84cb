# An uncaught exception deep in calls: the traceback as CPython prints it.
def level3(x):
    return {'a': 1}[x]
def level2(x):
    return level3(x)
class C(object):
    def method(self, x):
        return level2(x)
print 'before'
C().method('missing')
print 'never'
