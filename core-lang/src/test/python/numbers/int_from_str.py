# int() of plain str: the fast decimal path and everything it must hand to the general parser
cases = ['0', '7', '-7', '+7', ' 42 ', '\t\n-42\r\x0b\x0c', '123456789012345678', '-999999999999999999',
         '1234567890123456789', '99999999999999999999', '0x10', '010', '1_000', '', ' ', '-', '+',
         '12a', '1 2', '\x00', '5\x00', '1e3', '  +0  ', '--1']
for s in cases:
    try:
        v = int(s)
        print repr(s), repr(v), type(v).__name__
    except ValueError as e:
        print repr(s), 'ValueError', e
# multiline-anchored searches jump from line start to line start
import re
text = 'a1\nb22\n33c\n\n4\nxx5'
print re.findall(r'(?m)^\d+', text)
print re.findall(r'(?m)^(\w)(\d*)', text)
print [m.span() for m in re.finditer(r'(?m)^$', 'a\n\nb\n')]
print re.findall(r'(?m)^x+\d$', text)
print re.findall(ur'(?m)^\w', u'\xe9t\xe9\n\u20acx\nz')
