"""Path functions that posixpath (and the other path modules) share; import them from
os.path rather than from here."""
import os
import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile']


def _stat_or_none(path):
    try:
        return os.stat(path)
    except os.error:
        return None


def exists(path):
    """Whether path names something that exists (a broken symbolic link does not)."""
    return _stat_or_none(path) is not None


def isfile(path):
    """Whether path names an existing regular file (symbolic links followed)."""
    st = _stat_or_none(path)
    return st is not None and stat.S_ISREG(st.st_mode)


def isdir(s):
    """Whether s names an existing directory (symbolic links followed)."""
    st = _stat_or_none(s)
    return st is not None and stat.S_ISDIR(st.st_mode)


def getsize(filename):
    """The size of the file in bytes, from os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """The file's last modification time, from os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """The file's last access time, from os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """The file's last metadata change time, from os.stat()."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    """The longest string every item of m starts with (character by character, so
    not always a whole path component)."""
    if not m:
        return ''
    # the common prefix of the smallest and largest items is everyone's
    lo = min(m)
    hi = max(m)
    n = min(len(lo), len(hi))
    i = 0
    while i < n and lo[i] == hi[i]:
        i += 1
    return lo[:i]


def _splitext(p, sep, altsep, extsep):
    """(root, ext): ext runs from the last dot of the last component to the end,
    empty when that component has no dot other than leading ones."""
    last = p.rfind(sep)
    if altsep:
        last = max(last, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > last:
        # a name made of dots only, or starting with them, has no extension
        i = last + 1
        while i < dot:
            if p[i] != extsep:
                return p[:dot], p[dot:]
            i += 1
    return p, p[:0]
