"""Common operations on Posix pathnames.

Instead of importing this module directly, import os and refer to
this module as os.path.  The "os.path" name is an alias for this
module on Posix systems; on other systems (e.g. Mac, Windows),
os.path provides the same operations in a manner specific to that
platform, and is an alias to another module (e.g. macpath, ntpath).

Some of this can actually be useful on non-Posix systems too, e.g.
for manipulation of the pathname component of URLs.
"""

import os
import sys
import stat
import genericpath
from genericpath import *
from genericpath import _splitext

try:
    _unicode = unicode
except NameError:
    class _unicode(object):
        pass

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "walk", "expanduser", "expandvars", "normpath", "abspath",
           "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = ':/bin:/usr/bin'
altsep = None
devnull = '/dev/null'

supports_unicode_filenames = (sys.platform == 'darwin')


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return s


def isabs(s):
    """Test whether a path is absolute"""
    return s.startswith('/')


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed.
    If any component is an absolute path, all previous path components
    will be discarded.  An empty last part will result in a path that
    ends with a separator."""
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif path == '' or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    """Split a pathname.  Returns tuple "(head, tail)" where "tail" is
    everything after the final slash.  Either part may be empty."""
    cut = p.rfind('/') + 1
    head, tail = p[:cut], p[cut:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    return _splitext(p, sep, altsep, extsep)
splitext.__doc__ = genericpath._splitext.__doc__


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always
    empty."""
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname"""
    return p[p.rfind('/') + 1:]


def dirname(p):
    """Returns the directory component of a pathname"""
    head = p[:p.rfind('/') + 1]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def islink(path):
    """Test whether a path is a symbolic link"""
    try:
        st = os.lstat(path)
    except (os.error, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    try:
        os.lstat(path)
    except os.error:
        return False
    return True


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file"""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def ismount(path):
    """Test whether a path is a mount point"""
    if islink(path):
        # a symbolic link is never a mount point
        return False
    try:
        here = os.lstat(path)
        up = os.lstat(join(path, '..'))
    except os.error:
        return False
    if here.st_dev != up.st_dev:
        return True
    # the root: '..' is the directory itself
    return here.st_ino == up.st_ino


def walk(top, func, arg):
    """Directory tree walk with callback function.

    For each directory in the directory tree rooted at top (including top
    itself, but excluding '.' and '..'), call func(arg, dirname, fnames).
    dirname is the name of the directory, and fnames a list of the names of
    the files and subdirectories in dirname (excluding '.' and '..').  func
    may modify the fnames list in-place (e.g. via del or slice assignment),
    and walk will only recurse into the subdirectories whose names remain in
    fnames; this can be used to implement a filter, or to impose a specific
    order of visiting.  No semantics are defined for, or required of, arg,
    beyond that arg is always passed to func.  It can be used, e.g., to pass
    a filename pattern, or a mutable object designed to accumulate
    statistics.  Passing None for arg is common."""
    if sys.py3kwarning:
        import warnings
        warnings.warnpy3k("In 3.x, os.path.walk is removed in favor of os.walk.",
                          stacklevel=2)
    try:
        names = os.listdir(top)
    except os.error:
        return
    func(arg, top, names)
    for name in names:
        name = join(top, name)
        try:
            st = os.lstat(name)
        except os.error:
            continue
        if stat.S_ISDIR(st.st_mode):
            walk(name, func, arg)


def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown,
    do nothing."""
    if not path.startswith('~'):
        return path
    end = path.find('/', 1)
    if end < 0:
        end = len(path)
    if end == 1:
        if 'HOME' in os.environ:
            home = os.environ['HOME']
        else:
            import pwd
            home = pwd.getpwuid(os.getuid()).pw_dir
    else:
        import pwd
        try:
            home = pwd.getpwnam(path[1:end]).pw_dir
        except KeyError:
            return path
    home = home.rstrip('/')
    return (home + path[end:]) or '/'


_varprog = None
_uvarprog = None


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    global _varprog, _uvarprog
    if '$' not in path:
        return path
    if isinstance(path, _unicode):
        if _uvarprog is None:
            import re
            _uvarprog = re.compile(ur'\$(\w+|\{[^}]*\})', re.UNICODE)
        prog = _uvarprog
        encoding = sys.getfilesystemencoding()
    else:
        if _varprog is None:
            import re
            _varprog = re.compile(r'\$(\w+|\{[^}]*\})')
        prog = _varprog
        encoding = None
    pos = 0
    while True:
        m = prog.search(path, pos)
        if not m:
            return path
        start, end = m.span(0)
        name = m.group(1)
        if name.startswith('{') and name.endswith('}'):
            name = name[1:-1]
        if encoding:
            name = name.encode(encoding)
        if name in os.environ:
            value = os.environ[name]
            if encoding:
                value = value.decode(encoding)
            tail = path[end:]
            path = path[:start] + value
            pos = len(path)
            path += tail
        else:
            pos = end


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    if isinstance(path, _unicode):
        slash, dot, empty = u'/', u'.', u''
    else:
        slash, dot, empty = '/', '.', ''
    if path == empty:
        return dot
    lead = 0
    if path.startswith('/'):
        # POSIX gives exactly two leading slashes a meaning of their own
        lead = 2 if path.startswith('//') and not path.startswith('///') else 1
    parts = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not lead and not parts) or (parts and parts[-1] == '..'):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = slash.join(parts)
    if lead:
        path = slash * lead + path
    return path or dot


def abspath(path):
    """Return an absolute path."""
    if not isabs(path):
        if isinstance(path, _unicode):
            cwd = os.getcwdu()
        else:
            cwd = os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename):
    """Return the canonical path of the specified filename, eliminating any
symbolic links encountered in the path."""
    path, ok = _resolve_links('', filename, {})
    return abspath(path)


def _resolve_links(path, rest, seen):
    # Joins rest onto the resolved path, following each symbolic link met; seen maps
    # links being resolved to their result (None while in progress, to spot loops).
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir:
            continue
        if name == pardir:
            if path:
                path, name = split(path)
                if name == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        newpath = join(path, name)
        if not islink(newpath):
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            # a loop: give up and return what is left unresolved
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _resolve_links(path, os.readlink(newpath), seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=curdir):
    """Return a relative version of a path"""
    if not path:
        raise ValueError("no path specified")
    start_parts = [x for x in abspath(start).split(sep) if x]
    path_parts = [x for x in abspath(path).split(sep) if x]
    n = len(commonprefix([start_parts, path_parts]))
    rel = [pardir] * (len(start_parts) - n) + path_parts[n:]
    if not rel:
        return curdir
    return join(*rel)
