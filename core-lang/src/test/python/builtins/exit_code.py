# exit() from site.py and sys.exit with a number set the exit status.
import sys
print 'pending',
try:
    exit(4)
except SystemExit as e:
    print e.code
sys.exit(3)
