# The tour's "string module" and "Regular Expressions" slides (22-29), run as written.
import string

s = "Hello World"
a = string.split(s)            # a = ['Hello','World']
b = string.replace(s, "Hello", "Goodbye")
c = string.join(["foo", "bar"], ":")   # c = "foo:bar"
print a
print b
print c
print string.atof("3.25"), string.atoi("42"), string.atol("12345678901234567890")
print string.count("banana", "an"), string.find("banana", "na"), string.find("banana", "x")
print string.split("a,b,,c", ","), string.join(string.split("a b  c"), "-")
print string.upper(s), string.lower(s), string.strip("  x  "), repr(string.letters[:5]), string.digits
print string.translate("hello", string.maketrans("el", "ip"))
for bad in ("x", "1.5"):
    try:
        string.atoi(bad)
    except ValueError, e:
        print "ValueError:", e

import re
pat = r'(\d+)\.(\d*)'  # My pattern
r = re.compile(pat)    # Compile it
for s in ["3.4772", "x3.14", "42.", "no numbers"]:
    m = r.match(s)     # See if string s matches
    if m:
        # Yep, it matched
        print "match", m.group(0), m.group(1), m.group(2), m.start(1), m.end(1), m.start(2), m.end(2)
    else:
        # Nope.
        print "no match for", repr(s)
    m = r.search(s)
    if m:
        print "search", m.group(0), m.span(), m.groups()

text = "pi is 3.14159, e is 2.71828 and phi is 1.618"
print r.findall(text)
print r.search(text, 10).group(0), r.search(text, 0, 10).group(0), r.search(text, 0, 7)
print re.compile(r'\s*,\s*').split("a , b,c ,  d")
print r.sub("<num>", text)
print r.sub(r"\2.\1", text)
print r.sub(lambda m: str(int(m.group(1)) * 2), text)
print re.findall(r'foo.*', "foobar\nfoo baz")
print re.findall(r'\d*', "ab12c345")
print re.findall(r'[a-zA-Z]+', "Hello, World 42 times")

# Replace URL such as http://www.python.org with a hyperlink
s = "See http://www.python.org and http://www.dabeaz.com/python.html for details."
pat = r'(http://[\w-]+(\.[\w-]+)*((/[\w-~]*)?))'
try:
    r = re.compile(pat)   # 2.7 rejects the range \w-~ of the original slide
except re.error, e:
    print "re.error:", e
pat = r'(http://[\w-]+(\.[\w-]+)*((/[\w~-]*)?))'
r = re.compile(pat)
print r.sub('<a href="\\1">\\1</a>', s)  # Replace in string
m = r.search(s)
print m.groups(), m.lastindex, m.re.groups
