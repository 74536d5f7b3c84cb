# The single-byte code page modules of encodings: tables, names, encode/decode (against 2.7's tables).
import codecs, encodings
names = ''' cp037 cp1006 cp1026 cp1140 cp1250 cp1251 cp1252 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 cp424 cp437 cp500 cp737 cp775 cp850 cp852 cp855 cp856 cp857 cp858 cp860 cp861 cp862 cp863 cp864 cp865 cp866 cp869 cp874 cp875 iso8859_2 iso8859_3 iso8859_4 iso8859_5 iso8859_6 iso8859_7 iso8859_8 iso8859_9 iso8859_11 iso8859_13 iso8859_15 iso8859_16 koi8_r koi8_u mac_centeuro mac_croatian mac_cyrillic mac_greek mac_iceland mac_roman mac_turkish '''.split()
for n in names:
    m = __import__('encodings.' + n, fromlist=['*'])
    info = codecs.lookup(n)
    print n, info.name, repr(m.decoding_table[120:136]), hash(m.decoding_table)
    print '  ', repr(info.encode(m.decoding_table.replace(u'\ufffe', u'')) [0][-10:]), info.decode('\x80\xa4\xff', 'replace')[0] == m.decoding_table[0x80] + m.decoding_table[0xa4] + m.decoding_table[0xff] or 'x'
for n in names:
    print n, repr(u''.join(unichr(c) for c in range(256)).encode(n, 'replace')[-40:])
