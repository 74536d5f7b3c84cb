# doctest: testmod (quiet and verbose), failure reports, option directives, the parser
"""Module doc.

>>> 1 + 1
2
>>> print 'a'
a
"""
import doctest

def f(x):
    """Doubles.

    >>> f(2)
    4
    >>> f(3)
    7
    >>> [1, 2, 3, 4, 5, 6, 7, 8]  # doctest: +ELLIPSIS
    [1, 2, ..., 8]
    >>> print 'a   b'  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> 1/0
    Traceback (most recent call last):
      ...
    ZeroDivisionError: integer division or modulo by zero
    >>> print ''
    <BLANKLINE>
    >>> for i in range(2):
    ...     print i,
    0 1
    >>> True
    1
    """
    return 2 * x

class C(object):
    """Class doc.

    >>> C().m()
    'm'
    """
    def m(self):
        """
        >>> 5
        5
        """
        return 'm'

    @staticmethod
    def s():
        """
        >>> 6
        6
        """
__test__ = {'extra': """
>>> 'extra'
'extra'
"""}
print doctest.testmod()
print doctest.testmod(verbose=True)
t = doctest.DocTestParser().get_doctest(f.__doc__, {}, 'f', 'file.py', 10)
print t, t.examples[0].source, repr(t.examples[4].exc_msg), t.examples[2].options
print doctest.script_from_examples(C.__doc__)
p = doctest.DocTestParser()
for bad in [">>>x\n", ">>> x\n  ... y\n", ">>> x\n  y\n", ">>> 1  # doctest: +NOSUCH\n", "    >>> x\n   7\n"]:
    try:
        p.get_examples(bad, "bad")
    except ValueError as e:
        print "ValueError:", e
ex = p.get_examples(">>> print 1\n1\n>>> 2\n")
print [(e.source, e.want, e.lineno, e.indent, e.exc_msg) for e in ex]
print ex[0] == doctest.Example("print 1", "1"), len(doctest.Example("x", "").want)
chk = doctest.OutputChecker()
for want, got, flags in [("1\n", "True\n", 0), ("1\n", "True\n", doctest.DONT_ACCEPT_TRUE_FOR_1),
                         ("a ... z\n", "a b c z\n", doctest.ELLIPSIS), ("a...\n", "b\n", doctest.ELLIPSIS),
                         ("a\n<BLANKLINE>\nb\n", "a\n\nb\n", 0), ("a  b\n", "a b\n", doctest.NORMALIZE_WHITESPACE),
                         ("...x...y...\n", "xy\n", doctest.ELLIPSIS), ("aa...aa\n", "aaa\n", doctest.ELLIPSIS)]:
    print repr(want), repr(got), chk.check_output(want, got, flags)
print chk.output_difference(ex[0], "2\n", 0), chk.output_difference(ex[1], "", 0)
print chk.output_difference(doctest.Example("x", ""), "\n", 0)
print sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda x: x[1])
print doctest.register_optionflag("MINE"), doctest.register_optionflag("MINE")
r = doctest.DocTestRunner(verbose=False)
t = p.get_doctest(">>> x = 5\n>>> x\n6\n", {}, "named", None, None)
print r.run(t), r.summarize(verbose=True)
res = doctest.run_docstring_examples(f, {"f": f}, name="f_only")
