# The punycode codec: RFC 3492 samples, errors.
tests = [u'\u0644\u064a\u0647\u0645\u0627\u0628\u062a\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064a\u061f',
         u'b\xfccher', u'M\xfcnchen', u'abc', u'', u'\u4ed6\u4eec\u4e3a\u4ec0\u4e48\u4e0d\u8bf4\u4e2d\u6587',
         u'3\u5e74B\u7d44\u91d1\u516b\u5148\u751f', u'-> $1.00 <-', u'\U0001d11e music', u'a-b-\xe9']
for u in tests:
    e = u.encode('punycode')
    print repr(e), e.decode('punycode') == u
for bad in ['abc-!', 'abc-z', 'xn', 'b\xfc-x', '-', 'a-', '99999999999']:
    for err in ['strict', 'replace', 'ignore']:
        try:
            print repr(bad.decode('punycode', err))
        except Exception as ex:
            print type(ex).__name__, ex
for s in ['abc-!x', 'abc-a!', 'abc-!', 'ABC-DEF', 'Bcher-KVA', 'bcher-kva']:
    try:
        print repr(s.decode('punycode'))
    except Exception as e:
        print type(e).__name__, e
import codecs
d = codecs.getincrementaldecoder('punycode')()
print repr(d.decode('bcher-kva')), repr(codecs.getincrementalencoder('punycode')().encode(u'b\xfccher'))
try:
    'abc'.decode('punycode', 'xmlcharrefreplace')
except Exception as e:
    print type(e).__name__, e
