"""The interpreter's part of the warnings machinery: the filters and the
registries, warn() and warn_explicit()."""

# Taipan's _warnings, written for Taipan: the interpreter-level half of the
# warnings machinery (CPython's is in C).  Its state is looked up in the
# module sys.modules['warnings'] at each call (filters, onceregistry,
# defaultaction, showwarning), falling back to the last values seen there,
# or to this module's own defaults before warnings is imported.

import sys


def _initial_filters():
    """The filters of a fresh interpreter (the -3 and -b flags apply)."""
    result = []
    if not sys.py3kwarning:
        result.append(('ignore', None, DeprecationWarning, None, 0))
    result.append(('ignore', None, PendingDeprecationWarning, None, 0))
    result.append(('ignore', None, ImportWarning, None, 0))
    bytes_warning = sys.flags.bytes_warning
    if bytes_warning > 1:
        action = 'error'
    elif bytes_warning:
        action = 'default'
    else:
        action = 'ignore'
    result.append((action, None, BytesWarning, None, 0))
    return result

filters = _initial_filters()
default_action = 'default'
once_registry = {}

_MISSING = object()
# The values last found in the warnings module, used once they are deleted.
_state = {'filters': filters, 'onceregistry': once_registry,
          'defaultaction': default_action}


def _warnings_attr(name):
    module = sys.modules.get('warnings')
    if module is None:
        return _MISSING
    return getattr(module, name, _MISSING)


def _get_filters():
    value = _warnings_attr('filters')
    if value is _MISSING:
        return _state['filters']
    if not isinstance(value, list):
        raise ValueError("_warnings.filters must be a list")
    _state['filters'] = value
    return value


def _get_once_registry():
    value = _warnings_attr('onceregistry')
    if value is _MISSING:
        return _state['onceregistry']
    if not isinstance(value, dict):
        raise TypeError("warnings.onceregistry must be a dict")
    _state['onceregistry'] = value
    return value


def _get_default_action():
    value = _warnings_attr('defaultaction')
    if value is _MISSING:
        return _state['defaultaction']
    _state['defaultaction'] = value
    return value


def _matches(pattern, text):
    return pattern is None or bool(pattern.match(text))


def _get_filter(category, text, lineno, module):
    """(action, filter item) for a warning; item is None for the default."""
    for i, item in enumerate(_get_filters()):
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % i)
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            return action, item
    action = _get_default_action()
    if not isinstance(action, basestring):
        raise TypeError("expected string or Unicode object, %s found"
                        % type(action).__name__)
    return action, None


def _show_warning(message, category, filename, lineno, module_globals):
    """Writes the warning to sys.stderr (warnings.showwarning is missing)."""
    import linecache
    stderr = getattr(sys, 'stderr', None)
    if stderr is None:
        return
    name = getattr(category, '__name__', '<unknown>')
    text = "%s:%s: %s: %s\n" % (filename, lineno, name, message)
    if isinstance(filename, basestring):
        line = linecache.getline(filename, lineno, module_globals)
        if line:
            text += "  %s\n" % line.strip()
    try:
        stderr.write(text)
    except IOError:
        pass


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None):
    """Issues a warning whose location the caller gives."""
    if not isinstance(lineno, (int, long)) or isinstance(lineno, bool):
        raise TypeError("an integer is required")
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module is None:
        if not filename:
            module = "<unknown>"
        elif filename[-3:] == ".py":
            module = filename[:-3]
        else:
            module = filename
    if isinstance(message, Warning):
        text = str(message)
        category = type(message)
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and registry.get(key):
        return
    action, item = _get_filter(category, text, lineno, module)
    if action == "error":
        raise message
    if action == "ignore":
        if registry is not None:
            registry[key] = True
        return
    if action == "once":
        if registry is not None:
            registry[key] = True
            once = registry
        else:
            once = _get_once_registry()
        if once.get((text, category)):
            return
        once[(text, category)] = True
    elif action == "module":
        if registry is not None:
            registry[key] = True
            if registry.get((text, category)):
                return
            registry[(text, category)] = True
    elif action == "default":
        if registry is not None:
            registry[key] = True
    elif action != "always":
        raise RuntimeError("Unrecognized action (%s) in warnings.filters:\n %s"
                           % (action, item))
    show = _warnings_attr('showwarning')
    if show is _MISSING:
        _show_warning(text, category, filename, lineno, module_globals)
        return
    if not hasattr(show, '__call__'):
        raise TypeError("warnings.showwarning() must be set to a "
                        "function or method")
    show(message, category, filename, lineno)


def warn(message, category=None, stacklevel=1):
    """Issues a warning from the caller stacklevel frames up: shown,
    ignored or raised as the filters say."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not issubclass(category, Warning):
        raise ValueError("category is not a subclass of Warning")
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals = sys.__dict__
        lineno = 1
    else:
        globals = frame.f_globals
        lineno = frame.f_lineno
    module = globals.get('__name__', "<string>")
    registry = globals.get('__warningregistry__')
    if registry is None:
        registry = globals['__warningregistry__'] = {}
    filename = globals.get('__file__')
    if filename is not None:
        if filename[-4:].lower() in ('.pyc', '.pyo'):
            filename = filename[:-1]
    else:
        if module == "__main__":
            argv = getattr(sys, 'argv', None)
            if argv:
                filename = argv[0] or "__main__"
            else:
                filename = "__main__"
        if filename is None:
            filename = module
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals)
