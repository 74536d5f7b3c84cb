# a module for inspect_api.py: source, comments and docstrings to find
'''Module docstring.'''

# line 4: comments before a function
# more comment


def spam(a, b, c, d=3, (e, (f,))=(4, (5,)), *g, **h):
    """Spam the eggs.

        Indented second paragraph.
    """
    eggs = b + d
    return eggs


def deco(f):
    return f


@deco
@deco
def decorated(x):
    return x


class Plain:
    """A classic class."""

    def method(self, x, y=2):
        """A method."""
        return x

    def gen(self):
        yield 1


class NewStyle(object):
    # class comment
    cls_attr = 1

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass

    @property
    def prop(self):
        return 1

    def meth(self):
        pass


class Child(NewStyle, Plain):
    pass

lam = lambda x, y=1: x + y


def oneliner(): return 1


def frames():
    import sys
    return sys._getframe()


def current():
    import inspect
    return inspect.currentframe(), inspect.stack()


def raiser():
    raise ValueError("from fodder")
