r"""JSON (JavaScript Object Notation) <http://json.org> is a subset of
JavaScript syntax (ECMA-262 3rd edition) used as a lightweight data
interchange format.

:mod:`json` exposes an API familiar to users of the standard library
:mod:`marshal` and :mod:`pickle` modules.

Encoding basic Python object hierarchies::

    >>> import json
    >>> json.dumps(['foo', {'bar': ('baz', None, 1.0, 2)}])
    '["foo", {"bar": ["baz", null, 1.0, 2]}]'

Decoding JSON::

    >>> json.loads('["foo", {"bar":["baz", null, 1.0, 2]}]')
    [u'foo', {u'bar': [u'baz', None, 1.0, 2]}]
"""
# Taipan's json package.
__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONEncoder',
]

__author__ = 'Bob Ippolito <bob@redivi.com>'

from .decoder import JSONDecoder
from .encoder import JSONEncoder

_default_encoder = JSONEncoder(
    skipkeys=False,
    ensure_ascii=True,
    check_circular=True,
    allow_nan=True,
    indent=None,
    separators=None,
    encoding='utf-8',
    default=None,
)


def _encoder_for(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
                 separators, encoding, default, sort_keys, kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            encoding == 'utf-8' and default is None and not sort_keys and not kw):
        return _default_encoder
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, encoding=encoding, default=default,
               sort_keys=sort_keys, **kw)


def dump(obj, fp, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         encoding='utf-8', default=None, sort_keys=False, **kw):
    """Serialize ``obj`` as a JSON formatted stream to ``fp`` (a
    ``.write()``-supporting file-like object).

    The other arguments have the meaning they have for ``dumps``.
    """
    encoder = _encoder_for(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                           indent, separators, encoding, default, sort_keys, kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def dumps(obj, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          encoding='utf-8', default=None, sort_keys=False, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``.

    If ``skipkeys`` is true then ``dict`` keys that are not basic types
    (``str``, ``unicode``, ``int``, ``long``, ``float``, ``bool``, ``None``)
    will be skipped instead of raising a ``TypeError``.

    If ``ensure_ascii`` is false, the result may contain non-ASCII
    characters and the return value may be a ``unicode`` instance.

    If ``check_circular`` is false, the circular reference check for
    container types is skipped.

    If ``allow_nan`` is false, out of range ``float`` values (``nan``,
    ``inf``, ``-inf``) raise ``ValueError`` instead of being written as
    JavaScript's ``NaN``, ``Infinity``, ``-Infinity``.

    If ``indent`` is a non-negative integer, arrays and objects are
    pretty-printed with that indent level (0 only inserts newlines).

    ``separators`` is an ``(item_separator, dict_separator)`` tuple; the
    default is ``(', ', ': ')``.

    ``encoding`` is the character encoding for str instances (UTF-8 by default).

    ``default(obj)`` returns a serializable version of obj or raises TypeError.

    If ``sort_keys`` is true, dictionaries are output sorted by key.

    A custom ``JSONEncoder`` subclass may be given with the ``cls`` kwarg.
    """
    encoder = _encoder_for(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                           indent, separators, encoding, default, sort_keys, kw)
    return encoder.encode(obj)


_default_decoder = JSONDecoder(encoding=None, object_hook=None,
                               object_pairs_hook=None)


def load(fp, encoding=None, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``fp`` (a ``.read()``-supporting file-like object containing
    a JSON document) to a Python object.

    The other arguments have the meaning they have for ``loads``.
    """
    return loads(fp.read(),
                 encoding=encoding, cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook,
                 **kw)


def loads(s, encoding=None, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``s`` (a ``str`` or ``unicode`` instance containing a JSON
    document) to a Python object.

    ``encoding`` names the encoding of a ``str`` ``s`` (UTF-8 by default).

    ``object_hook`` is called with each decoded object (a ``dict``) and its
    result used instead; ``object_pairs_hook`` is called with the ordered list
    of pairs instead (and takes priority).

    ``parse_float``, ``parse_int`` and ``parse_constant`` are called with the
    text of every JSON float, int and one of ``-Infinity``, ``Infinity``,
    ``NaN``.

    A custom ``JSONDecoder`` subclass may be given with the ``cls`` kwarg.
    """
    if (cls is None and encoding is None and object_hook is None and
            parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(encoding=encoding, **kw).decode(s)
