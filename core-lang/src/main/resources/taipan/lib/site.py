"""Site-specific configuration for Taipan.

Imported at start-up unless the interpreter runs with -S.  It puts the
interactive helpers exit, quit, help, copyright, credits and license into
__builtin__, imports the optional sitecustomize and usercustomize modules
and, as CPython's site module does, removes sys.setdefaultencoding
(reload(sys) brings it back).

addsitedir() adds a directory to sys.path and processes the .pth files it
holds; getsitepackages(), getuserbase() and getusersitepackages() tell where
site directories would be.  Taipan adds no site-packages directory of its
own at start-up.
"""

import sys
import __builtin__

PREFIXES = [sys.prefix, sys.exec_prefix]
# Taipan does not add CPython's per-user site-packages directory at start-up.
ENABLE_USER_SITE = False
USER_SITE = None
USER_BASE = None


def _from_sitepaths(name):
    def function(*args, **kwds):
        import _sitepaths
        return getattr(_sitepaths, name)(*args, **kwds)
    function.__name__ = name
    return function

# addsitedir() and the other sys.path functions are compiled on first use
for _name in ('makepath',
              'abs__file__',
              'removeduppaths',
              '_init_pathinfo',
              'addpackage',
              'addsitedir',
              'check_enableusersite',
              'getuserbase',
              'getusersitepackages',
              'addusersitepackages',
              'getsitepackages',
              'addsitepackages'):
    globals()[_name] = _from_sitepaths(_name)
del _name


def setquit():
    """Install exit and quit: objects that show how to leave the interpreter and
    raise SystemExit when called."""
    eof = 'Ctrl-D (i.e. EOF)'

    class Quitter(object):
        def __init__(self, name):
            self.name = name

        def __repr__(self):
            return 'Use ' + self.name + '() or ' + eof + ' to exit'

        def __call__(self, code=None):
            # front ends that catch SystemExit notice that their stdin was closed
            try:
                sys.stdin.close()
            except:
                pass
            raise SystemExit(code)

    __builtin__.quit = Quitter('quit')
    __builtin__.exit = Quitter('exit')


class _Printer(object):
    """A text shown by its repr when short, else one screen at a time when called
    (the text comes from the first of `files` found in `dirs`, else `data`)."""

    MAXLINES = 23

    def __init__(self, name, data, files=(), dirs=()):
        self.__name = name
        self.__data = data
        self.__files = files
        self.__dirs = dirs
        self.__lines = None

    def __setup(self):
        if self.__lines is not None:
            return
        text = None
        dirs = self.__dirs
        if self.__files and callable(dirs):
            try:
                dirs = dirs()
            except ImportError:
                dirs = ()
        for directory in dirs:
            for filename in self.__files:
                path = directory.rstrip('/') + '/' + filename
                try:
                    f = open(path, 'rU')
                except IOError:
                    continue
                try:
                    text = f.read()
                finally:
                    f.close()
                break
            if text is not None:
                break
        if text is None:
            text = self.__data
        self.__lines = text.split('\n')

    def __repr__(self):
        self.__setup()
        if len(self.__lines) <= self.MAXLINES:
            return '\n'.join(self.__lines)
        return 'Type ' + self.__name + '() to see the full ' + self.__name + ' text'

    def __call__(self):
        self.__setup()
        prompt = 'Hit Return for more, or q (and Return) to quit: '
        shown = 0
        total = len(self.__lines)
        while shown < total:
            for line in self.__lines[shown:shown + self.MAXLINES]:
                print line
            shown += self.MAXLINES
            if shown >= total:
                break
            answer = None
            while answer not in ('', 'q'):
                answer = raw_input(prompt)
            if answer == 'q':
                break


def _license_dirs():
    import os
    return [sys.prefix, os.curdir]


def setcopyright():
    """Install copyright, credits and license."""
    __builtin__.copyright = _Printer("copyright", sys.copyright)
    __builtin__.credits = _Printer("credits", (
        "    Taipan implements the Python 2.7 language on the JVM; thanks to everyone\n"
        "    who designed and documented the language.  See www.python.org."))
    __builtin__.license = _Printer("license", "See https://www.python.org/psf/license/",
                                   ("LICENSE.txt", "LICENSE"), _license_dirs)


class _Helper(object):
    """help(): the interactive help of the pydoc module."""

    def __repr__(self):
        return ("Type help() for interactive help, "
                "or help(object) for help about object.")

    def __call__(self, *args, **kwds):
        import pydoc
        return pydoc.help(*args, **kwds)


def sethelper():
    __builtin__.help = _Helper()


def aliasmbcs():
    """Only meaningful on Windows."""


def setencoding():
    """The default encoding stays 'ascii', as in CPython's site module."""


def execsitecustomize():
    """Import sitecustomize if it exists; report (but ignore) its errors."""
    try:
        import sitecustomize
    except ImportError:
        pass
    except Exception:
        if sys.flags.verbose:
            sys.excepthook(*sys.exc_info())
        else:
            print >>sys.stderr, "'import sitecustomize' failed; use -v for traceback"


def execusercustomize():
    """Import usercustomize if it exists; report (but ignore) its errors."""
    try:
        import usercustomize
    except ImportError:
        pass
    except Exception:
        if sys.flags.verbose:
            sys.excepthook(*sys.exc_info())
        else:
            print >>sys.stderr, "'import usercustomize' failed; use -v for traceback"


def main():
    setquit()
    setcopyright()
    sethelper()
    aliasmbcs()
    setencoding()
    execsitecustomize()
    if ENABLE_USER_SITE:
        execusercustomize()
    if hasattr(sys, "setdefaultencoding"):
        del sys.setdefaultencoding


main()
