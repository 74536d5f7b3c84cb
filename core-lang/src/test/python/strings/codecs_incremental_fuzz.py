# Incremental decoders with random chunking and corrupted input; charmap with random mappings (differential against 2.7).
import codecs
class R:
    x = 777
    def randrange(self, a, b=None):
        if b is None: a, b = 0, a
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return a + (self.x >> 8) % (b - a)
    def choice(self, l): return l[self.randrange(len(l))]
random = R()
samples = [u'abc', u'\xe9\u20ac\U0001d11e', u'+-~\\', u'\ufeff\ud800x', u'line\r\n\u2028', u'\x00\x7f\x80\xff']
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'utf-7', 'utf-8-sig', 'latin-1', 'ascii', 'cp1252', 'cp437']:
    for trial in range(25):
        text = u''.join(random.choice(samples) for i in range(random.randrange(0, 5)))
        try:
            data = text.encode(enc, 'replace')
        except Exception as e:
            print enc, 'enc', type(e).__name__
            continue
        # corrupt some bytes
        b = list(data)
        for k in range(random.randrange(0, 3)):
            if b:
                b[random.randrange(len(b))] = chr(random.randrange(256))
        data = ''.join(b)
        errors = random.choice(['strict', 'replace', 'ignore'])
        try:
            whole = data.decode(enc, errors)
        except UnicodeDecodeError as e:
            whole = 'ERR %s %s %s' % (e.start, e.end, e.reason)
        dec = codecs.getincrementaldecoder(enc)(errors)
        parts = []
        try:
            i = 0
            while i < len(data):
                n = random.randrange(1, 5)
                parts.append(dec.decode(data[i:i + n]))
                i += n
            parts.append(dec.decode('', True))
            inc = u''.join(parts)
        except UnicodeDecodeError as e:
            inc = 'ERR %s' % e.reason
        except UnicodeError as e:
            inc = 'UERR %s' % e
        print enc, errors, repr(data), repr(whole), repr(inc)
maps = [{}, {97: 98}, {97: None, 98: u'XY'}, {97: 300}]
for m in range(30):
    d = {}
    for k in range(random.randrange(0, 6)):
        d[random.randrange(95, 100)] = random.choice([None, 65, u'Q', u'', 0x263a, 'zz'])
    s = ''.join(chr(random.randrange(95, 100)) for i in range(random.randrange(0, 6)))
    for errors in ['strict', 'replace', 'ignore']:
        try:
            print repr(codecs.charmap_decode(s, errors, d))
        except Exception as e:
            print type(e).__name__, e
        try:
            print repr(codecs.charmap_encode(unicode(s), errors, d))
        except Exception as e:
            print type(e).__name__, e
