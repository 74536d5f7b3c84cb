# Run with CPython 2.7: writes, for every code point that has a property or a case
# mapping (or is unassigned, flagged 'cn'), "hex flags lower upper title [cn]".
import sys, unicodedata
out = open(sys.argv[1], 'w')
for c in xrange(0x110000):
    u = unichr(c)
    f = 0
    if u.isalpha(): f |= 1
    if u.isdecimal(): f |= 2
    if u.isdigit(): f |= 4
    if u.isnumeric(): f |= 8
    if u.isspace(): f |= 16
    if u.islower(): f |= 32
    if u.isupper(): f |= 64
    if u.istitle() and not u.isupper(): f |= 128
    lo = ord(u.lower()); up = ord(u.upper()); ti = ord(u.title())
    cn = unicodedata.category(u) == 'Cn'
    if f or lo != c or up != c or ti != c or cn:
        out.write('%x %d %x %x %x%s\n' % (c, f, lo, up, ti, ' cn' if cn else ''))
