# atexit: handlers run at the end, last registered first, with their arguments;
# a failing handler is reported and the others still run
import atexit
import sys


class Filtered(object):
    """stderr without the library's own file names (they differ per runtime)."""
    def write(self, s):
        for line in s.splitlines(True):
            if "atexit.py" not in line:
                sys.stdout.write(line)

def f(n, k=None):
    print "handler", n, k


atexit.register(f, 1)
print atexit.register(f, 2, k='x') is f


@atexit.register
def g():
    print "decorated"


def bad():
    sys.stderr = Filtered()
    raise ValueError("boom")
atexit.register(bad)
atexit.register(f, 0)
print atexit.__all__, sys.exitfunc is atexit._run_exitfuncs
print "main done"
