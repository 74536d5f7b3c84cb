# Code pages from Taipan's own table (codepages.txt): full decode tables, names, aliases.
names = '''cp720 hp_roman8 iso8859_10 iso8859_14 mac_arabic mac_farsi mac_latin2 mac_romanian palmos ptcp154 tis_620'''.split()
import codecs
for n in names:
    row = []
    for b in range(256):
        try: c = chr(b).decode(n)
        except UnicodeDecodeError: c = None
        row.append(c)
    print n, repr(row)
names = '''cp720 hp_roman8 iso8859_10 iso8859_14 mac_arabic mac_farsi mac_latin2 mac_romanian palmos ptcp154 tis_620 latin6 l8 roman8 thai'''.split()
for n in names: print n, codecs.lookup(n).name, repr(u'\u20ac\xe9'.encode(n, 'replace'))
