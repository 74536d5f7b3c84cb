"""Single-byte code page codec modules built from Taipan's built-in tables.

Each encodings.<codepage> module calls define(name, globals()), which gives
it what a 2.7 code page module has: decoding_table (256 characters,
u'\\ufffe' for undefined bytes), encoding_table (from codecs.charmap_build),
Codec, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader
and getregentry().
"""
# Taipan's own helper module.

import codecs
import _codecs


def _decoding_table(name):
    chars = []
    for b in range(256):
        try:
            chars.append(_codecs._builtin_decode(name, chr(b))[0])
        except UnicodeDecodeError:
            chars.append(u'\ufffe')
    return u''.join(chars)


def define(name, namespace):
    decoding_table = _decoding_table(name)
    encoding_table = codecs.charmap_build(decoding_table)

    class Codec(codecs.Codec):
        def encode(self, input, errors='strict'):
            return codecs.charmap_encode(input, errors, encoding_table)

        def decode(self, input, errors='strict'):
            return codecs.charmap_decode(input, errors, decoding_table)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return codecs.charmap_encode(input, self.errors, encoding_table)[0]

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            return codecs.charmap_decode(input, self.errors, decoding_table)[0]

    class StreamWriter(Codec, codecs.StreamWriter):
        pass

    class StreamReader(Codec, codecs.StreamReader):
        pass

    module = namespace['__name__']
    for cls in (Codec, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader):
        cls.__module__ = module

    def getregentry():
        return codecs.CodecInfo(
            name=name,
            encode=Codec().encode,
            decode=Codec().decode,
            incrementalencoder=IncrementalEncoder,
            incrementaldecoder=IncrementalDecoder,
            streamreader=StreamReader,
            streamwriter=StreamWriter,
        )

    namespace.update(decoding_table=decoding_table, encoding_table=encoding_table,
                     Codec=Codec, IncrementalEncoder=IncrementalEncoder,
                     IncrementalDecoder=IncrementalDecoder, StreamWriter=StreamWriter,
                     StreamReader=StreamReader, getregentry=getregentry)
