"""Provide access to Python's configuration information: the installation
paths and the build-time configuration variables."""

# Taipan's sysconfig, written for Taipan.  Taipan has no Makefile or
# pyconfig.h: its configuration variables describe the Java build (a Python
# 2.7 on Linux with 64-bit C types, as the C-extension shim of lib-ffi
# presents it).

import sys
import _taipan

__all__ = ['get_config_var', 'get_config_vars',
           'get_path', 'get_path_names', 'get_paths', 'get_platform',
           'get_python_version', 'get_scheme_names', 'parse_config_h',
           'is_python_build']

_INSTALL_SCHEMES = {
    'posix_prefix': {
        'stdlib': '{base}/lib/python{py_version_short}',
        'platstdlib': '{platbase}/lib/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/lib/python{py_version_short}/site-packages',
        'include': '{base}/include/python{py_version_short}',
        'platinclude': '{platbase}/include/python{py_version_short}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_home': {
        'stdlib': '{base}/lib/python',
        'platstdlib': '{base}/lib/python',
        'purelib': '{base}/lib/python',
        'platlib': '{base}/lib/python',
        'include': '{base}/include/python',
        'platinclude': '{base}/include/python',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'nt': {
        'stdlib': '{base}/Lib',
        'platstdlib': '{base}/Lib',
        'purelib': '{base}/Lib/site-packages',
        'platlib': '{base}/Lib/site-packages',
        'include': '{base}/Include',
        'platinclude': '{base}/Include',
        'scripts': '{base}/Scripts',
        'data': '{base}',
    },
    'os2': {
        'stdlib': '{base}/Lib',
        'platstdlib': '{base}/Lib',
        'purelib': '{base}/Lib/site-packages',
        'platlib': '{base}/Lib/site-packages',
        'include': '{base}/Include',
        'platinclude': '{base}/Include',
        'scripts': '{base}/Scripts',
        'data': '{base}',
    },
    'os2_home': {
        'stdlib': '{userbase}/lib/python{py_version_short}',
        'platstdlib': '{userbase}/lib/python{py_version_short}',
        'purelib': '{userbase}/lib/python{py_version_short}/site-packages',
        'platlib': '{userbase}/lib/python{py_version_short}/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
    'nt_user': {
        'stdlib': '{userbase}/Python{py_version_nodot}',
        'platstdlib': '{userbase}/Python{py_version_nodot}',
        'purelib': '{userbase}/Python{py_version_nodot}/site-packages',
        'platlib': '{userbase}/Python{py_version_nodot}/site-packages',
        'include': '{userbase}/Python{py_version_nodot}/Include',
        'scripts': '{userbase}/Scripts',
        'data': '{userbase}',
    },
    'posix_user': {
        'stdlib': '{userbase}/lib/python{py_version_short}',
        'platstdlib': '{userbase}/lib/python{py_version_short}',
        'purelib': '{userbase}/lib/python{py_version_short}/site-packages',
        'platlib': '{userbase}/lib/python{py_version_short}/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
    'osx_framework_user': {
        'stdlib': '{userbase}/lib/python',
        'platstdlib': '{userbase}/lib/python',
        'purelib': '{userbase}/lib/python/site-packages',
        'platlib': '{userbase}/lib/python/site-packages',
        'include': '{userbase}/include',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
}

_SCHEME_KEYS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include',
                'scripts', 'data')
_PY_VERSION = sys.version.split()[0]
_PY_VERSION_SHORT = sys.version[:3]
_PY_VERSION_SHORT_NO_DOT = _PY_VERSION[0] + _PY_VERSION[2]
_PREFIX = None  # set below, once _normpath exists
_EXEC_PREFIX = None
_CONFIG_VARS = None
_USER_BASE = None


def _normpath(path):
    """POSIX path normalisation ('a//b/./c/../d' -> 'a/b/d')."""
    if not path:
        return '.'
    initial = 0
    if path.startswith('/'):
        initial = 2 if path.startswith('//') and not path.startswith('///') \
            else 1
    parts = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not parts) or \
                (parts and parts[-1] == '..'):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = '/'.join(parts)
    if initial:
        path = '/' * initial + path
    return path or '.'


_PREFIX = _normpath(sys.prefix)
_EXEC_PREFIX = _normpath(sys.exec_prefix)


def _dirname(path):
    head = path[:path.rfind('/') + 1]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def _environ_get(name):
    try:
        import os
        return os.environ.get(name)
    except (ImportError, AttributeError):
        return _taipan.getenv(name)


_PROJECT_BASE = _dirname(sys.executable) if sys.executable else ''


def is_python_build():
    """Whether Taipan runs from a CPython source tree (never)."""
    return False

_PYTHON_BUILD = False


def _subst_vars(s, local_vars):
    """s with each {name} replaced from local_vars, else the environment;
    AttributeError("{'name'}") when neither has it."""
    import re

    def replace(m):
        name = m.group(1)
        if name in local_vars:
            return str(local_vars[name])
        value = _environ_get(name)
        if value is not None:
            return value
        raise AttributeError('{%r}' % name)
    return re.sub(r'\{([^{]*?)\}', replace, s)


def _extend_dict(target, other):
    for key, value in other.items():
        if key not in target:
            target[key] = value


def _expand_vars(scheme, vars):
    result = {}
    if vars is None:
        vars = {}
    _extend_dict(vars, get_config_vars())
    for key, value in _INSTALL_SCHEMES[scheme].items():
        result[key] = _normpath(_subst_vars(value, vars))
    return result


def _get_default_scheme():
    return 'posix_prefix'


def _getuserbase():
    base = _environ_get("PYTHONUSERBASE")
    if base:
        return base
    home = _environ_get("HOME") or _taipan.system_property('user.home') or '~'
    return home.rstrip('/') + '/.local'


def _taipan_config_vars():
    """The configuration variables describing Taipan."""
    version = _PY_VERSION_SHORT
    prefix = _PREFIX
    exec_prefix = _EXEC_PREFIX
    libdest = prefix + '/lib/python' + version
    return {
        'prefix': prefix,
        'exec_prefix': exec_prefix,
        'py_version': _PY_VERSION,
        'py_version_short': version,
        'py_version_nodot': _PY_VERSION_SHORT_NO_DOT,
        'base': prefix,
        'platbase': exec_prefix,
        'projectbase': _PROJECT_BASE,
        'userbase': _getuserbase(),
        'srcdir': _PROJECT_BASE,
        'VERSION': version,
        'LIBDEST': libdest,
        'BINLIBDEST': exec_prefix + '/lib/python' + version,
        'INCLUDEPY': prefix + '/include/python' + version,
        'LIBDIR': exec_prefix + '/lib',
        'BINDIR': exec_prefix + '/bin',
        'LIBPL': libdest + '/config',
        'MACHDEP': sys.platform,
        'SO': '.so',
        'EXE': '',
        'WITH_DOC_STRINGS': 1,
        'WITH_THREAD': 1,
        'Py_DEBUG': 0,
        'Py_ENABLE_SHARED': 0,
        'Py_UNICODE_SIZE': 4,
        'HAVE_FORK': 1,
        'SIZEOF_INT': 4,
        'SIZEOF_LONG': 8,
        'SIZEOF_LONG_LONG': 8,
        'SIZEOF_SHORT': 2,
        'SIZEOF_FLOAT': 4,
        'SIZEOF_DOUBLE': 8,
        'SIZEOF_VOID_P': 8,
        'SIZEOF_SIZE_T': 8,
        'SIZEOF_OFF_T': 8,
        'SIZEOF_TIME_T': 8,
        'SIZEOF_WCHAR_T': 4,
        'SIZEOF_PID_T': 4,
        'SIZEOF_FPOS_T': 16,
        'SIZEOF_UINTPTR_T': 8,
        'WORDS_BIGENDIAN': int(sys.byteorder == 'big'),
    }


def get_config_vars(*args):
    """With no arguments, the dictionary of all configuration variables;
    with names, the list of their values (None for unknown names)."""
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        _CONFIG_VARS = _taipan_config_vars()
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    """The value of one configuration variable (None if unknown)."""
    return get_config_vars().get(name)


def get_scheme_names():
    """The names of the installation schemes, sorted."""
    return tuple(sorted(_INSTALL_SCHEMES))


def get_path_names():
    """The names of the paths every scheme defines."""
    return _SCHEME_KEYS


def get_paths(scheme=_get_default_scheme(), vars=None, expand=True):
    """The installation paths of scheme: expanded with the configuration
    variables (and vars), or the templates when expand is false."""
    if expand:
        return _expand_vars(scheme, vars)
    return _INSTALL_SCHEMES[scheme]


def get_path(name, scheme=_get_default_scheme(), vars=None, expand=True):
    """One installation path of scheme (see get_paths)."""
    return get_paths(scheme, vars, expand)[name]


def get_python_version():
    """The 'major.minor' version of the Python language."""
    return _PY_VERSION_SHORT


def _uname():
    """(sysname, nodename, release, version, machine) of this system."""
    try:
        import os
        return os.uname()
    except (ImportError, AttributeError):
        import platform
        return platform.uname()[:5]


def _os_name():
    try:
        import os
        return os.name
    except ImportError:
        return 'posix'


def get_platform():
    """The platform name build tools use: for Linux the system name in lower
    case and the machine, e.g. 'linux-x86_64'; 'win32', 'win-amd64',
    'macosx-10.4-fat', 'solaris-2.6-sun4u' ... elsewhere."""
    import re
    if _os_name() == 'nt':
        # the bitness is in the compiler's part of sys.version
        start = sys.version.find(" bit (")
        if start < 0:
            return sys.platform
        end = sys.version.find(")", start)
        look = sys.version[start + len(" bit ("):end].lower()
        return {'amd64': 'win-amd64', 'itanium': 'win-ia64'}.get(
            look, sys.platform)
    host_platform = _environ_get("_PYTHON_HOST_PLATFORM")
    if host_platform:
        return host_platform
    if _os_name() != 'posix':
        return sys.platform
    osname, host, release, version, machine = tuple(_uname())[:5]
    osname = osname.lower().replace('/', '')
    machine = machine.replace(' ', '_').replace('/', '-')
    if osname[:5] == "linux":
        return "%s-%s" % (osname, machine)
    if osname[:5] == "sunos":
        if release[0] >= "5":
            osname = "solaris"
            release = "%d.%s" % (int(release[0]) - 3, release[2:])
            machine += {2147483647: ".32bit"}.get(sys.maxint, ".64bit")
    elif osname[:4] == "irix":
        return "%s-%s" % (osname, release)
    elif osname[:3] == "aix":
        return "%s-%s.%s" % (osname, version, release)
    elif osname[:6] == "cygwin":
        osname = "cygwin"
        m = re.match(r'[\d.]+', release)
        if m:
            release = m.group()
    elif osname[:6] == "darwin":
        osname, release, machine = _macosx_platform(osname, release, machine)
    return "%s-%s-%s" % (osname, release, machine)


# The machine names of Mac OS X universal builds, by their set of -arch flags.
_MAC_ARCHS = {
    ('i386', 'ppc'): 'fat',
    ('i386', 'x86_64'): 'intel',
    ('i386', 'ppc', 'x86_64'): 'fat3',
    ('ppc64', 'x86_64'): 'fat64',
    ('i386', 'ppc', 'ppc64', 'x86_64'): 'universal',
}


def _macosx_platform(osname, release, machine):
    """(osname, release, machine) for Mac OS X: the deployment target is the
    release; universal builds are named by their architectures."""
    import re
    cfgvars = get_config_vars()
    macver = cfgvars.get('MACOSX_DEPLOYMENT_TARGET')
    if not macver:
        return osname, release, machine
    cflags = cfgvars.get('CFLAGS', '')
    if (macver + '.') >= '10.4.' and '-arch' in cflags.strip():
        archs = tuple(sorted(set(re.findall(r'-arch\s+(\S+)', cflags))))
        if len(archs) == 1:
            machine = archs[0]
        elif archs in _MAC_ARCHS:
            machine = _MAC_ARCHS[archs]
        else:
            raise ValueError("Don't know machine value for archs=%r"
                             % (archs,))
    elif machine == 'i386':
        if sys.maxint >= 2 ** 32:
            machine = 'x86_64'
    elif machine in ('PowerPC', 'Power_Macintosh'):
        machine = 'ppc64' if sys.maxint >= 2 ** 32 else 'ppc'
    return "macosx", macver, machine


def parse_config_h(fp, vars=None):
    """Reads the #define and #undef lines of a pyconfig.h-style file into
    the dictionary vars (a new one when None) and returns it."""
    import re
    define_rx = re.compile("#define ([A-Z][A-Za-z0-9_]+) (.*)\n")
    undef_rx = re.compile("/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n")
    if vars is None:
        vars = {}
    for line in iter(fp.readline, ''):
        m = define_rx.match(line)
        if m:
            name, value = m.group(1, 2)
            try:
                value = int(value)
            except ValueError:
                pass
            vars[name] = value
            continue
        m = undef_rx.match(line)
        if m:
            vars[m.group(1)] = 0
    return vars
