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


def _os():
    import os
    return os


def makepath(*parts):
    """Return (absolute path, case-normalised path) of the joined parts."""
    os = _os()
    path = os.path.abspath(os.path.join(*parts))
    return path, os.path.normcase(path)


def abs__file__():
    """Make the __file__ of the modules imported so far absolute."""
    os = _os()
    for module in sys.modules.values():
        if module is None:
            continue
        try:
            name = module.__file__
        except (AttributeError, TypeError):
            continue
        if name.startswith('__pyclasspath__'):
            continue
        try:
            module.__file__ = os.path.abspath(name)
        except (AttributeError, OSError, TypeError):
            pass


def removeduppaths():
    """Make sys.path entries absolute and drop duplicates; return the set of entries."""
    seen = set()
    result = []
    for entry in sys.path:
        if entry.startswith('__pyclasspath__'):
            path = case = entry
        else:
            path, case = makepath(entry)
        if case not in seen:
            seen.add(case)
            result.append(path)
    sys.path[:] = result
    return seen


def _init_pathinfo():
    """The set of (normalised) directories already on sys.path."""
    os = _os()
    known = set()
    for entry in sys.path:
        try:
            if os.path.isdir(entry):
                known.add(makepath(entry)[1])
        except TypeError:
            continue
    return known


def addpackage(sitedir, name, known_paths):
    """Process the .pth file `name` of `sitedir`: each line names a directory to
    add to sys.path; lines starting with 'import' are executed; '#' starts a comment."""
    os = _os()
    reset = known_paths is None
    if reset:
        known_paths = _init_pathinfo()
    fullname = os.path.join(sitedir, name)
    try:
        f = open(fullname, "rU")
    except IOError:
        return None
    try:
        for number, line in enumerate(f):
            if line.startswith("#"):
                continue
            try:
                if line.startswith(("import ", "import\t")):
                    exec line
                    continue
                line = line.rstrip()
                path, case = makepath(sitedir, line)
                if case not in known_paths and os.path.exists(path):
                    sys.path.append(path)
                    known_paths.add(case)
            except Exception:
                print >>sys.stderr, "Error processing line %d of %s:\n" % (number + 1, fullname)
                import traceback
                for record in traceback.format_exception(*sys.exc_info()):
                    for text in record.splitlines():
                        print >>sys.stderr, '  ' + text
                print >>sys.stderr, "\nRemainder of file ignored"
                break
    finally:
        f.close()
    if reset:
        known_paths = None
    return known_paths


def addsitedir(sitedir, known_paths=None):
    """Add `sitedir` to sys.path (if not there yet) and process its .pth files."""
    os = _os()
    reset = known_paths is None
    if reset:
        known_paths = _init_pathinfo()
    sitedir, case = makepath(sitedir)
    if case not in known_paths:
        sys.path.append(sitedir)
        known_paths.add(case)
    try:
        names = os.listdir(sitedir)
    except os.error:
        return known_paths
    for name in sorted(n for n in names if n.endswith(os.extsep + "pth")):
        addpackage(sitedir, name, known_paths)
    if reset:
        known_paths = None
    return known_paths


def check_enableusersite():
    """Whether a per-user site directory may be used: not with -s, nor when the
    process runs with a different effective user or group id."""
    if sys.flags.no_user_site:
        return False
    os = _os()
    if hasattr(os, "getuid") and hasattr(os, "geteuid") and os.geteuid() != os.getuid():
        return None
    if hasattr(os, "getgid") and hasattr(os, "getegid") and os.getegid() != os.getgid():
        return None
    return True


def getuserbase():
    """The per-user base directory: $PYTHONUSERBASE, else ~/.local."""
    global USER_BASE
    if USER_BASE is None:
        os = _os()
        base = os.environ.get("PYTHONUSERBASE", None)
        USER_BASE = base if base else os.path.expanduser(os.path.join("~", ".local"))
    return USER_BASE


def getusersitepackages():
    """The per-user site-packages directory."""
    global USER_SITE
    if USER_SITE is None:
        os = _os()
        USER_SITE = os.path.join(getuserbase(), "lib", "python" + sys.version[:3], "site-packages")
    return USER_SITE


def addusersitepackages(known_paths):
    """Add the per-user site-packages directory, if it exists and is enabled."""
    os = _os()
    user_site = getusersitepackages()
    if ENABLE_USER_SITE and os.path.isdir(user_site):
        addsitedir(user_site, known_paths)
    return known_paths


def getsitepackages():
    """The global site-packages directories under each of PREFIXES."""
    os = _os()
    found = []
    done = set()
    for prefix in PREFIXES:
        if not prefix or prefix in done:
            continue
        done.add(prefix)
        found.append(os.path.join(prefix, "lib", "python" + sys.version[:3], "site-packages"))
        found.append(os.path.join(prefix, "lib", "site-python"))
    return found


def addsitepackages(known_paths):
    """Add the existing global site-packages directories."""
    os = _os()
    for sitedir in getsitepackages():
        if os.path.isdir(sitedir):
            addsitedir(sitedir, known_paths)
    return known_paths


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
        "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
        "    for supporting Python development.  See www.python.org for more information."))
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
