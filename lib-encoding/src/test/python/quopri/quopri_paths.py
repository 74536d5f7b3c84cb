import quopri, random
from cStringIO import StringIO
r = random.Random(11)
samples = ['', 'hello', 'a=b', 'tab\tend\t', 'space end \nnext', '.', '.\n', 'x' * 80, 'y' * 75 + '\t\n',
           'under_score and spaces', '\xff\x00\x80', 'line1\r\nline2\r\n', 'soft=\nbreak', 'bad=zz=4', '=\n', '==41']
for n in range(30):
    samples.append(''.join(r.choice('ab =_\t\n.\xe9\r') for i in range(r.randrange(120))))
saved = quopri.a2b_qp, quopri.b2a_qp
for native in (True, False):
    if native:
        quopri.a2b_qp, quopri.b2a_qp = saved
    else:
        quopri.a2b_qp = quopri.b2a_qp = None
    for s in samples:
        for qt in (0, 1):
            for hd in (0, 1):
                e = quopri.encodestring(s, qt, hd)
                print repr(e), repr(quopri.decodestring(e, hd)), repr(quopri.decodestring(s, hd))
        o = StringIO(); quopri.encode(StringIO(s), o, 1); print repr(o.getvalue())
        o = StringIO(); quopri.decode(StringIO(s), o); print repr(o.getvalue())
print quopri.needsquoting('_', 0, 1), quopri.quote('\xab'), quopri.ishex('g'), quopri.unhex('7f'), quopri.unhex('1G')
print repr('a=b\xff'.encode('quopri')), repr('a=3Db=FF'.decode('quopri'))
