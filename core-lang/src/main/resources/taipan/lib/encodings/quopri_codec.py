"""The 'quopri' codec: str to str, quoted-printable (RFC 1521) with tabs and
spaces quoted.  Built on the quopri module (where that module is available).
"""
# Taipan's own codec module.

import codecs
import quopri
from cStringIO import StringIO


def quopri_encode(input, errors='strict'):
    assert errors == 'strict'
    out = StringIO()
    quopri.encode(StringIO(str(input)), out, 1)
    return (out.getvalue(), len(input))


def quopri_decode(input, errors='strict'):
    assert errors == 'strict'
    out = StringIO()
    quopri.decode(StringIO(str(input)), out)
    return (out.getvalue(), len(input))


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return quopri_encode(input, errors)

    def decode(self, input, errors='strict'):
        return quopri_decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return quopri_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return quopri_decode(input, self.errors)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    charbuffertype = str


class StreamReader(Codec, codecs.StreamReader):
    charbuffertype = str


def getregentry():
    return codecs.CodecInfo(
        name='quopri',
        encode=quopri_encode,
        decode=quopri_decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )
