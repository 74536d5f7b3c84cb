# platform: the parts whose results do not depend on the machine or interpreter build
import sys
import platform

u = platform.uname()
print len(u), [type(x).__name__ for x in u]
print u[0] == platform.system() == "Linux", u[1] == platform.node(), u[2] == platform.release()
print u[3] == platform.version(), u[4] == platform.machine(), u[5] == platform.processor()
print platform.uname() is platform.uname()
print platform.python_version(), platform.python_version_tuple()
print platform.python_implementation()
print [type(x).__name__ for x in platform.python_build()], type(platform.python_compiler()).__name__
print platform.architecture()[0], platform.architecture("/no/such/file")
print platform.architecture("/no/such/file", "32bit", "X")
try:
    platform.libc_ver("/no/such/file")
except IOError as e:
    print "IOError", e
print platform.libc_ver("/etc/passwd"), platform.libc_ver("/etc/passwd", "lib", "1.0")
print platform.mac_ver(), platform.win32_ver()
print platform.mac_ver("10", ("a", "b", "c"), "ppc"), platform.win32_ver("1", "2", "3", "4")
for aliased in (0, 1):
    for terse in (0, 1):
        p = platform.platform(aliased, terse)
        print p.startswith("Linux-" + platform.release() + "-"), " " not in p
dist = platform.linux_distribution()
print len(dist), platform.dist()[1:] == dist[1:] or platform.dist()
print platform.linux_distribution("x", "y", "z", supported_dists=())
print platform.dist("a", "b", "c", supported_dists=())
print platform.DEV_NULL

for v in ['2.4.3 (#1, Jun 21 2006, 13:54:21) \n[GCC 3.3.4 (pre 3.3.5 20040809)]',
          'IronPython 1.0.60816 on .NET 2.0.50727.42',
          'IronPython 1.0 (1.0.61005.1977) on .NET 2.0.50727.42',
          '2.6.1 (r261:67515, Dec  6 2008, 15:26:00) \n[GCC 4.0.1 (Apple Computer, Inc. build 5370)]',
          '2.5.2 (63378, Mar 26 2009, 18:03:29)\n[PyPy 1.0.0]',
          '2.7 (default, Jan 1 2010, 00:00:00) [GCC]']:
    r = platform._sys_version(v)
    print r[0], r[1], r[4:]
for bad in ['garbage', 'IronPython garbage', '1.0 [PyPy x]']:
    try:
        platform._sys_version(bad)
    except ValueError as e:
        print "ValueError:", e

print platform._platform("Linux", "2.6", "", "x86 64", "with", "a/b", "c:d", "(e)", "unknown", "f;g\"h")
print platform._platform("a", "-", "b--", "c-")
print platform.system_alias("SunOS", "5.8", "v"), platform.system_alias("SunOS", "4.1", "v")
print platform.system_alias("IRIX64", "6.5", ""), platform.system_alias("IRIX64", "6.5", "x")
print platform.system_alias("Rhapsody", "5", "v"), platform.system_alias("win32", "1", "2")
print platform.system_alias("Linux", "3", "4")
