# isinstance with a classic class a new-style class derives from; unicode() of str subclasses
class Foo9(str):
    def __str__(self): return "string"
    def __unicode__(self): return "not unicode"
class S(str):
    def __str__(self): return 'x'
class P(str):
    pass
print repr(unicode(Foo9("foo"))), repr(unicode(S('a'))), repr(unicode(P('plain'))), repr(unicode('e'))
class M: pass
class T(object, M): pass
class U(T): pass
print isinstance(T(), M), isinstance(U(), M), isinstance(3, M), isinstance(M(), M)
