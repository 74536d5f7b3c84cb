"""Python part of the warnings subsystem."""

# Taipan's warnings module, written for Taipan.  It has no C accelerator: the
# filters, the registries and the showing of warnings all live here.

import linecache
import sys
import types

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# The filter list: (action, message regex or None, category,
#                   module regex or None, lineno) tuples, first match wins.
filters = []
defaultaction = "default"
onceregistry = {}
_warnings_defaults = False


def warnpy3k(message, category=None, stacklevel=1):
    """Issue a deprecation warning for Python 3.x related changes.

    Warnings are omitted unless Python is started with the -3 option.
    """
    if sys.py3kwarning:
        if category is None:
            category = DeprecationWarning
        warn(message, category, stacklevel + 1)


def _show_warning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except IOError:
        pass  # the file (probably stderr) is invalid: the warning gets lost

# Kept under both names so that code restoring the original can find it.
showwarning = _show_warning


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    try:
        message = str(message)
    except UnicodeEncodeError:
        pass  # a non-ASCII unicode message makes the whole text unicode
    s = "%s: %s: %s\n" % (lineno, category.__name__, message)
    if line is None:
        line = linecache.getline(filename, lineno)
    if line:
        line = line.strip()
        if isinstance(s, unicode) and isinstance(line, str):
            line = unicode(line, 'latin1')
        s += "  %s\n" % line
    if isinstance(s, unicode) and isinstance(filename, str):
        enc = sys.getfilesystemencoding()
        if enc:
            try:
                filename = unicode(filename, enc)
            except UnicodeDecodeError:
                pass
    return "%s:%s" % (filename, s)


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=0):
    """Adds a filter (to the front, or the end with append): warnings of
    a subclass of category whose text matches the regex message
    (case-insensitive), issued from a module matching the regex module
    at line lineno (0: any) get the action: "error", "ignore", "always",
    "default", "module" or "once"."""
    import re
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, basestring), "message must be a string"
    assert isinstance(category, (type, types.ClassType)), \
        "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, basestring), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    entry = (action, re.compile(message, re.I), category,
             re.compile(module), lineno)
    _add_filter(entry, append)


def simplefilter(action, category=Warning, lineno=0, append=0):
    """Adds a filter that matches every message and module: action for
    warnings of category at line lineno (0: any); append as for
    filterwarnings."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter((action, None, category, None, lineno), append)


def _add_filter(entry, append):
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []


class _OptionError(Exception):
    """Exception used by option processing helpers."""
    pass


def _processoptions(args):
    """Applies the -W options (sys.warnoptions); bad ones are reported."""
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError, msg:
            print >>sys.stderr, "Invalid -W option ignored:", msg


def _setoption(arg):
    """Applies one -W option: action:message:category:module:lineno."""
    import re
    fields = arg.split(':')
    if len(fields) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    fields = [f.strip() for f in fields] + [''] * (5 - len(fields))
    action, message, category, module, lineno = fields
    action = _getaction(action)
    message = re.escape(message)
    category = _getcategory(category)
    module = re.escape(module)
    if module:
        module = module + '$'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,))
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    """The full action name for a -W abbreviation."""
    if not action:
        return "default"
    if action == "all":
        return "always"
    for name in ("default", "always", "ignore", "module", "once", "error"):
        if name.startswith(action):
            return name
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    """The warning class named by a -W option (builtin or module.Class)."""
    import re
    if not category:
        return Warning
    if re.match("^[a-zA-Z0-9_]+$", category):
        try:
            cat = eval(category)
        except NameError:
            raise _OptionError("unknown warning category: %r" % (category,))
    else:
        dot = category.rfind(".")
        modname, klass = category[:dot], category[dot + 1:]
        try:
            m = __import__(modname, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,))
        try:
            cat = getattr(m, klass)
        except AttributeError:
            raise _OptionError("unknown warning category: %r" % (category,))
    if not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


def warn(message, category=None, stacklevel=1):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not issubclass(category, Warning):
        raise ValueError("category is not a subclass of Warning")
    try:
        caller = sys._getframe(stacklevel)
    except ValueError:
        globals = sys.__dict__
        lineno = 1
    else:
        globals = caller.f_globals
        lineno = caller.f_lineno
    if '__name__' in globals:
        module = globals['__name__']
    else:
        module = "<string>"
    filename = globals.get('__file__')
    if filename:
        lower = filename.lower()
        if lower.endswith((".pyc", ".pyo")):
            filename = filename[:-1]
        elif lower.endswith("$py.class"):
            filename = filename[:-9] + '.py'
    else:
        if module == "__main__":
            try:
                filename = sys.argv[0]
            except (AttributeError, IndexError):
                filename = '__main__'
        if not filename:
            filename = module
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals)


def _matches(pattern, text):
    return pattern is None or pattern.match(text)


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None):
    """Low-level interface to warnings: the caller gives the location."""
    if not isinstance(lineno, (int, long)) or isinstance(lineno, bool):
        raise TypeError("an integer is required")
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        registry[key] = True
        return

    # a PEP 302 loader may know the source the warning's line comes from
    linecache.getlines(filename, module_globals)

    if action == "error":
        raise message
    if action == "once":
        registry[key] = True
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = True
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = True
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = True
    elif action == "default":
        registry[key] = True
    else:
        raise RuntimeError(
            "Unrecognized action (%r) in warnings.filters:\n %s" %
            (action, item))
    show = globals().get('showwarning', _show_warning)
    if not hasattr(show, '__call__'):
        raise TypeError("warnings.showwarning() must be set to a "
                        "function or method")
    show(message, category, filename, lineno)


class WarningMessage(object):
    """Holds the result of a single showwarning() call."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """Saves warnings.filters and warnings.showwarning on entry and
    restores them on exit.  With record=True, showwarning is replaced by
    one that appends a WarningMessage per warning to the list __enter__
    returns.  module selects another warnings module (for its tests)."""

    def __init__(self, record=False, module=None):
        self._record = record
        if module is None:
            module = sys.modules['warnings']
        self._module = module
        self._entered = False

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._showwarning = self._module.showwarning
        if not self._record:
            return None
        log = []

        def showwarning(*args, **kwargs):
            log.append(WarningMessage(*args, **kwargs))
        self._module.showwarning = showwarning
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module.showwarning = self._showwarning


def _install_defaults():
    """The filters a fresh interpreter starts with (flags -3 and -b apply)."""
    if not sys.py3kwarning:
        simplefilter("ignore", category=DeprecationWarning, append=1)
    simplefilter("ignore", category=PendingDeprecationWarning, append=1)
    simplefilter("ignore", category=ImportWarning, append=1)
    bytes_warning = sys.flags.bytes_warning
    if bytes_warning > 1:
        bytes_action = "error"
    elif bytes_warning:
        bytes_action = "default"
    else:
        bytes_action = "ignore"
    simplefilter(bytes_action, category=BytesWarning, append=1)

# The interpreter's half (_warnings) holds the filters and does the warning
# when it is there; without it (blocked, as the tests of this module do) the
# Python versions above serve.
try:
    from _warnings import (filters, default_action, once_registry,
                           warn, warn_explicit)
    defaultaction = default_action
    onceregistry = once_registry
    _warnings_defaults = True
except ImportError:
    pass

if not _warnings_defaults:
    _install_defaults()
_processoptions(sys.warnoptions)
