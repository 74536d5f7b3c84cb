# md5 was replaced by hashlib in Python 2.5; this module remains for old code.
import warnings
warnings.warn("the md5 module is deprecated; use hashlib instead",
              DeprecationWarning, 2)

from hashlib import md5
new = md5

blocksize = 1       # legacy value (wrong in any useful sense)
digest_size = 16
