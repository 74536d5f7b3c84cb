"""The sys.path functions of the site module (addsitedir() and its helpers), kept
apart so that start-up does not compile them: site's functions of the same names
call these."""

import sys
import site


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
    if site.USER_BASE is None:
        os = _os()
        base = os.environ.get("PYTHONUSERBASE", None)
        site.USER_BASE = base if base else os.path.expanduser(os.path.join("~", ".local"))
    return site.USER_BASE


def getusersitepackages():
    """The per-user site-packages directory."""
    if site.USER_SITE is None:
        os = _os()
        site.USER_SITE = os.path.join(getuserbase(), "lib", "python" + sys.version[:3], "site-packages")
    return site.USER_SITE


def addusersitepackages(known_paths):
    """Add the per-user site-packages directory, if it exists and is enabled."""
    os = _os()
    user_site = getusersitepackages()
    if site.ENABLE_USER_SITE and os.path.isdir(user_site):
        addsitedir(user_site, known_paths)
    return known_paths


def getsitepackages():
    """The global site-packages directories under each of PREFIXES."""
    os = _os()
    found = []
    done = set()
    for prefix in site.PREFIXES:
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
