import uu, sys
from cStringIO import StringIO
data = ''.join(chr(i % 256) for i in range(300)) + 'The end.\n'
o = StringIO(); uu.encode(StringIO(data), o, 'name.bin', 0644); enc = o.getvalue(); print enc
o2 = StringIO(); uu.decode(StringIO(enc), o2); print o2.getvalue() == data
o = StringIO(); uu.encode(StringIO(''), o); print repr(o.getvalue())
for bad in ['', 'no begin here\n', 'begin 644 x\n', 'begin xyz x\nbegin 600 y\n#86)C\n', 'begin 600 y\n#86)C\n \nend\n']:
    o = StringIO()
    try:
        uu.decode(StringIO(bad), o); print 'ok', repr(o.getvalue())
    except uu.Error as e:
        print 'Error', e
# a line with trailing garbage: decoded from its announced length, with a warning
sys.stderr = sys.stdout
o = StringIO(); uu.decode(StringIO('begin 600 y\n#86)CXXXXX!!\n \nend\n'), o); print repr(o.getvalue())
o = StringIO(); uu.decode(StringIO('begin 600 y\n#86)CXXXXX!!\n \nend\n'), o, quiet=1); print repr(o.getvalue())
print uu.__all__, issubclass(uu.Error, Exception)
