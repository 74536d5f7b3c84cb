"""Pretty-printing of Python data structures (the 2.7 pprint module).

pprint(obj) prints obj's repr, splitting lists, tuples, dicts, sets and
frozensets over several lines when the repr is wider than the page; dict
items are sorted by key.  saferepr() is a repr that survives recursive
structures; isreadable() and isrecursive() tell whether eval() could
rebuild the repr and whether the structure contains itself.
"""
# Taipan's own implementation of the 2.7 pprint module.

import sys as _sys
from cStringIO import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter"]


def pprint(object, stream=None, indent=1, width=80, depth=None):
    """Pretty-print object on stream (sys.stdout by default)."""
    PrettyPrinter(stream=stream, indent=indent, width=width,
                  depth=depth).pprint(object)


def pformat(object, indent=1, width=80, depth=None):
    """Return the pretty-printed representation of object."""
    return PrettyPrinter(indent=indent, width=width,
                         depth=depth).pformat(object)


def saferepr(object):
    """repr() that marks recursive references instead of looping."""
    return _safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether eval() of the repr of object would rebuild it."""
    return _safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains a reference to itself."""
    return _safe_repr(object, {}, None, 0)[2]


def _sorted(iterable):
    return sorted(iterable)


class PrettyPrinter:
    """Formats objects with a given indent per level, page width and depth."""

    def __init__(self, indent=1, width=80, depth=None, stream=None):
        indent = int(indent)
        width = int(width)
        assert indent >= 0, "indent must be >= 0"
        assert depth is None or depth > 0, "depth must be > 0"
        assert width, "width must be != 0"
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        if stream is not None:
            self._stream = stream
        else:
            self._stream = _sys.stdout

    def pprint(self, object):
        self._format(object, self._stream, 0, 0, {}, 0)
        self._stream.write("\n")

    def pformat(self, object):
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def _format(self, object, stream, indent, allowance, context, level):
        level += 1
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level - 1)
        typ = type(object)
        too_wide = len(rep) > (self._width - 1 - indent - allowance)
        write = stream.write

        if self._depth and level > self._depth:
            write(rep)
            return

        r = getattr(typ, "__repr__", None)
        if issubclass(typ, dict) and r is dict.__repr__:
            self._format_dict(object, too_wide, stream, indent, allowance,
                              context, level)
            return
        if ((issubclass(typ, list) and r is list.__repr__) or
                (issubclass(typ, tuple) and r is tuple.__repr__) or
                (issubclass(typ, set) and r is set.__repr__) or
                (issubclass(typ, frozenset) and r is frozenset.__repr__)):
            self._format_sequence(object, rep, too_wide, stream, indent,
                                  allowance, context, level)
            return
        write(rep)

    # Builtin containers are always laid out here (so sets come out sorted
    # and format() overrides see every item); one item per line only when
    # the repr is too wide.

    def _format_dict(self, object, too_wide, stream, indent, allowance,
                     context, level):
        write = stream.write
        write('{')
        step = self._indent_per_level
        if step > 1:
            write((step - 1) * ' ')
        if len(object):
            objid = id(object)
            context[objid] = 1
            indent += step
            first = True
            for key, value in _sorted(object.items()):
                rep = self._repr(key, context, level)
                if first:
                    write(rep)
                    first = False
                elif too_wide:
                    write(',\n%s%s' % (' ' * indent, rep))
                else:
                    write(', ' + rep)
                write(': ')
                self._format(value, stream, indent + len(rep) + 2,
                             allowance + 1, context, level)
            del context[objid]
        write('}')

    def _format_sequence(self, object, rep, too_wide, stream, indent,
                         allowance, context, level):
        write = stream.write
        typ = type(object)
        length = len(object)
        objid = id(object)
        if issubclass(typ, list):
            write('[')
            endchar = ']'
        elif issubclass(typ, tuple):
            write('(')
            endchar = ')'
        else:
            if not length:
                write(rep)
                return
            write(typ.__name__)
            write('([')
            endchar = '])'
            indent += len(typ.__name__) + 1
            object = _sorted(object)
        step = self._indent_per_level
        if step > 1 and too_wide:
            write((step - 1) * ' ')
        if length:
            context[objid] = 1
            indent += step
            first = True
            for item in object:
                if first:
                    first = False
                elif too_wide:
                    write(',\n' + ' ' * indent)
                else:
                    write(', ')
                self._format(item, stream, indent, allowance + 1, context,
                             level)
            del context[objid]
        if issubclass(typ, tuple) and length == 1:
            write(',')
        write(endchar)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(),
                                                self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def format(self, object, context, maxlevels, level):
        """Return (repr, readable, recursive) for object.

        Subclasses may override this to change how single objects are shown;
        context maps the ids of the containers being shown to 1.
        """
        return _safe_repr(object, context, maxlevels, level)


def _str_repr(s):
    """repr of a str, escaping per character (what 2.7 does once locale is imported)."""
    if "'" in s and '"' not in s:
        quote = '"'
        special = {'"': '\\"'}
    else:
        quote = "'"
        special = {"'": "\\'"}
    parts = []
    for ch in s:
        if ch.isalpha():
            parts.append(ch)
        else:
            parts.append(special.get(ch, repr(ch)[1:-1]))
    return quote + ''.join(parts) + quote


def _safe_repr(object, context, maxlevels, level):
    typ = type(object)
    if typ is str:
        if 'locale' not in _sys.modules:
            return repr(object), True, False
        return _str_repr(object), True, False

    r = getattr(typ, "__repr__", None)
    if issubclass(typ, dict) and r is dict.__repr__:
        if not object:
            return "{}", True, False
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return "{...}", False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        for k, v in _sorted(object.items()):
            krepr, kreadable, krecur = _safe_repr(k, context, maxlevels, level)
            vrepr, vreadable, vrecur = _safe_repr(v, context, maxlevels, level)
            parts.append("%s: %s" % (krepr, vrepr))
            readable = readable and kreadable and vreadable
            if krecur or vrecur:
                recursive = True
        del context[objid]
        return "{%s}" % ", ".join(parts), readable, recursive

    if ((issubclass(typ, list) and r is list.__repr__) or
            (issubclass(typ, tuple) and r is tuple.__repr__)):
        if issubclass(typ, list):
            if not object:
                return "[]", True, False
            template = "[%s]"
        elif len(object) == 1:
            template = "(%s,)"
        else:
            if not object:
                return "()", True, False
            template = "(%s)"
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return template % "...", False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        for item in object:
            irepr, ireadable, irecur = _safe_repr(item, context, maxlevels,
                                                 level)
            parts.append(irepr)
            if not ireadable:
                readable = False
            if irecur:
                recursive = True
        del context[objid]
        return template % ", ".join(parts), readable, recursive

    text = repr(object)
    return text, (text and not text.startswith('<')), False


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))
