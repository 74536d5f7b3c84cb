"""Lines of source files, cached: for tracebacks and the debugger."""
# Taipan's own implementation of the 2.7 linecache module.

import sys
try:
    import os
except ImportError:
    os = None  # core-lang alone (no lib-os): files are read without stat

__all__ = ["getline", "clearcache", "checkcache"]

# filename -> (size, mtime, lines, fullname)
cache = {}


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def clearcache():
    """Forgets every cached file."""
    global cache
    cache = {}


def getlines(filename, module_globals=None):
    """The lines of filename (with their newlines), from the cache if up to date."""
    if filename in cache:
        return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drops cache entries of files that changed on disk (or all of them)."""
    if filename is None:
        filenames = cache.keys()
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for filename in filenames:
        size, mtime, lines, fullname = cache[filename]
        if mtime is None:
            continue
        try:
            stat = os.stat(fullname)
        except os.error:
            cache.pop(filename, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(filename, None)


def _split(data):
    lines = data.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def updatecache(filename, module_globals=None):
    """Reads filename into the cache and returns its lines ([] if unreadable)."""
    if filename in cache:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []

    import _taipan
    data = _taipan.resource_source(filename)
    if data is not None:
        lines = _split(data)
        cache[filename] = (len(data), None, lines, filename)
        return lines

    if os is None:
        return _read_without_os(filename)

    fullname = filename
    try:
        stat = os.stat(fullname)
    except OSError:
        basename = filename
        # a PEP 302 loader may know the source
        if module_globals and '__loader__' in module_globals:
            name = module_globals.get('__name__')
            loader = module_globals['__loader__']
            get_source = getattr(loader, 'get_source', None)
            if name and get_source:
                try:
                    data = get_source(name)
                except (ImportError, IOError):
                    pass
                else:
                    if data is None:
                        return []
                    cache[filename] = (len(data), None, _split(data), fullname)
                    return cache[filename][2]
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, basename)
            except (TypeError, AttributeError):
                continue
            try:
                stat = os.stat(fullname)
                break
            except os.error:
                pass
        else:
            return []
    try:
        with open(fullname, 'rU') as fp:
            lines = fp.readlines()
    except IOError:
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    size, mtime = stat.st_size, stat.st_mtime
    cache[filename] = size, mtime, lines, fullname
    return lines


def _read_without_os(filename):
    """updatecache when the os module is absent: plain opens, no mtimes."""
    candidates = [filename]
    if not filename.startswith('/'):
        for dirname in sys.path:
            if isinstance(dirname, basestring) and dirname:
                candidates.append(dirname.rstrip('/') + '/' + filename)
    for fullname in candidates:
        try:
            with open(fullname, 'rU') as fp:
                lines = fp.readlines()
        except IOError:
            continue
        if lines and not lines[-1].endswith('\n'):
            lines[-1] += '\n'
        cache[filename] = (sum(map(len, lines)), None, lines, fullname)
        return lines
    return []
