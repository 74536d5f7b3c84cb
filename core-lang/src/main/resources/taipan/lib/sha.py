# sha was replaced by hashlib in Python 2.5; this module remains for old code.
import warnings
warnings.warn("the sha module is deprecated; use the hashlib module instead",
              DeprecationWarning, 2)

from hashlib import sha1 as sha
new = sha

blocksize = 1       # legacy value (wrong in any useful sense)
digest_size = 20
digestsize = 20
