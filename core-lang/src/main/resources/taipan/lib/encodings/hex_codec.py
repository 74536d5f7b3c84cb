"""The 'hex' codec: str to str, two hexadecimal digits per byte.

The conversion itself is Taipan's built-in hex codec.
"""
# Taipan's own codec module.

import codecs
import _codecs


def hex_encode(input, errors='strict'):
    assert errors == 'strict'
    return _codecs._builtin_encode('hex', input, errors)


def hex_decode(input, errors='strict'):
    assert errors == 'strict'
    return _codecs._builtin_decode('hex', input, errors)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return hex_encode(input, errors)

    def decode(self, input, errors='strict'):
        return hex_decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return hex_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return hex_decode(input, self.errors)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(
        name='hex',
        encode=hex_encode,
        decode=hex_decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
        _is_text_encoding=False,
    )
