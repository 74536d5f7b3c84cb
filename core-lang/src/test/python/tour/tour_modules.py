# The tour's module example: import creates a namespace and executes a file.
import numbers
x, y = numbers.divide(42, 5)
n = numbers.gcd(7291823, 5683)
print x, y, n
print numbers.__name__, numbers.divide.__name__
import string
a = string.split("split this  string")
print a
from numbers import gcd
print gcd(12, 18)
