# The hex codec (encodings.hex_codec).
import codecs
from StringIO import StringIO
def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e
from encodings import hex_codec
print codecs.lookup('hex').name, codecs.lookup('hex_codec')._is_text_encoding
t(lambda: 'ab\xff'.encode('hex'))
t(lambda: '61FF'.decode('hex'))
t(lambda: u'ab'.encode('hex'))
t(lambda: '6'.decode('hex'))
t(lambda: 'zz'.decode('hex'))
t(lambda: 'ab'.encode('hex', 'ignore'))
t(lambda: hex_codec.hex_encode('ab'))
t(lambda: codecs.getincrementalencoder('hex')().encode('xy'))
t(lambda: codecs.getincrementaldecoder('hex')().decode('7879'))
t(lambda: codecs.getreader('hex')(StringIO('6162')).read())
s = StringIO()
codecs.getwriter('hex')(s).write('ab')
print repr(s.getvalue())
t(lambda: codecs.encode(buffer('ab'), 'hex'))
