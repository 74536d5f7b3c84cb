"""The 'rot13' codec: each ASCII letter moved 13 places along the alphabet.

str.encode('rot13') and unicode.encode('rot13') both work; the table maps
every other byte to itself.
"""
# Taipan's own codec module.

import codecs


def _rotated(c):
    for first in (ord('a'), ord('A')):
        if first <= c < first + 26:
            return first + (c - first + 13) % 26
    return c

decoding_map = dict((i, _rotated(i)) for i in range(256))
encoding_map = codecs.make_encoding_map(decoding_map)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return codecs.charmap_encode(input, errors, encoding_map)

    def decode(self, input, errors='strict'):
        return codecs.charmap_decode(input, errors, decoding_map)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return codecs.charmap_encode(input, self.errors, encoding_map)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return codecs.charmap_decode(input, self.errors, decoding_map)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(
        name='rot-13',
        encode=Codec().encode,
        decode=Codec().decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )


def rot13(infile, outfile):
    """Copy infile to outfile, rot13-encoded."""
    outfile.write(infile.read().encode('rot-13'))
