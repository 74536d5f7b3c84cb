# sys.exit with a message: printed to stderr, status 1; finally blocks still run.
import sys
try:
    print 'exiting'
    sys.exit('goodbye')
finally:
    print 'finally runs'
