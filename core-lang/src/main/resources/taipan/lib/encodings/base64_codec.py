"""The 'base64' codec: str to str, MIME base64 (lines of 76 characters).

Built on the base64 module (where that module is available).
"""
# Taipan's own codec module.

import codecs
import base64


def base64_encode(input, errors='strict'):
    assert errors == 'strict'
    return (base64.encodestring(input), len(input))


def base64_decode(input, errors='strict'):
    assert errors == 'strict'
    return (base64.decodestring(input), len(input))


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return base64_encode(input, errors)

    def decode(self, input, errors='strict'):
        return base64_decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        assert self.errors == 'strict'
        return base64.encodestring(input)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        assert self.errors == 'strict'
        return base64.decodestring(input)


class StreamWriter(Codec, codecs.StreamWriter):
    charbuffertype = str


class StreamReader(Codec, codecs.StreamReader):
    charbuffertype = str


def getregentry():
    return codecs.CodecInfo(
        name='base64',
        encode=base64_encode,
        decode=base64_decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )
