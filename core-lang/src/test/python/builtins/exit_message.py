# sys.exit with a message: printed on stderr, exit status 1.
import sys
print 'running'
sys.exit('fatal: ' + 'stopped')
