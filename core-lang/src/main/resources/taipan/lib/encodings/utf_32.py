"""The 'utf-32' codec: UTF-32 with a byte order mark.

Encoding writes a BOM and then the native byte order; decoding reads the
byte order from the BOM (native order without one).
"""
# Taipan's own codec module.

import codecs
import sys

encode = codecs.utf_32_encode


def decode(input, errors='strict'):
    return codecs.utf_32_decode(input, errors, True)


def _native_encoder():
    if sys.byteorder == 'little':
        return codecs.utf_32_le_encode
    return codecs.utf_32_be_encode


class IncrementalEncoder(codecs.IncrementalEncoder):
    """Writes the BOM with the first piece only."""

    def __init__(self, errors='strict'):
        codecs.IncrementalEncoder.__init__(self, errors)
        self.encoder = None

    def encode(self, input, final=False):
        if self.encoder is None:
            result = codecs.utf_32_encode(input, self.errors)[0]
            self.encoder = _native_encoder()
            return result
        return self.encoder(input, self.errors)[0]

    def reset(self):
        codecs.IncrementalEncoder.reset(self)
        self.encoder = None

    def getstate(self):
        # 2: the BOM is still to be written
        if self.encoder is None:
            return 2
        return 0

    def setstate(self, state):
        if state:
            self.encoder = None
        else:
            self.encoder = _native_encoder()


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    """Reads the BOM, then decodes in the byte order it gave."""

    def __init__(self, errors='strict'):
        codecs.BufferedIncrementalDecoder.__init__(self, errors)
        self.decoder = None

    def _buffer_decode(self, input, errors, final):
        if self.decoder is None:
            output, consumed, byteorder = codecs.utf_32_ex_decode(
                input, errors, 0, final)
            if byteorder == -1:
                self.decoder = codecs.utf_32_le_decode
            elif byteorder == 1:
                self.decoder = codecs.utf_32_be_decode
            elif consumed >= 4:
                raise UnicodeError("UTF-32 stream does not start with BOM")
            return (output, consumed)
        return self.decoder(input, self.errors, final)

    def reset(self):
        codecs.BufferedIncrementalDecoder.reset(self)
        self.decoder = None


class StreamWriter(codecs.StreamWriter):
    def __init__(self, stream, errors='strict'):
        codecs.StreamWriter.__init__(self, stream, errors)
        self.encoder = None

    def reset(self):
        codecs.StreamWriter.reset(self)
        self.encoder = None

    def encode(self, input, errors='strict'):
        if self.encoder is None:
            result = codecs.utf_32_encode(input, errors)
            self.encoder = _native_encoder()
            return result
        return self.encoder(input, errors)


class StreamReader(codecs.StreamReader):
    def reset(self):
        codecs.StreamReader.reset(self)
        try:
            del self.decode
        except AttributeError:
            pass

    def decode(self, input, errors='strict'):
        output, consumed, byteorder = codecs.utf_32_ex_decode(input, errors, 0, False)
        # once the byte order is known, later reads use the plain decoder
        if byteorder == -1:
            self.decode = codecs.utf_32_le_decode
        elif byteorder == 1:
            self.decode = codecs.utf_32_be_decode
        elif consumed >= 4:
            raise UnicodeError("UTF-32 stream does not start with BOM")
        return (output, consumed)


def getregentry():
    return codecs.CodecInfo(
        name='utf-32',
        encode=encode,
        decode=decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamreader=StreamReader,
        streamwriter=StreamWriter,
    )
