"""Backport of importlib.import_module from 3.x."""

# Taipan's importlib (the 2.7 subset: import_module), written for Taipan.

import sys


def _resolve_name(name, package, level):
    """The absolute name of a relative import of name, level dots deep."""
    if not hasattr(package, 'rindex'):
        raise ValueError("'package' not set to a string")
    end = len(package)
    for _ in xrange(level, 1, -1):
        try:
            end = package.rindex('.', 0, end)
        except ValueError:
            raise ValueError("attempted relative import beyond top-level "
                             "package")
    return "%s.%s" % (package[:end], name)


def import_module(name, package=None):
    """Imports the module name and returns it (not its top-level package).
    A name starting with dots is relative to the package named by package."""
    if name.startswith('.'):
        if not package:
            raise TypeError("relative imports require the 'package' argument")
        level = len(name) - len(name.lstrip('.'))
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]
