# encode/decode with the core codecs, error handlers, exact exception arguments
def t(label, f):
    try:
        r = f()
    except UnicodeError as e:
        print label, '->', type(e).__name__, e, (e.encoding, e.object, e.start, e.end, e.reason)
    except Exception as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '->', repr(r)

utf8_cases = ['\xff', '\xc3', 'a\xc3', '\xc3(', '\xe2\x82', '\xe2\x82(', '\xe2(\xa1', '\xe2(', '\xf0\x9f\x98', '\xf0\x9f\x98(',
              '\xf8\x88\x80\x80\x80', '\xc0\x80', '\xed\xa0\x80', '\xed\xbf\xbf', '\xf4\x90\x80\x80', '\x80', '\xc3\xa9\xff\xfe', '\xe0\x80\x80',
              '\xf0\x80\x80\x80', '\xf5\x80\x80\x80', '\xc1\xbf', '\xe0\xa0', 'ab\xe0\xa0', '\xf4\x8f\xbf\xbf', '\xef\xbb\xbfabc', 'caf\xc3\xa9',
              '\xf0\x9f\x98\x80', '\xe2\x82\xac', '\xdf\xbf', '\xc2\x80', '\xf1\x80\x80']
for c in utf8_cases:
    for err in ['strict', 'replace', 'ignore']:
        t(repr(c) + ' ' + err, lambda: c.decode('utf-8', err))

for enc in ['utf-8', 'utf8', 'UTF-8', 'U8', 'utf', 'utf_8', 'latin-1', 'latin1', 'iso-8859-1', 'iso8859-1', 'L1', 'latin', '8859', 'cp819',
            'ascii', 'us-ascii', '646', 'US_ASCII', 'utf-16', 'utf16', 'utf-16le', 'UTF-16-BE', 'utf_32', 'utf-32-le', 'U32', 'utf-7', 'U7',
            'unicode-escape', 'unicode_escape', 'raw-unicode-escape', 'string-escape', 'string_escape', 'unicode_internal', 'charmap',
            'cp1252', 'windows-1252', 'iso-8859-15', 'koi8-r', 'cp437', 'ibm437', 'mac-roman', 'macroman', 'cp037', 'latin9', 'greek',
            'foo', 'FOO', 'utf 8', ' utf-8 ', 'utf--8', 'utf.8', 'UTF8', 'utf-8-sig-nope', '']:
    t(repr(enc), lambda: (u'a\xe9'.encode(enc), 'a'.decode(enc)))

for s in [u'', u'abc', u'a\xe9\u20ac\U0001F600', u'\ud800', u'\udc00x', u'\ud800' + u'\udc00', u'\x00\x7f\x80\xff\uffff\U0010ffff']:
    for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-7', 'unicode-escape', 'raw-unicode-escape', 'unicode-internal']:
        t(repr(s) + ' ' + enc, lambda: s.encode(enc))
        t(repr(s) + ' ' + enc + ' roundtrip', lambda: s.encode(enc).decode(enc) == s)

for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    for s in ['\xff\xfea\x00', '\xfe\xff\x00a', 'a\x00', '\x00a', '\xff\xfe\x00\x00a\x00\x00\x00', '\x00\x00\xfe\xff\x00\x00\x00a', 'a\x00\x00\x00',
              '\x00\x00\x00a', 'a', 'a\x00b', '\x00\xd8a\x00', '\x00\xdc', '\x00\xd8', '=\xd8\x00\xde', '\xd8=\xde\x00', '\x00\xdca\x00',
              '\x00\x00\x11\x00', '\x00\x11\x00\x00', '\xff\xfe', '\xff\xfe\xff\xfe', 'a\x00\xff\xfe', 'abc', '']:
        for err in ['strict', 'replace', 'ignore']:
            t(enc + ' ' + repr(s) + ' ' + err, lambda: s.decode(enc, err))

for s in ['a+AOkgrNg93gA-', '+AGEAYgBj-', '+-', '+', 'a+', '+AGE', '+AGEA', '+AG', '+A', 'a+ZeVnLIqe-b', '\xe9', 'a\x80b', '+2D3eAA-', '+2D0-',
          '+2D3eAA', '+AGEAYgBj.', '+AGEAYgBj+', 'hi+-there', '+ZeVnLIqe', '+ZeV', '~\\', '+AH4-+AFw-', '+3gA-', '+2D3YPQ-']:
    for err in ['strict', 'replace', 'ignore']:
        t('utf-7 ' + repr(s) + ' ' + err, lambda: s.decode('utf-7', err))
for s in [u'A+B', u'~\\', u'Hi Mom -\u263a-!', u'\u65e5\u672c\u8a9e', u'+', u'-', u'a-', u'\xe9-', u'\xe9a', u'\xe9.', u'\U0001F600\U0001F600', u' \t\r\n"!#$%&*;<=>@[]^_`{|}']:
    t('utf-7 enc ' + repr(s), lambda: s.encode('utf-7'))

for s in ['a\\xe9', '\\x', '\\x1', '\\xg1', '\\u12', '\\u123g', '\\U0001F600', '\\U00110000', '\\U1234', '\\N{LATIN SMALL LETTER E WITH ACUTE}',
          '\\N{latin small letter e with acute}', '\\N{foo}', '\\N', '\\N{', '\\N{}', '\\Nx', '\\', 'a\\', '\\q', '\\8', '\\101', '\\1011', '\\777', '\\0',
          '\\a\\b\\f\\n\\r\\t\\v', '\\\n', '\xe9', '\\x41\\x4', '\\ud800\\udc00', '\\\\u1234', '\\\\\\u1234', '\\"\\\'', '\\N{EURO SIGN}x',
          '\\N{CJK UNIFIED IDEOGRAPH-4E00}', '\\N{ LATIN SMALL LETTER A}', '\\U0010FFFF', '\\uD800']:
    for enc in ['unicode-escape', 'raw-unicode-escape', 'string-escape']:
        for err in ['strict', 'replace', 'ignore']:
            t(repr(s) + ' ' + enc + ' ' + err, lambda: s.decode(enc, err))
t('string-escape unknown handler', lambda: '\\x'.decode('string-escape', 'foo'))
for s in ['a\xe9\x00\n\t\r\\\'"\x7f\x80', "'", '"', '\'"', '']:
    t('string-escape enc ' + repr(s), lambda: s.encode('string-escape'))
t('string-escape enc unicode', lambda: u'abc'.encode('string_escape'))
t('string-escape dec unicode', lambda: u'abc'.decode('string_escape'))
t('unicode-escape enc', lambda: u'a\xe9\u20ac\U0001F600\n\t\r\\\'"\x00\x7f\x80'.encode('unicode-escape'))
t('raw-unicode-escape enc', lambda: u'a\xe9\u20ac\U0001F600\n\t\r\\\'"\x00\x7f\x80'.encode('raw-unicode-escape'))

mixed = u'a\xe9\u20ac\U0001F600\n\t\r\\\'"\x00\x7f\x80\ud800z'
for enc in ['latin-1', 'ascii', 'cp1252', 'koi8-r', 'cp437', 'iso8859-15', 'cp037', 'mac-roman']:
    for err in ['strict', 'replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace', 'foo']:
        t(enc + ' ' + err, lambda: mixed.encode(enc, err))
for enc in ['ascii', 'cp1252', 'koi8-r', 'cp437', 'cp037', 'iso8859-7', 'cp864', 'mac-greek', 'cp1006', 'cp875']:
    for err in ['strict', 'replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace']:
        t(enc + ' dec ' + err, lambda: 'a\x81\x98\xc3\xe9\xff\x15\xdcb'.decode(enc, err))
t('cp1252 table', lambda: ''.join(['%c' % i for i in range(256)]).decode('cp1252', 'replace'))
t('cp437 table', lambda: ''.join(['%c' % i for i in range(256)]).decode('cp437'))
t('koi8-r table', lambda: ''.join(['%c' % i for i in range(256)]).decode('koi8-r'))
t('cp037 table', lambda: ''.join(['%c' % i for i in range(256)]).decode('cp037'))
t('mac-roman table', lambda: ''.join(['%c' % i for i in range(256)]).decode('mac-roman'))
t('cp1252 encode all', lambda: u''.join([u'%c' % i for i in range(256)]).encode('cp1252', 'replace'))

t('str.encode utf8', lambda: 'abc'.encode('utf-8'))
t('str.encode non-ascii', lambda: '\xe9'.encode('utf-8'))
t('str.encode None', lambda: 'abc'.encode(None))
t('str.encode errors None', lambda: 'abc'.encode('ascii', None))
t('str.encode int', lambda: 'abc'.encode(1))
t('str.decode nul', lambda: 'abc'.decode('utf-8\x00'))
t('str.decode default', lambda: '\xe9'.decode())
t('str.decode kw', lambda: 'a\xe9'.decode(encoding='latin-1', errors='strict'))
t('str.encode kw', lambda: 'abc'.encode(errors='strict'))
t('str.decode bad kw', lambda: 'abc'.decode(foo='x'))
t('unicode.decode', lambda: u'abc'.decode('utf-8'))
t('unicode.decode non-ascii', lambda: u'\xe9'.decode('utf-8'))
t('unicode.encode default', lambda: u'\xe9'.encode())
t('unicode.encode 3 args', lambda: u'a'.encode('a', 'b', 'c'))
t('unknown handler unused', lambda: 'abc'.decode('ascii', 'nonexistent'))
t('unknown handler used', lambda: '\xe9'.decode('ascii', 'nonexistent'))
t('unicode()', lambda: unicode())
t('unicode(str)', lambda: unicode('abc'))
t('unicode(non-ascii)', lambda: unicode('\xe9'))
t('unicode(str, enc)', lambda: unicode('\xc3\xa9', 'utf-8'))
t('unicode(str, enc, err)', lambda: unicode('\xe9', 'ascii', 'ignore'))
t('unicode errors kw', lambda: unicode('\xe9', errors='replace'))
t('unicode string kw', lambda: unicode(string='x'))
t('unicode bad kw', lambda: unicode(x='x'))
t('unicode(unicode, enc)', lambda: unicode(u'abc', 'utf-8'))
t('unicode(bytearray, enc)', lambda: unicode(bytearray('abc'), 'utf-8'))
t('unicode(int, enc)', lambda: unicode(5, 'utf-8'))
t('unicode(str, string-escape)', lambda: unicode('abc', 'string_escape'))
t('unicode(int)', lambda: unicode(5))
t('unicode(None)', lambda: unicode(None))
t('unicode(4 args)', lambda: unicode('a', 'b', 'c', 'd'))
t('unicode(enc int)', lambda: unicode('a', 1))
class WithUnicode(object):
    def __unicode__(self): return u'\u20ac'
    def __str__(self): return 'str!'
class StrUnicode(object):
    def __str__(self): return u'\xe9'
class BadUnicode(object):
    def __unicode__(self): return 5
class OldU:
    def __unicode__(self): return u'old\xe9'
t('unicode(__unicode__)', lambda: unicode(WithUnicode()))
t('str(__unicode__ obj)', lambda: str(WithUnicode()))
t('unicode(__str__ unicode)', lambda: unicode(StrUnicode()))
t('str(__str__ unicode)', lambda: str(StrUnicode()))
t('unicode(bad __unicode__)', lambda: unicode(BadUnicode()))
t('unicode(old-style)', lambda: unicode(OldU()))
t('str()', lambda: str())
t('str(u)', lambda: str(u'abc'))
t('str(u non-ascii)', lambda: str(u'\xe9'))
t('str 2 args', lambda: str('x', 'y'))
t('str kw', lambda: str(object='x'))
t('bytes of utf-8 BOM sig', lambda: u'\ufeffx'.encode('utf-8'))
for name in ['HANGUL SYLLABLE GA', 'HANGUL SYLLABLE GAG', 'hangul syllable hih', 'HANGUL SYLLABLE A', 'HANGUL SYLLABLE YI', 'HANGUL SYLLABLE XX',
             'CJK UNIFIED IDEOGRAPH-9FCB', 'CJK UNIFIED IDEOGRAPH-9FCC', 'CJK UNIFIED IDEOGRAPH-20000', 'BASIC LATIN 41', 'SNOWMAN', 'GREEK SMALL LETTER ALPHA']:
    t('\\N ' + name, lambda: ('\\N{%s}' % name).decode('unicode-escape'))
for name in ['cjk unified ideograph-4e00', 'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-04E00', 'HANGUL SYLLABLE gag', 'Hangul Syllable GAG']:
    t('\\N ' + name, lambda: ('\\N{%s}' % name).decode('unicode-escape'))
t('hex enc', lambda: 'ab\xff'.encode('hex'))
t('hex enc unicode', lambda: u'ab'.encode('hex'))
t('hex enc non-ascii', lambda: u'\xe9'.encode('hex'))
t('hex dec', lambda: '6162FF'.decode('hex'))
t('hex dec odd', lambda: '616'.decode('hex'))
t('hex dec bad', lambda: 'zz'.decode('hex'))
t('hex dec unicode', lambda: u'6162'.decode('hex'))
t('hex_codec', lambda: 'ab'.encode('hex_codec'))
t('hex errors', lambda: 'ab'.encode('hex', 'ignore'))
t('unicode hex', lambda: unicode('6162', 'hex'))
t('bytearray hex', lambda: bytearray('ab').decode('hex'))
