# atexit: an older sys.exitfunc runs last; handlers run after an uncaught exception
import sys


def old():
    print "old exitfunc"
sys.exitfunc = old
import atexit
atexit.register(lambda: sys.stdout.write("new\n"))
raise KeyError("uncaught")
