# numbers.py (the tour's module example)
def divide(a, b):
    q = a/b
    r = a - q*b
    return q, r

def gcd(x, y):
    g = y
    while x > 0:
        g = x
        x = y % x
        y = g
    return g
