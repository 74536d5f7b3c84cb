print "Hello World"
a = 4 << 3
b = a * 4
print a, b
def remainder(a,b):
    q = a/b
    r = a - q*b
    return r
print remainder(42, 5)
class Account:
    def __init__(self, initial):
        self.balance = initial
    def deposit(self, amt):
        self.balance = self.balance + amt
    def getbalance(self):
        return self.balance
x = Account(1000)
x.deposit(550)
print x.getbalance()
d = {'a': 1, 'b': 2}
print d, [1, 2, (3, 4)]
def gen(n):
    i = 0
    while i < n:
        yield i
        i = i + 1
for v in gen(3):
    print v,
print
try:
    raise ValueError, "Expected non-negative number"
except ValueError, e:
    print "caught", e
