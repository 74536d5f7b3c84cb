# Lists, tuples, loops, functions from the tour.
a = [2, 3, 4]           # A list of integers
b = [2, 7, 3.5, "Hello"]  # A mixed list
c = []                  # An empty list
d = [2, [a, b]]         # A list containing a list
e = a + b               # Join two lists
print a, b, c, d, e
x = a[1]                # Get 2nd element (0 is first)
y = b[1:3]              # Return a sublist
z = d[1][0][2]          # Nested lists
b[0] = 42               # Change an element
print x, y, z, b
f = (2, 3, 4, 5)        # A tuple of integers
g = ()                  # An empty tuple
h = (2, [3, 4], (10, 11, 12))  # A tuple containing mixed objects
x = f[1]                # Element access. x = 3
y = f[1:3]              # Slices. y = (3,4)
z = h[1][1]             # Nesting. z = 4
print f, g, h, x, y, z
try:
    f[0] = 1
except TypeError, err:
    print "TypeError:", err
a, b = 0, 5
while a < b:
    # Do something
    a = a + 1
print a
for i in [3, 4, 10, 25]:
    print i
# Print characters one at a time
for c in "Hello World":
    print c
# Loop over a range of numbers
for i in range(0, 100):
    print i,
print
# Return the remainder of a/b
def remainder(a, b):
    q = a/b
    r = a - q*b
    return r
# Now use it
a = remainder(42, 5)    # a = 2
print a
def divide(a, b):
    q = a/b
    r = a - q*b
    return q, r
x, y = divide(42, 5)    # x = 8, y = 2
print x, y
