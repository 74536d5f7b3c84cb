"""Common string constants and functions (the 2.7 string module).

Most functions are the methods of str under their old module-level names.
"""
# Taipan's own implementation of the 2.7 string module.

whitespace = ' \t\n\r\v\f'
lowercase = 'abcdefghijklmnopqrstuvwxyz'
uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
letters = lowercase + uppercase
ascii_lowercase = lowercase
ascii_uppercase = uppercase
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = """!"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"""
printable = digits + letters + punctuation + whitespace

# the identity translation table
_idmap = str('').join(map(chr, xrange(256)))
_idmapL = None

import re as _re


def capwords(s, sep=None):
    """Capitalize each word of s (words split by sep, or whitespace runs)."""
    return (sep or ' ').join([x.capitalize() for x in s.split(sep)])


def maketrans(fromstr, tostr):
    """Return a 256-byte translation table mapping fromstr to tostr."""
    if len(fromstr) != len(tostr):
        raise ValueError("maketrans arguments must have same length")
    table = list(_idmap)
    for i in range(len(fromstr)):
        table[ord(fromstr[i])] = tostr[i]
    return ''.join(table)


class _TemplateMetaclass(type):
    pattern = r"""
    %(delim)s(?:
      (?P<escaped>%(delim)s) |   # Escape sequence of two delimiters
      (?P<named>%(id)s)      |   # delimiter and a Python identifier
      {(?P<braced>%(id)s)}   |   # delimiter and a braced identifier
      (?P<invalid>)              # Other ill-formed delimiter exprs
    )
    """

    def __init__(cls, name, bases, dct):
        super(_TemplateMetaclass, cls).__init__(name, bases, dct)
        if 'pattern' in dct:
            pattern = cls.pattern
        else:
            pattern = _TemplateMetaclass.pattern % {
                'delim': _re.escape(cls.delimiter),
                'id': cls.idpattern,
            }
        cls.pattern = _re.compile(pattern, _re.IGNORECASE | _re.VERBOSE)


class Template(object):
    """A string class for supporting $-substitutions."""
    __metaclass__ = _TemplateMetaclass

    delimiter = '$'
    idpattern = r'[_a-z][_a-z0-9]*'

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(*args, **kws):
        if not args:
            raise TypeError("descriptor 'substitute' of 'Template' object "
                            "needs an argument")
        self, args = args[0], args[1:]
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        if not args:
            mapping = kws
        elif kws:
            mapping = _multimap(kws, args[0])
        else:
            mapping = args[0]

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                val = mapping[named]
                return '%s' % (val,)
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self.pattern.sub(convert, self.template)

    def safe_substitute(*args, **kws):
        if not args:
            raise TypeError("descriptor 'safe_substitute' of 'Template' object "
                            "needs an argument")
        self, args = args[0], args[1:]
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        if not args:
            mapping = kws
        elif kws:
            mapping = _multimap(kws, args[0])
        else:
            mapping = args[0]

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return '%s' % (mapping[named],)
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self.pattern.sub(convert, self.template)


class _multimap:
    """Looks a key up in a primary mapping, then in a secondary one."""
    def __init__(self, primary, secondary):
        self._primary = primary
        self._secondary = secondary

    def __getitem__(self, key):
        try:
            return self._primary[key]
        except KeyError:
            return self._secondary[key]


# Exceptions kept for backward compatibility
index_error = ValueError
atoi_error = ValueError
atof_error = ValueError
atol_error = ValueError


def lower(s):
    """Return s in lower case."""
    return s.lower()


def upper(s):
    """Return s in upper case."""
    return s.upper()


def swapcase(s):
    """Return s with the case of each letter swapped."""
    return s.swapcase()


def strip(s, chars=None):
    """Return s without leading and trailing whitespace (or chars)."""
    return s.strip(chars)


def lstrip(s, chars=None):
    """Return s without leading whitespace (or chars)."""
    return s.lstrip(chars)


def rstrip(s, chars=None):
    """Return s without trailing whitespace (or chars)."""
    return s.rstrip(chars)


def split(s, sep=None, maxsplit=-1):
    """Return the list of words of s, split at sep (or whitespace), at most maxsplit times."""
    return s.split(sep, maxsplit)

splitfields = split


def rsplit(s, sep=None, maxsplit=-1):
    """Like split, splitting from the right."""
    return s.rsplit(sep, maxsplit)


def join(words, sep=' '):
    """Return the words joined with sep (a space by default)."""
    return sep.join(words)

joinfields = join


def index(s, *args):
    """Like find, but raise ValueError when sub is absent."""
    return s.index(*args)


def rindex(s, *args):
    """Like rfind, but raise ValueError when sub is absent."""
    return s.rindex(*args)


def count(s, *args):
    """Return the number of non-overlapping occurrences of sub in s[start:end]."""
    return s.count(*args)


def find(s, *args):
    """Return the lowest index of sub in s[start:end], or -1."""
    return s.find(*args)


def rfind(s, *args):
    """Return the highest index of sub in s[start:end], or -1."""
    return s.rfind(*args)


_float = float
_int = int
_long = long


def atof(s):
    """Convert a string to a float."""
    return _float(s)


def atoi(s, base=10):
    """Convert a string to an int in the given base."""
    return _int(s, base)


def atol(s, base=10):
    """Convert a string to a long in the given base."""
    return _long(s, base)


def ljust(s, width, *args):
    """Return s left-justified in a field of the given width."""
    return s.ljust(width, *args)


def rjust(s, width, *args):
    """Return s right-justified in a field of the given width."""
    return s.rjust(width, *args)


def center(s, width, *args):
    """Return s centered in a field of the given width."""
    return s.center(width, *args)


def zfill(x, width):
    """Pad a numeric string with zeros on the left to the given width."""
    if not isinstance(x, basestring):
        x = repr(x)
    return x.zfill(width)


def expandtabs(s, tabsize=8):
    """Return s with tabs expanded to spaces (tabsize columns)."""
    return s.expandtabs(tabsize)


def translate(s, table, deletions=""):
    """Map the characters of s through table after removing deletions."""
    if deletions or table is None:
        return s.translate(table, deletions)
    else:
        # Add s[:0] so that if s is Unicode and table is an 8-bit string,
        # table is converted to Unicode.  This means that table *cannot*
        # be a dictionary -- for that feature, use u.translate() directly.
        return s.translate(table + s[:0])


def capitalize(s):
    """Return s with its first character capitalized."""
    return s.capitalize()


def replace(s, old, new, maxreplace=-1):
    """Return s with old replaced by new (at most maxreplace times)."""
    return s.replace(old, new, maxreplace)


class Formatter(object):
    """The str.format machinery, overridable piece by piece."""

    def format(*args, **kwargs):
        if not args:
            raise TypeError("descriptor 'format' of 'Formatter' object "
                            "needs an argument")
        self, args = args[0], args[1:]
        try:
            format_string, args = args[0], args[1:]
        except IndexError:
            if 'format_string' in kwargs:
                format_string = kwargs.pop('format_string')
            else:
                raise TypeError("format() missing 1 required positional "
                                "argument: 'format_string'")
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                pieces.append(literal_text)
            if field_name is not None:
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec = self._vformat(format_spec, args, kwargs,
                                            used_args, recursion_depth - 1)
                pieces.append(self.format_field(obj, format_spec))
        return ''.join(pieces)

    def get_value(self, key, args, kwargs):
        if isinstance(key, (int, long)):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return format_string._formatter_parser()

    def get_field(self, field_name, args, kwargs):
        first, rest = field_name._formatter_field_name_split()
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


# The C string operations module supplies the table builder and the
# character classes (its whitespace lists the characters in another order).
try:
    from strop import maketrans, lowercase, uppercase, whitespace
    letters = lowercase + uppercase
except ImportError:
    pass
