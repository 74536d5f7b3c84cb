"""Access to the import machinery: finding and loading modules by hand,
the import lock, and the constants describing kinds of module."""

# Taipan's imp module, written for Taipan.  Modules are Python source files
# (in directories or among Taipan's own library resources) or builtin (Java)
# modules; Taipan writes and reads no .pyc files.

import sys
import _taipan

SEARCH_ERROR = 0
PY_SOURCE = 1
PY_COMPILED = 2
C_EXTENSION = 3
PY_RESOURCE = 4
PKG_DIRECTORY = 5
C_BUILTIN = 6
PY_FROZEN = 7
PY_CODERESOURCE = 8
IMP_HOOK = 9

_CLASSPATH = "__pyclasspath__"

# Modules that exist from start-up and cannot be initialised again.
_UNRELOADABLE = ("__builtin__", "__main__", "exceptions", "sys")

acquire_lock = _taipan.import_lock_acquire
release_lock = _taipan.import_lock_release
lock_held = _taipan.import_lock_held
reload = reload


def get_magic():
    """The 4 bytes starting a 2.7 .pyc file (Taipan itself writes none)."""
    return '\x03\xf3\r\n'


def get_suffixes():
    """The (suffix, open mode, module kind) of each kind of module file
    find_module looks for."""
    return [('.py', 'U', PY_SOURCE)]


def new_module(name):
    """A new, empty module called name (not put in sys.modules)."""
    module = type(sys)(name)
    if '__package__' not in module.__dict__:
        module.__package__ = None
    return module


def is_builtin(name):
    """1 for a builtin module, -1 for one that cannot be initialised again,
    0 for any other name."""
    if name not in sys.builtin_module_names:
        return 0
    return -1 if name in _UNRELOADABLE else 1


def is_frozen(name):
    """Whether name is a frozen module (Taipan has none)."""
    return False


def init_builtin(name):
    """The builtin module name, initialised if needed (None if name is not
    a builtin module)."""
    if is_builtin(name) == 0:
        return None
    if name in sys.modules:
        return sys.modules[name]
    if name == "__main__":
        raise ImportError("Cannot re-init internal module %s" % name)
    __import__(name)
    return sys.modules[name]


def init_frozen(name):
    """Initialize a frozen module (Taipan has none: always None)."""
    return None


class _ResourceFile(object):
    """A read-only file over the source of one of Taipan's library modules
    (a class-path resource rather than a file on disk)."""

    def __init__(self, name, data):
        self.name = name
        self.mode = 'U'
        self.closed = False
        self._lines = data.splitlines(True)
        self._pos = 0

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def read(self, size=-1):
        self._check()
        rest = ''.join(self._lines[self._pos:])
        self._pos = len(self._lines)
        if size is not None and 0 <= size < len(rest):
            self._lines[self._pos:] = rest[size:].splitlines(True)
            rest = rest[:size]
        return rest

    def readline(self):
        self._check()
        if self._pos >= len(self._lines):
            return ''
        self._pos += 1
        return self._lines[self._pos - 1]

    def readlines(self):
        self._check()
        rest = self._lines[self._pos:]
        self._pos = len(self._lines)
        return rest

    def __iter__(self):
        return iter(self.readline, '')

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __repr__(self):
        state = "closed" if self.closed else "open"
        return "<%s resource file %r, mode %r>" % (state, self.name, self.mode)


def _join(directory, name):
    if directory and not directory.endswith('/'):
        return directory + '/' + name
    return directory + name


def _is_resource_dir(entry):
    return entry == _CLASSPATH or entry.startswith(_CLASSPATH + '/')


def _open_source(filename, mode):
    """The opened file, or None when it does not exist (or is a directory)."""
    if _is_resource_dir(filename.rsplit('/', 1)[0]):
        data = _taipan.resource_source(filename)
        return None if data is None else _ResourceFile(filename, data)
    try:
        return open(filename, mode)
    except IOError:
        return None


def _has_init(package_dir):
    f = _open_source(_join(package_dir, '__init__.py'), 'U')
    if f is None:
        return False
    f.close()
    return True


def find_module(name, path=None):
    """find_module(name, [path]) -> (file, filename, (suffix, mode, type))
    Looks for the top-level module name among the builtin modules and then
    in the directories of path (default sys.path); for a submodule, pass
    its last name and the package's __path__."""
    if path is None:
        if name in sys.builtin_module_names:
            return (None, name, ('', '', C_BUILTIN))
        path = sys.path
    if not isinstance(path, list):
        raise RuntimeError("sys.path must be a list of directory names")
    for entry in path:
        if isinstance(entry, unicode):
            try:
                entry = entry.encode(sys.getfilesystemencoding() or 'ascii')
            except UnicodeError:
                continue
        if not isinstance(entry, str):
            continue
        candidate = _join(entry, name)
        if _has_init(candidate):
            return (None, candidate, ('', '', PKG_DIRECTORY))
        for suffix, mode, kind in get_suffixes():
            f = _open_source(candidate + suffix, mode)
            if f is not None:
                return (f, candidate + suffix, (suffix, mode, kind))
    raise ImportError("No module named " + name)


def _exec_source(name, pathname, source):
    """Runs source as module name (re-using the module in sys.modules);
    on failure the module leaves sys.modules, as CPython's import does."""
    code = compile(source, pathname, 'exec')
    module = sys.modules.get(name)
    if module is None:
        module = sys.modules[name] = new_module(name)
    module.__file__ = pathname
    try:
        exec code in module.__dict__
    except:
        sys.modules.pop(name, None)
        raise
    return sys.modules.get(name, module)


def load_source(name, pathname, file=None):
    """Load (or reload) module name from the Python source pathname
    (read from file when given)."""
    if file is None:
        file = _open_source(pathname, 'U')
        if file is None:
            raise IOError(2, "No such file or directory")
        try:
            source = file.read()
        finally:
            file.close()
    else:
        source = file.read()
    if not source.endswith('\n'):
        source += '\n'
    return _exec_source(name, pathname, source)


def load_package(name, path):
    """Load the package name from its directory path (runs its __init__)."""
    module = sys.modules.get(name)
    if module is None:
        module = sys.modules[name] = new_module(name)
    module.__path__ = [path]
    module.__file__ = _join(path, '__init__.py')
    try:
        f, filename, description = find_module('__init__', [path])
    except ImportError:
        sys.modules.pop(name, None)
        raise
    try:
        return load_module(name, f, filename, description)
    finally:
        if f is not None:
            f.close()


def load_module(name, file, filename, description):
    """load_module(name, file, filename, (suffix, mode, type)) -> module
    Loads the module find_module found, under its full dotted name."""
    suffix, mode, kind = description
    if mode and not (mode.startswith('r') or mode.startswith('U')):
        raise ValueError("invalid file open mode %s" % mode)
    if kind == PY_SOURCE:
        if file is None:
            raise ValueError("file object required for import (type code %d)"
                             % kind)
        return load_source(name, filename, file)
    if kind == PKG_DIRECTORY:
        return load_package(name, filename)
    if kind in (C_BUILTIN, PY_FROZEN) and filename:
        name = filename
    if kind == C_BUILTIN:
        if is_builtin(name) == 0:
            raise ImportError("Purported builtin module %s not found" % name)
        return init_builtin(name)
    if kind == PY_FROZEN:
        raise ImportError("Purported frozen module %s not found" % name)
    raise ImportError("Don't know how to import %s (type code %d)"
                      % (name, kind))


class NullImporter(object):
    """The importer for path entries nothing else can import from: it
    finds nothing."""

    def __init__(self, path):
        if not path:
            raise ImportError("empty pathname")
        try:
            open(path).close()
        except IOError, e:
            if e.errno == 21:  # EISDIR: plain directories are not its job
                raise ImportError("existing directory")

    def find_module(self, fullname, path=None):
        """Always returns None."""
        return None
