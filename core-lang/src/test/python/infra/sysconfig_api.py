# sysconfig: install schemes, path expansion, configuration variables
import sys
import sysconfig

print sysconfig.get_scheme_names()
print sysconfig.get_path_names()
print sysconfig.get_python_version(), sysconfig.is_python_build()
print sysconfig.get_platform().startswith("linux-")
for scheme in sysconfig.get_scheme_names():
    print scheme, sorted(sysconfig.get_paths(scheme, expand=False).items())
v = {"base": "/B", "platbase": "/P", "userbase": "/U"}
for scheme in sysconfig.get_scheme_names():
    print scheme, sorted(sysconfig.get_paths(scheme, dict(v)).items())
print sysconfig.get_path("purelib", vars={"base": "/X//y/./z/.."})
print sysconfig.get_path("stdlib", "nt", {"base": "C:"})
print sysconfig.get_path("scripts", "posix_home", {"base": "rel/../dir"})
try:
    sysconfig.get_path("nonexistent")
except KeyError as e:
    print "KeyError", e
try:
    sysconfig.get_paths("nonexistent")
except KeyError as e:
    print "KeyError", e
print sysconfig._subst_vars("{a}-{b}", {"a": 1, "b": "x"})
try:
    sysconfig._subst_vars("{no_such_var_xyz}", {})
except AttributeError as e:
    print "AttributeError", e

cv = sysconfig.get_config_vars()
print type(cv).__name__, cv is sysconfig.get_config_vars()
print cv["prefix"] == sysconfig._PREFIX, cv["exec_prefix"] == sysconfig._EXEC_PREFIX
print cv["py_version_short"], cv["py_version_nodot"], cv["VERSION"], cv["SO"], repr(cv["EXE"])
print sysconfig.get_config_var("WITH_DOC_STRINGS"), sysconfig.get_config_var("Py_DEBUG")
print sysconfig.get_config_var("SIZEOF_LONG"), sysconfig.get_config_var("MACHDEP")
print sysconfig.get_config_var("no_such_var"), sysconfig.get_config_vars("SO", "no_such_var", "VERSION")
print sysconfig.get_path("stdlib").endswith("lib/python2.7")
print sysconfig.get_paths()["data"] == sysconfig._PREFIX


class Lines(object):
    def __init__(self, text):
        self.lines = text.splitlines(True)

    def readline(self):
        return self.lines.pop(0) if self.lines else ""

cfg = "/* comment */\n#define HAVE_X 1\n#define NAME \"str\"\n/* #undef HAVE_Y */\n#define lower 2\n"
print sorted(sysconfig.parse_config_h(Lines(cfg)).items())
d = {"OLD": 5}
print sysconfig.parse_config_h(Lines(cfg), d) is d, sorted(d.items())
