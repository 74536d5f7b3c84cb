# posix.stat_result: construction from a tuple, pickling
import os, copy, copy_reg
s = os.stat_result(tuple(range(10)))
print repr(s), s.st_atime, s.st_mtime, s.st_ctime, s.st_blksize
s = os.stat_result(tuple(range(10)), {'st_atime': 1.5})
print s.st_atime, s.st_mtime
st = os.stat('/')
f, args = copy_reg.dispatch_table[os.stat_result](st)
print copy.copy(st) == st, f(*args) == st, f(*args).st_mtime == st.st_mtime, f is os._make_stat_result
try:
    os.stat_result((1, 2))
except TypeError as e:
    print e
