"""Identifying the platform Python runs on: the operating system, the
machine, the Linux distribution, the C library and the Python
implementation and build."""

# Taipan's platform module, written for Taipan.  The operating system is
# asked through os.uname() when lib-os is present, else through /proc and
# the JVM's properties.

import re
import sys
import _taipan

__version__ = '1.0.7'

DEV_NULL = '/dev/null'

_uname_cache = None
_sys_version_cache = {}

# The distributions linux_distribution() knows by their /etc release file.
_supported_dists = (
    'SuSE', 'debian', 'fedora', 'redhat', 'centos',
    'mandrake', 'mandriva', 'rocks', 'slackware', 'yellowdog', 'gentoo',
    'UnitedLinux', 'turbolinux')

# The JVM's names for architectures, as uname(2) reports them.
_JAVA_ARCH = {'amd64': 'x86_64', 'x86_64': 'x86_64', 'i386': 'i686',
              'x86': 'i686', 'aarch64': 'aarch64', 'arm': 'armv7l',
              'ppc64le': 'ppc64le', 's390x': 's390x', 'riscv64': 'riscv64'}


def _read_first_line(path):
    try:
        with open(path) as f:
            return f.readline().strip()
    except IOError:
        return ''


def _os_uname():
    """(sysname, nodename, release, version, machine) from the kernel."""
    try:
        import os
        return tuple(os.uname())
    except (ImportError, AttributeError, EnvironmentError):
        pass
    prop = _taipan.system_property
    sysname = _read_first_line('/proc/sys/kernel/ostype') or \
        (prop('os.name') or '')
    node = _read_first_line('/proc/sys/kernel/hostname')
    release = _read_first_line('/proc/sys/kernel/osrelease') or \
        (prop('os.version') or '')
    version = _read_first_line('/proc/sys/kernel/version')
    arch = prop('os.arch') or ''
    return (sysname, node, release, version, _JAVA_ARCH.get(arch, arch))


def uname():
    """(system, node, release, version, machine, processor): what is known
    of the machine; unknown entries are ''."""
    global _uname_cache
    if _uname_cache is not None:
        return _uname_cache
    system, node, release, version, machine = _os_uname()
    processor = ''
    if system == 'Microsoft' and release == 'Windows':
        system, release = 'Windows', version
    _uname_cache = (system, node, release, version, machine, processor)
    return _uname_cache


def system():
    """The system/OS name, e.g. 'Linux' ('' if unknown)."""
    return uname()[0]


def node():
    """The computer's network name ('' if unknown)."""
    return uname()[1]


def release():
    """The system's release, e.g. '2.6.32' ('' if unknown)."""
    return uname()[2]


def version():
    """The system's release version, e.g. '#3 on degas' ('' if unknown)."""
    return uname()[3]


def machine():
    """The machine type, e.g. 'x86_64' ('' if unknown)."""
    return uname()[4]


def processor():
    """The (real) processor name, e.g. 'amdk6' ('' if unknown)."""
    return uname()[5]


def system_alias(system, release, version):
    """(system, release, version) with the marketing names some systems use
    (SunOS 5 is Solaris 2, IRIX64 is IRIX ...)."""
    if system == 'Rhapsody':
        return 'MacOS X Server', system + release, version
    if system == 'SunOS':
        if release < '5':
            return system, release, version
        parts = release.split('.')
        if parts:
            try:
                parts[0] = str(int(parts[0]) - 3)
            except ValueError:
                pass
            else:
                release = '.'.join(parts)
        if release < '6':
            system = 'Solaris'
        else:
            system = 'Solaris'
        return system, release, version
    if system == 'IRIX64':
        system = 'IRIX'
        version = version + ' (64bit)' if version else '64bit'
        return system, release, version
    if system in ('win32', 'win16'):
        return 'Windows', release, version
    return system, release, version


def _platform(*parts):
    """Joins the non-empty parts with '-' into a filename-friendly string."""
    text = '-'.join(p.strip() for p in parts if len(p))
    text = text.replace(' ', '_')
    for bad in ('/', '\\', ':', ';', '"', '(', ')'):
        text = text.replace(bad, '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    while text.endswith('-'):
        text = text[:-1]
    return text


def _binary(executable):
    """The file to inspect for executable: sys.executable is Taipan's launcher
    script, and the binary really running is the JVM's."""
    if executable != sys.executable:
        return executable
    try:
        with open(executable, 'rb') as f:
            if f.read(4) == '\x7fELF':
                return executable
    except IOError:
        pass
    java_home = _taipan.system_property('java.home')
    return java_home + '/bin/java' if java_home else executable


def platform(aliased=0, terse=0):
    """One string naming the platform, as detailed as possible: e.g.
    'Linux-4.19.0-x86_64-with-debian-10.2'.  aliased applies
    system_alias; terse asks for the shortest useful form."""
    system, node, release, version, machine, processor = uname()
    if aliased:
        system, release, version = system_alias(system, release, version)
    if system == 'Linux':
        distname, distversion, distid = dist('')
        if distname and not terse:
            return _platform(system, release, machine, processor, 'with',
                             distname, distversion, distid)
        libcname, libcversion = libc_ver(sys.executable)
        return _platform(system, release, machine, processor, 'with',
                         libcname + libcversion)
    if system == 'Java':
        r, v, vminfo, (osname, osversion, osarch) = java_ver()
        if terse or not osname:
            return _platform(system, release, version)
        return _platform(system, release, version, 'on', osname, osversion,
                         osarch)
    if terse:
        return _platform(system, release)
    bits, linkage = architecture(sys.executable)
    return _platform(system, release, machine, processor, bits, linkage)


# ---- the C library ---------------------------------------------------------

_libc_search = re.compile(r'(__libc_init)'
                          r'|'
                          r'(GLIBC_([0-9.]+))'
                          r'|'
                          r'(libc(_\w+)?\.so(?:\.(\d[0-9.]*))?)')


def _version_key(v):
    key = []
    for part in v.split('.'):
        try:
            key.append(int(part))
        except ValueError:
            key.append(part)
    return key


def libc_ver(executable=sys.executable, lib='', version='', chunksize=2048):
    """(lib, version) of the C library the file executable is linked
    against, found by scanning it for symbol-version strings; lib and
    version are the defaults when nothing is found."""
    f = open(_binary(executable), 'rb')
    try:
        data = f.read(chunksize)
        pos = 0
        while True:
            m = _libc_search.search(data, pos)
            if not m:
                more = f.read(chunksize)
                if not more:
                    break
                # keep a tail so that a name cut by the chunk is found
                data = data[max(pos, len(data) - 1000):] + more
                pos = 0
                continue
            libcinit, glibc, glibcversion, so, threads, soversion = m.groups()
            if libcinit and not lib:
                lib = 'libc'
            elif glibc:
                if lib != 'glibc':
                    lib = 'glibc'
                    version = glibcversion
                elif _version_key(glibcversion) > _version_key(version):
                    version = glibcversion
            elif so:
                if lib != 'glibc':
                    lib = 'libc'
                    if soversion and (not version or _version_key(soversion)
                                      > _version_key(version)):
                        version = soversion
                    if threads and version[-len(threads):] != threads:
                        version = version + threads
            pos = m.end()
    finally:
        f.close()
    return lib, version


# ---- Linux distributions ----------------------------------------------------

_release_filename = re.compile(r'(\w+)[-_](release|version)')
_lsb_release_version = re.compile(r'(.+)'
                                  ' release '
                                  r'([\d.]+)'
                                  r'[^(]*(?:\((.+)\))?')
_release_version = re.compile(r'([^0-9]+)'
                              '(?: release )?'
                              r'([\d.]+)'
                              r'[^(]*(?:\((.+)\))?')


def _etc_names():
    """The names in /etc (sorted), or candidates to try without os."""
    try:
        import os
        return sorted(os.listdir('/etc'))
    except (ImportError, AttributeError, EnvironmentError):
        names = []
        for d in _supported_dists:
            names.extend([d + '-release', d + '_version', d + '-version',
                          d + '_release'])
        return sorted(names)


def _parse_release_file(firstline):
    """(distname, version, id) from the first line of a release file."""
    m = _lsb_release_version.match(firstline)
    if m is not None:
        return tuple(m.groups())
    m = _release_version.match(firstline)
    if m is not None:
        return tuple(m.groups())
    fields = firstline.strip().split()
    version = id = ''
    if fields:
        version = fields[0]
        if len(fields) > 1:
            id = fields[1]
    return '', version, id


def linux_distribution(distname='', version='', id='',
                       supported_dists=_supported_dists,
                       full_distribution_name=1):
    """(distname, version, id) of the Linux distribution, from its release
    file in /etc; the arguments are the defaults when none is found."""
    for name in _etc_names():
        m = _release_filename.match(name)
        if m is None:
            continue
        _distname, dummy = m.groups()
        if _distname not in supported_dists:
            continue
        try:
            with open('/etc/' + name) as f:
                firstline = f.readline()
        except IOError:
            continue
        break
    else:
        return distname, version, id
    _distname, _version, _id = _parse_release_file(firstline)
    if _distname and full_distribution_name:
        distname = _distname
    if _version:
        version = _version
    if _id:
        id = _id
    if not (_distname and full_distribution_name):
        distname = m.group(1)
    return distname, version, id


def dist(distname='', version='', id='', supported_dists=_supported_dists):
    """(distname, version, id) as linux_distribution with short names."""
    return linux_distribution(distname, version, id,
                              supported_dists=supported_dists,
                              full_distribution_name=0)


# ---- other systems (not this one) ---------------------------------------------

def win32_ver(release='', version='', csd='', ptype=''):
    """Windows version information: the defaults elsewhere."""
    return release, version, csd, ptype


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """Mac OS version information: the defaults elsewhere."""
    return release, versioninfo, machine


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    """(release, vendor, (vm_name, vm_release, vm_vendor),
    (os_name, os_version, os_arch)) of the Java platform Taipan runs on."""
    prop = _taipan.system_property

    def get(name, default):
        value = prop(name)
        return default if value is None else value
    release = get('java.version', release)
    vendor = get('java.vendor', vendor)
    vminfo = (get('java.vm.name', vminfo[0]), get('java.vm.version', vminfo[1]),
              get('java.vm.vendor', vminfo[2]))
    osinfo = (get('os.name', osinfo[0]), get('os.version', osinfo[1]),
              get('os.arch', osinfo[2]))
    return release, vendor, vminfo, osinfo


# ---- the interpreter --------------------------------------------------------

def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the executable: e.g. ('64bit', 'ELF').  bits is
    the pointer size of this interpreter when the file does not tell;
    linkage is '' unless the file is an ELF binary."""
    if not bits:
        bits = '64bit' if sys.maxsize > 2 ** 32 else '32bit'
    if executable:
        try:
            with open(_binary(executable), 'rb') as f:
                header = f.read(5)
        except IOError:
            header = ''
        if header[:4] == '\x7fELF':
            linkage = 'ELF'
            bits = {'\x01': '32bit', '\x02': '64bit'}.get(header[4:5], bits)
    return bits, linkage


_sys_version_parser = re.compile(
    r'([\w.+]+)\s*'
    r'\(#?([^,]+)(?:,\s*([\w ]*)(?:,\s*([\w :]*))?)?\)\s*'
    r'\[([^\]]+)\]?')

_ironpython_sys_version_parser = re.compile(
    r'IronPython\s*'
    r'([\d\.]+)'
    r'(?: \(([\d\.]+)\))?'
    r' on (.NET [\d\.]+)')

_ironpython26_sys_version_parser = re.compile(
    r'([\d.]+)\s*'
    r'\(IronPython\s*'
    r'[\d.]+\s*'
    r'\(([\d.]+)\) on ([\w.]+ [\d.]+(?: \(\d+-bit\))?)\)')

_pypy_sys_version_parser = re.compile(
    r'([\w.+]+)\s*'
    r'\(#?([^,]+),\s*([\w ]+),\s*([\w :]+)\)\s*'
    r'\[PyPy [^\]]+\]?')


def _sys_version(sys_version=None):
    """(name, version, branch, revision, buildno, builddate, compiler)
    parsed from sys.version (or the string given)."""
    if sys_version is None:
        sys_version = sys.version
    result = _sys_version_cache.get(sys_version)
    if result is not None:
        return result
    branch = revision = ''
    if 'IronPython' in sys_version:
        name = 'IronPython'
        if sys_version.startswith('IronPython'):
            m = _ironpython_sys_version_parser.match(sys_version)
        else:
            m = _ironpython26_sys_version_parser.match(sys_version)
        if m is None:
            raise ValueError('failed to parse IronPython sys.version: %s'
                             % repr(sys_version))
        version, alt_version, compiler = m.groups()
        buildno = builddate = ''
    elif sys.platform.startswith('java'):
        name = 'Jython'
        m = _sys_version_parser.match(sys_version)
        if m is None:
            raise ValueError('failed to parse Jython sys.version: %s'
                             % repr(sys_version))
        version, buildno, builddate, buildtime, dummy = m.groups()
        if builddate is None:
            builddate = ''
        compiler = sys.platform
    elif 'PyPy' in sys_version:
        name = 'PyPy'
        m = _pypy_sys_version_parser.match(sys_version)
        if m is None:
            raise ValueError('failed to parse PyPy sys.version: %s'
                             % repr(sys_version))
        version, buildno, builddate, buildtime = m.groups()
        compiler = ''
    else:
        m = _sys_version_parser.match(sys_version)
        if m is None:
            raise ValueError('failed to parse CPython sys.version: %s'
                             % repr(sys_version))
        version, buildno, builddate, buildtime, compiler = m.groups()
        name = 'CPython'
        if builddate is None:
            builddate = ''
        elif buildtime:
            builddate = builddate + ' ' + buildtime
    # branch and revision come from the interpreter, not from the string
    for attr in ('subversion', '_git', '_mercurial'):
        if hasattr(sys, attr):
            dummy, branch, revision = getattr(sys, attr)
            break
    if version.count('.') == 1:
        version = version + '.0'  # 2.7 -> 2.7.0
    result = (name, version, branch, revision, buildno, builddate, compiler)
    _sys_version_cache[sys_version] = result
    return result


def python_implementation():
    """'CPython', 'IronPython', 'Jython' or 'PyPy'."""
    return _sys_version()[0]


def python_version():
    """The Python version as 'major.minor.patchlevel'."""
    return _sys_version()[1]


def python_version_tuple():
    """The Python version as a tuple of strings (major, minor, patchlevel)."""
    return tuple(_sys_version()[1].split('.'))


def python_branch():
    """The branch the interpreter was built from ('' if unknown)."""
    return _sys_version()[2]


def python_revision():
    """The revision the interpreter was built from ('' if unknown)."""
    return _sys_version()[3]


def python_build():
    """(buildno, builddate) of the interpreter."""
    return _sys_version()[4:6]


def python_compiler():
    """What compiled the interpreter."""
    return _sys_version()[6]
