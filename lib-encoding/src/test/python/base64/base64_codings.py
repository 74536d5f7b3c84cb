import base64 as B, random, StringIO
r = random.Random(3)
def t(f, *a, **k):
    try: print repr(f(*a, **k))
    except Exception as e: print type(e).__name__, e
for n in range(60):
    s = ''.join(chr(r.randrange(256)) for i in range(r.randrange(40)))
    for f in (B.b64encode, B.standard_b64encode, B.urlsafe_b64encode, B.b32encode, B.b16encode, B.encodestring):
        t(f, s)
    e = B.b32encode(s)
    print B.b32decode(e) == s, B.b32decode(e.lower(), casefold=True) == s, B.b16decode(B.b16encode(s)) == s, B.b16decode(B.b16encode(s).lower(), True) == s
    print B.b64decode(B.b64encode(s, '-_'), '-_') == s, B.urlsafe_b64decode(B.urlsafe_b64encode(s)) == s, B.decodestring(B.encodestring(s)) == s
for bad in ['', 'A', 'AA', 'AAA=', 'AA==', 'AB======', 'ABC=====', 'ABCD====', 'ABCDE===', 'ABCDEF==', 'ABCDEFG=', '========', 'ABCDEFGH', 'abcdefgh', 'A=CDEFGH', '0BCDEFGH', '1BCDEFGH', 'AB=CDEFG', 'ABCDEFGHIJ======', 'ME======']:
    t(B.b32decode, bad); t(B.b32decode, bad, True); t(B.b32decode, bad, map01='L'); t(B.b32decode, bad, map01='I')
    t(B.b64decode, bad); t(B.b16decode, bad); t(B.b16decode, bad, casefold=True)
t(B.b32decode, '0O======', map01='LL')
t(B.b64encode, 'abc', 'x'); t(B.b64encode, 123); t(B.b64decode, 'YWJj\n'); t(B.b64decode, 'Y-Jj', '-')
t(B.b16decode, '0'); t(B.b16decode, 'ab'); t(B.b16decode, 'AB'); t(B.b16decode, 'ABC')
i = StringIO.StringIO('x' * 200 + 'yz'); o = StringIO.StringIO(); B.encode(i, o); print repr(o.getvalue())
i = StringIO.StringIO(o.getvalue()); o2 = StringIO.StringIO(); B.decode(i, o2); print repr(o2.getvalue())
print B.__all__
