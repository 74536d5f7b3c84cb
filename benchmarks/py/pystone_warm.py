# Runs the public pystone benchmark several times in one process and reports the best
# rate, i.e. the rate after warm-up. Usage: pystone_warm.py PYSTONE_DIR [passes] [rounds]
import sys
sys.path.insert(0, sys.argv[1])
import pystone
passes = int(sys.argv[2]) if len(sys.argv) > 2 else 50000
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
best = 0.0
for i in range(rounds):
    t, rate = pystone.pystones(passes)
    if rate > best:
        best = rate
print "SCORE %.1f pystones/s" % best
