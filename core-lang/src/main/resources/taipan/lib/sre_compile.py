"""Internal support module for sre"""

# The compiler of regular expressions: parse trees (or pattern strings) become pattern
# objects running sre programs. Code generation runs in Java (_sre._code and the
# whole-string path _sre._compile_string).

import _sre, sys
import sre_parse
from sre_constants import *

assert _sre.MAGIC == MAGIC, "SRE module mismatch"

if _sre.CODESIZE == 2:
    MAXCODE = 65535
else:
    MAXCODE = 0xFFFFFFFFL

try:
    unicode
except NameError:
    STRING_TYPES = (type(""),)
else:
    STRING_TYPES = (type(""), type(unicode("")))


def isstring(obj):
    for tp in STRING_TYPES:
        if isinstance(obj, tp):
            return 1
    return 0


def _code(p, flags):
    # the code words of a parse tree
    return _sre._code(p, p.pattern.flags | flags)


def compile(p, flags=0):
    # a pattern object from a pattern string or a parse tree
    if isstring(p):
        if flags & SRE_FLAG_DEBUG:
            sre_parse.parse(p, flags)
        return _sre._compile_string(p, flags)

    code = _code(p, flags)

    if p.pattern.groups > 100:
        raise AssertionError(
            "sorry, but this version only supports 100 named groups")

    groupindex = p.pattern.groupdict
    indexgroup = [None] * p.pattern.groups
    for name, index in groupindex.items():
        indexgroup[index] = name

    return _sre.compile(
        None, flags | p.pattern.flags, code,
        p.pattern.groups - 1,
        groupindex, indexgroup)
