# The codecs module and the encodings package: lookup, CodecInfo, incremental
# and stream codecs, error handlers, BOMs, charmap, rot13, EncodedFile.
import codecs
import encodings
from StringIO import StringIO


def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

print codecs.BOM_UTF8 == '\xef\xbb\xbf', repr(codecs.BOM), repr(codecs.BOM_UTF16_BE), repr(codecs.BOM_UTF32)
print repr(codecs.BOM_LE), repr(codecs.BOM_BE), repr(codecs.BOM32_LE), repr(codecs.BOM64_BE)
names = ['utf-8', 'UTF8', 'latin-1', 'Latin_1', 'iso-8859-1', 'ascii', 'US-ASCII', 'utf-16',
         'utf-16-le', 'UTF-16BE', 'utf-32', 'utf_32_le', 'utf-32-be', 'utf-7', 'utf-8-sig',
         'unicode-escape', 'raw_unicode_escape', 'string-escape', 'unicode_internal', 'rot13',
         'rot_13', 'charmap', 'cp1252', 'windows-1252', 'cp437', 'koi8-r', 'iso8859-15', 'latin9',
         'mac-roman', 'hex', 'u8', 'utf', '646']
for n in names:
    info = codecs.lookup(n)
    print n, info.name, isinstance(info, tuple), len(info), info.incrementalencoder is not None
t(lambda: codecs.lookup('no-such-codec'))
t(lambda: codecs.lookup(''))
t(lambda: codecs.lookup(3))
t(lambda: u'x'.encode('no-such-codec'))
t(lambda: 'x'.decode('no such codec'))
print repr(codecs.lookup('utf-8')[:2]) == repr((codecs.lookup('utf-8').encode, codecs.lookup('utf-8').decode))
print codecs.lookup('utf-8') is codecs.lookup('UTF-8'), codecs.lookup('utf8') is codecs.lookup('utf_8')

text = u'h\xe9llo w\u20acrld \U0001d11e!\n2nd line\r\nthird'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
            'utf-7', 'utf-8-sig', 'unicode-escape', 'raw-unicode-escape']:
    data = text.encode(enc)
    print enc, repr(data)
    print ' ', codecs.decode(data, enc) == text, codecs.getdecoder(enc)(data)[1] == len(data)
    print ' ', codecs.getencoder(enc)(text)[1] == len(text), codecs.encode(text, enc) == data
    # incremental, one byte at a time
    if 'escape' not in enc:
        dec = codecs.getincrementaldecoder(enc)()
        pieces = [dec.decode(c) for c in data] + [dec.decode('', True)]
        print '  inc-dec', u''.join(pieces) == text, len([p for p in pieces if p])
    enc_ = codecs.getincrementalencoder(enc)()
    out = ''.join(enc_.encode(c) for c in text) + enc_.encode(u'', True)
    print '  inc-enc', out == data or repr(out)
    # streams
    s = StringIO()
    w = codecs.getwriter(enc)(s)
    w.write(text[:5])
    w.writelines([text[5:9], text[9:]])
    print '  writer', s.getvalue() == data or repr(s.getvalue())
    r = codecs.getreader(enc)(StringIO(data))
    if 'escape' in enc:
        print '  reader', repr(r.read())
    else:
        print '  reader', repr(r.read(3)), repr(r.readline()), repr(r.readline(keepends=False)), repr(r.read())
        r = codecs.getreader(enc)(StringIO(data))
        print '  iter', list(r)
    r = codecs.getreader(enc)(StringIO(data))
    print '  lines', r.readlines()
    print '  iterencode', ''.join(codecs.iterencode(iter(text), enc)) == data
    if 'escape' not in enc:
        print '  iterdecode', u''.join(codecs.iterdecode(iter(data), enc)) == text

print repr('\xef\xbb\xbfabc'.decode('utf-8-sig')), repr('abc'.decode('utf-8-sig')), repr(u'abc'.encode('utf-8-sig'))
print repr('\xff\xfea\x00'.decode('utf-16')), repr('\xfe\xff\x00a'.decode('utf-16')), repr('a\x00'.decode('utf-16'))
print repr(codecs.utf_16_ex_decode('\xfe\xff\x00a\x00')), repr(codecs.utf_16_ex_decode('a\x00', 'strict', 1))
print repr(codecs.utf_32_ex_decode('\xff\xfe\x00\x00a\x00\x00\x00', 'strict', 0, True))
print repr(codecs.utf_8_decode('ab\xc3')), repr(codecs.utf_8_decode('ab\xc3', 'strict', True) if False else 0)
t(lambda: codecs.utf_8_decode('ab\xc3', 'strict', True))
t(lambda: codecs.utf_16_decode('a', 'strict', True))
t(lambda: codecs.utf_16_decode('a'))
d = codecs.getincrementaldecoder('utf-16')()
t(lambda: d.decode('ab'))
t(lambda: d.decode('cd'))
t(lambda: d.decode('e', True))
d = codecs.getincrementaldecoder('utf-8')()
t(lambda: d.decode('\xe2\x82'))
print d.getstate()
t(lambda: d.decode('\xac', True))
d.reset()
print d.getstate()
t(lambda: d.decode('\xff'))
e = codecs.getincrementalencoder('utf-16')()
print repr(e.encode(u'a')), repr(e.encode(u'b')), e.getstate()
e.reset()
print repr(e.encode(u'c'))
e = codecs.getincrementalencoder('utf-8-sig')()
print repr(e.encode(u'a')), repr(e.encode(u'b')), e.getstate()
d = codecs.getincrementaldecoder('utf-8-sig')()
print repr(d.decode('\xef')), repr(d.decode('\xbb')), repr(d.decode('\xbfx')), repr(d.decode('y'))

# error handlers
u = u'a\xe9\u20ac\U0001d11ez'
for errors in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace']:
    for enc in ['ascii', 'latin-1', 'cp1252', 'koi8-r', 'charmap']:
        t(lambda: u.encode(enc, errors))
for errors in ['strict', 'ignore', 'replace']:
    for enc in ['ascii', 'utf-8', 'utf-16-le', 'cp1252', 'utf-7']:
        t(lambda: 'a\xe9\x81\x9d\xffz+'.decode(enc, errors))
t(lambda: u'x\xe9'.encode('ascii', 'no-such-handler'))
t(lambda: 'x\xe9'.decode('ascii', 'no-such-handler'))
t(lambda: codecs.lookup_error('no-such-handler'))
print codecs.lookup_error('strict') is codecs.strict_errors, codecs.ignore_errors.__name__
t(lambda: codecs.strict_errors(UnicodeEncodeError('ascii', u'\xe9', 0, 1, 'boom')))
t(lambda: codecs.ignore_errors(UnicodeDecodeError('ascii', '\xe9', 0, 1, 'boom')))
t(lambda: codecs.replace_errors(UnicodeEncodeError('ascii', u'\xe9\xe9', 0, 2, 'boom')))
t(lambda: codecs.replace_errors(UnicodeDecodeError('ascii', '\xe9\xe9', 0, 2, 'boom')))
t(lambda: codecs.replace_errors(UnicodeTranslateError(u'\xe9\xe9', 0, 2, 'boom')))
t(lambda: codecs.xmlcharrefreplace_errors(UnicodeEncodeError('ascii', u'\xe9\u20ac', 0, 2, 'boom')))
t(lambda: codecs.backslashreplace_errors(UnicodeEncodeError('ascii', u'\xe9\u20ac\U0001d11e', 0, 3, 'boom')))
t(lambda: codecs.xmlcharrefreplace_errors(UnicodeDecodeError('ascii', '\xe9', 0, 1, 'boom')))
t(lambda: codecs.replace_errors(ValueError('x')))
t(lambda: codecs.replace_errors(42))
t(lambda: codecs.register_error('x', 42))


def handler(exc):
    if isinstance(exc, UnicodeEncodeError):
        return (u'<%s>' % exc.object[exc.start:exc.end].encode('unicode-escape'), exc.end)
    return (u'[%s]' % exc.object[exc.start:exc.end].encode('hex'), exc.end)

codecs.register_error('test.mine', handler)
print codecs.lookup_error('test.mine') is handler
t(lambda: u'a\xe9b\u20ac\u20acc'.encode('ascii', 'test.mine'))
t(lambda: 'a\xe9b\xff\xfec'.decode('utf-8', 'test.mine'))
t(lambda: 'a\xe9b'.decode('ascii', 'test.mine'))
t(lambda: u'a\u20acb'.encode('latin-1', 'test.mine'))
codecs.register_error('test.bad', lambda exc: 42)
t(lambda: u'\xe9'.encode('ascii', 'test.bad'))
t(lambda: '\xe9'.decode('ascii', 'test.bad'))
codecs.register_error('test.far', lambda exc: (u'?', 100))
t(lambda: u'\xe9'.encode('ascii', 'test.far'))

# the exception objects
for e in [UnicodeEncodeError('ascii', u'g\xfcrk', 1, 2, 'ouch'), UnicodeEncodeError('ascii', u'g\xfcrk', 1, 4, 'ouch'),
          UnicodeDecodeError('ascii', 'g\xfcrk', 1, 2, 'ouch'), UnicodeDecodeError('ascii', 'g\xfcrk', 1, 3, 'ouch'),
          UnicodeTranslateError(u'g\xfcrk', 1, 2, 'ouch'), UnicodeTranslateError(u'g\u20acrk', 1, 3, 'ouch'),
          UnicodeEncodeError('ascii', u'\U0001d11e', 0, 1, 'x')]:
    print type(e).__name__, str(e), e.start, e.end, repr(e.object), e.reason
t(lambda: UnicodeEncodeError(1, u'x', 1, 2, 'r'))
t(lambda: UnicodeEncodeError('a', 'x', 1, 2, 'r'))
t(lambda: UnicodeEncodeError('a', u'x', 'a', 2, 'r'))
t(lambda: UnicodeDecodeError('a', u'x', 1, 2, 'r'))
t(lambda: UnicodeTranslateError('x', 1, 2, 'r'))
t(lambda: UnicodeEncodeError('a', u'x', 1, 2))

# charmap
decmap = {ord('a'): u'A', ord('b'): 0x263a, ord('c'): None, ord('d'): u'XY'}
t(lambda: codecs.charmap_decode('abd', 'strict', decmap))
t(lambda: codecs.charmap_decode('abcd', 'strict', decmap))
t(lambda: codecs.charmap_decode('abcde', 'replace', decmap))
t(lambda: codecs.charmap_decode('abcde', 'ignore', decmap))
t(lambda: codecs.charmap_decode('ab', 'strict', u'xy'))
t(lambda: codecs.charmap_decode('abc', 'strict', u'xy'))
t(lambda: codecs.charmap_decode('ab', 'strict', u'x\ufffe'))
t(lambda: codecs.charmap_decode('\xe9', 'strict', None))
t(lambda: codecs.charmap_decode('a', 'strict', {97: 0x110000}))
t(lambda: codecs.charmap_decode('a', 'strict', {97: 1.5}))
encmap = {ord(u'A'): ord('a'), 0x263a: 'bb', ord(u'?'): '?'}
t(lambda: codecs.charmap_encode(u'A\u263aA', 'strict', encmap))
t(lambda: codecs.charmap_encode(u'AzA', 'strict', encmap))
t(lambda: codecs.charmap_encode(u'AzzA', 'replace', encmap))
t(lambda: codecs.charmap_encode(u'AzA', 'ignore', encmap))
t(lambda: codecs.charmap_encode(u'Az', 'xmlcharrefreplace', encmap))
t(lambda: codecs.charmap_encode(u'A', 'strict', {65: 300}))
t(lambda: codecs.charmap_encode(u'A', 'strict', {65: u'x'}))
t(lambda: codecs.charmap_encode(u'\xe9\u20ac', 'strict', None))
table = u''.join(unichr(i) for i in range(128)) + u'\ufffe' * 127 + u'\u20ac'
m = codecs.charmap_build(table)
print type(m).__name__
t(lambda: codecs.charmap_encode(u'abc\u20ac', 'strict', m))
t(lambda: codecs.charmap_encode(u'abc\xe9', 'replace', m))
t(lambda: codecs.charmap_build(u'abc'))
print codecs.make_identity_dict(range(3)), sorted(codecs.make_encoding_map({1: 2, 3: 2, 4: 5}).items())

# str-to-str and others
print repr('a\n\'\x00\xff'.encode('string-escape')), repr('a\\n\\x41\\\'\\\\'.decode('string-escape'))
t(lambda: '\\x4'.decode('string-escape'))
t(lambda: u'\xe9'.encode('string-escape'))
print 'Hello, World!'.encode('rot13'), u'Uryyb'.decode('rot13'), repr(u'Uryyb'.encode('rot13'))
print 'abc'.encode('hex'), '616263'.decode('hex')
t(lambda: '6'.decode('hex'))
print repr(codecs.escape_encode('a\tb')), repr(codecs.escape_decode('a\\tb'))
print repr(codecs.latin_1_encode(u'\xe9')), repr(codecs.latin_1_decode('\xe9')), repr(codecs.ascii_decode('ab'))
print repr(codecs.unicode_escape_encode(u'\xe9\n')), repr(codecs.raw_unicode_escape_decode('\\u20ac\\x'))
print repr(codecs.readbuffer_encode('ab')), repr(codecs.charbuffer_encode('ab'))
print repr(codecs.encode(u'abc')), repr(codecs.decode('abc')), repr(codecs.encode(u'\xe9', 'latin-1', 'strict'))
t(lambda: codecs.utf_8_decode(1))
t(lambda: codecs.utf_8_encode(1))
t(lambda: codecs.utf_8_encode('\xe9'))

# StreamReaderWriter, StreamRecoder/EncodedFile
f = StringIO()
rw = codecs.StreamReaderWriter(f, codecs.getreader('utf-8'), codecs.getwriter('utf-8'))
rw.write(u'\xe9t\xe9\nline two\n')
rw.seek(0)
print repr(rw.readline()), repr(rw.read()), rw.encoding, repr(f.getvalue())
rw.seek(0)
print rw.readlines(), rw.closed
f = StringIO()
ef = codecs.EncodedFile(f, 'latin-1', 'utf-8')
ef.write('\xe9t\xe9\n')
ef.writelines(['a\xe9', '\n'])
print repr(f.getvalue()), ef.data_encoding, ef.file_encoding
ef2 = codecs.EncodedFile(StringIO(f.getvalue()), 'latin-1', 'utf-8')
print repr(ef2.readline()), repr(ef2.read())
ef3 = codecs.EncodedFile(StringIO('abc\ndef\n'), 'rot13')
print repr(ef3.readlines())

# readline details
r = codecs.getreader('utf-8')(StringIO(u'a\rb\r\nc\nd\u2028e\x85f'.encode('utf-8')))
print [r.readline() for i in range(8)]
r = codecs.getreader('utf-8')(StringIO('x' * 200 + '\n' + 'y' * 10))
print [len(r.readline()) for i in range(3)]
r = codecs.getreader('utf-8')(StringIO('abc\ndef\n'))
print repr(r.readline(size=2)), repr(r.readline()), repr(r.read(1)), repr(r.read(chars=1)), repr(r.read())
r = codecs.getreader('utf-16')(StringIO(u'\xe9\n'.encode('utf-16')))
print repr(r.read()), repr(r.read())
r = codecs.getreader('ascii')(StringIO('ok\n\xff\n'))
t(r.readline)
t(r.readline)


class Upper(codecs.Codec):
    def encode(self, input, errors='strict'):
        return (input.upper().encode('ascii', errors), len(input))

    def decode(self, input, errors='strict'):
        return (input.decode('ascii', errors).lower(), len(input))


def search(name):
    if name == 'test-upper':
        c = Upper()
        return codecs.CodecInfo(c.encode, c.decode, name='test-upper')
    if name == 'test-tuple':
        c = Upper()
        return (c.encode, c.decode, None, None)
    if name == 'test-bad':
        return 42
    return None

codecs.register(search)
print u'abc'.encode('test-upper'), repr('ABC'.decode('test-upper')), codecs.lookup('Test-Upper').name
print u'xyz'.encode('test-tuple'), type(codecs.lookup('test-tuple')).__name__, len(codecs.lookup('test-tuple'))
t(lambda: codecs.lookup('test-bad'))
t(lambda: codecs.getincrementalencoder('test-upper'))
t(lambda: codecs.register(42))
print encodings.normalize_encoding('Latin-1'), encodings.normalize_encoding('  utf 8 '), encodings.normalize_encoding('a..b--c')
print encodings.search_function('no-such') is None, encodings.search_function('utf8').name
print issubclass(encodings.CodecRegistryError, LookupError), issubclass(encodings.CodecRegistryError, SystemError)
print encodings.aliases.aliases['latin1'], encodings.aliases.aliases['utf8'], encodings.aliases.aliases['u16']
