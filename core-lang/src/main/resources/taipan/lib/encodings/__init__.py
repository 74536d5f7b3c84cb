"""The standard encodings package: codecs found by name.

Importing it registers search_function with the codec registry.  A name is
normalised (normalize_encoding), looked up in encodings.aliases, and the
module encodings.<name> is imported; its getregentry() gives the CodecInfo.
Codecs built into Taipan that have no module here (the single-byte code
pages, hex) are served from the built-in tables.
"""
# Taipan's own implementation of the 2.7 encodings package.

import codecs
import _codecs
from encodings import aliases

_cache = {}
_unknown = '--unknown--'
_import_tail = ['*']
_aliases = aliases.aliases


class CodecRegistryError(LookupError, SystemError):
    pass


def _keep(c):
    return c.isalnum() and c < '\x80' or c == '.'


def normalize_encoding(encoding):
    """Normalise an encoding name: every run of characters other than ASCII
    letters, digits and '.' becomes one '_' (none at the ends); case is kept."""
    if isinstance(encoding, unicode):
        encoding = encoding.encode('latin-1')
    words = []
    word = []
    for c in encoding:
        if _keep(c):
            word.append(c)
        elif word:
            words.append(''.join(word))
            word = []
    if word:
        words.append(''.join(word))
    return '_'.join(words)


def _builtin_entry(name):
    """A CodecInfo for a codec Taipan has built in but ships no module for."""
    real = _codecs._builtin_name(name)
    if real is None:
        return None

    def encode(input, errors='strict'):
        return _codecs._builtin_encode(name, input, errors)

    def decode(input, errors='strict'):
        return _codecs._builtin_decode(name, input, errors)

    class Codec(codecs.Codec):
        pass
    Codec.encode = staticmethod(encode)
    Codec.decode = staticmethod(decode)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    class StreamWriter(Codec, codecs.StreamWriter):
        pass

    class StreamReader(Codec, codecs.StreamReader):
        pass

    return codecs.CodecInfo(name=real, encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter,
                            streamreader=StreamReader)


def _callable_or_none(x):
    return x is None or hasattr(x, '__call__')


def search_function(encoding):
    entry = _cache.get(encoding, _unknown)
    if entry is not _unknown:
        return entry

    norm = normalize_encoding(encoding)
    aliased = _aliases.get(norm) or _aliases.get(norm.replace('.', '_'))
    if aliased is not None:
        modnames = [aliased, norm]
    else:
        modnames = [norm]
    mod = None
    modname = None
    for modname in modnames:
        if not modname or '.' in modname:
            continue
        try:
            # absolute import, so a module beside the caller cannot shadow it
            mod = __import__('encodings.' + modname, fromlist=_import_tail,
                             level=0)
        except ImportError:
            pass
        else:
            break

    getregentry = getattr(mod, 'getregentry', None)
    if mod is None or getregentry is None:
        entry = None
        for name in modnames:
            if name and '.' not in name:
                entry = _builtin_entry(name)
                if entry is not None:
                    break
        _cache[encoding] = entry
        return entry

    entry = getregentry()
    if not isinstance(entry, codecs.CodecInfo):
        if not 4 <= len(entry) <= 7:
            raise CodecRegistryError('module "%s" (%s) failed to register'
                                     % (mod.__name__, mod.__file__))
        if (not hasattr(entry[0], '__call__') or
                not hasattr(entry[1], '__call__') or
                not all(_callable_or_none(x) for x in entry[2:6])):
            raise CodecRegistryError('incompatible codecs in module "%s" (%s)'
                                     % (mod.__name__, mod.__file__))
        if len(entry) < 7 or entry[6] is None:
            entry += (None,) * (6 - len(entry)) + (mod.__name__.split(".", 1)[1],)
        entry = codecs.CodecInfo(*entry)

    _cache[encoding] = entry

    # the module may name more aliases for itself
    getaliases = getattr(mod, 'getaliases', None)
    if getaliases is not None:
        for alias in getaliases():
            if alias not in _aliases:
                _aliases[alias] = modname
    return entry

codecs.register(search_function)
