# atexit: handlers run on sys.exit; a SystemExit in a handler sets the status
import atexit
import sys


def f():
    print "f runs"


def ex():
    print "ex runs"
    sys.exit(3)
atexit.register(f)
atexit.register(ex)
print "exiting"
sys.exit(5)
