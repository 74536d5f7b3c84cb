# The tour's first slides: variables, expressions, conditionals, basic types.
print "Hello World"
print 3 + 5
print 3 + (5*4)
print 3 ** 2
print 'Hello' + 'World'
a = 4 << 3
b = a * 4.5
c = (a+b)/2.5
print a, b, c
a = "Hello World"
print a
a, b = 3, 7
if a < b:
    z = b
else:
    z = a
print z
PLUS, MINUS, MULTIPLY, UNKNOWN = range(4)
for a in ['+', '-', '*', '/']:
    if a == '+':
        op = PLUS
    elif a == '-':
        op = MINUS
    elif a == '*':
        op = MULTIPLY
    else:
        op = UNKNOWN
    print a, op
a, b, c = 1, 2, 3
if b >= a and b <= c:
    print "b is between a and c"
if not (b < a or b > c):
    print "b is still between a and c"
a = 3          # Integer
b = 4.5        # Floating point
c = 51728883333L  # Long integer (arbitrary precision)
d = 4 + 3j     # Complex (imaginary) number
print a, b, c, d, repr(c)
a = 'Hello'    # Single quotes
b = "World"    # Double quotes
c = "Bob said 'hey there.'"  # A mix of both
d = '''A triple quoted string
can span multiple lines
like this'''
e = """Also works for double quotes"""
print a, b, c
print d
print e
print repr(c), repr(d)
