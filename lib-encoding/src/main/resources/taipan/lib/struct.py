# The struct module: the work is done by the builtin _struct.
from _struct import *
from _struct import _clearcache
from _struct import __doc__
