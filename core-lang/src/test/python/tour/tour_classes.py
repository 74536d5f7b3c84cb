# Classes, exceptions and files from the tour.
class Account:
    def __init__(self, initial):
        self.balance = initial
    def deposit(self, amt):
        self.balance = self.balance + amt
    def withdraw(self, amt):
        self.balance = self.balance - amt
    def getbalance(self):
        return self.balance

a = Account(1000.00)
a.deposit(550.23)
a.deposit(100)
a.withdraw(50)
print a.getbalance()

try:
    f = open("/nonexistent/foo")
except IOError:
    print "Couldn't open 'foo'. Sorry."

def factorial(n):
    if n < 0:
        raise ValueError, "Expected non-negative number"
    if (n <= 1): return 1
    else: return n*factorial(n-1)

print factorial(10), factorial(25)
try:
    factorial(-1)
except ValueError, e:
    print "ValueError:", e

name = "/tmp/taipan_tour_classes.txt"
f = open(name, "w")      # Open a file for writing
for i in range(0, 10):
    f.write("2 times %d = %d\n" % (i, 2*i))
f.write("Hello World")
f.close()
g = open(name, "r")      # Open a file for reading
line = g.readline()      # Read a single line
lines = g.readlines()    # Read data as a list of lines
g.close()
print repr(line)
print lines
data = open(name).read() # Read all data
print len(data)
print factorial(-1)
