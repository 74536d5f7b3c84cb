"""Internal support module for sre"""

# The parser of regular expressions: a pattern string becomes a tree of (op, argument)
# pairs (SubPattern objects). The parsing itself runs in Java (_sre._parse); this module
# holds the tree classes, the replacement-template parser and the helpers other code
# uses.

import sys
import _sre

from sre_constants import *

SPECIAL_CHARS = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"

DIGITS = set("0123456789")

OCTDIGITS = set("01234567")
HEXDIGITS = set("0123456789abcdefABCDEF")
ASCIILETTERS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

WHITESPACE = set(" \t\n\r\v\f")

ESCAPES = {
    r"\a": (LITERAL, ord("\a")),
    r"\b": (LITERAL, ord("\b")),
    r"\f": (LITERAL, ord("\f")),
    r"\n": (LITERAL, ord("\n")),
    r"\r": (LITERAL, ord("\r")),
    r"\t": (LITERAL, ord("\t")),
    r"\v": (LITERAL, ord("\v")),
    r"\\": (LITERAL, ord("\\"))
}

CATEGORIES = {
    r"\A": (AT, AT_BEGINNING_STRING),
    r"\b": (AT, AT_BOUNDARY),
    r"\B": (AT, AT_NON_BOUNDARY),
    r"\d": (IN, [(CATEGORY, CATEGORY_DIGIT)]),
    r"\D": (IN, [(CATEGORY, CATEGORY_NOT_DIGIT)]),
    r"\s": (IN, [(CATEGORY, CATEGORY_SPACE)]),
    r"\S": (IN, [(CATEGORY, CATEGORY_NOT_SPACE)]),
    r"\w": (IN, [(CATEGORY, CATEGORY_WORD)]),
    r"\W": (IN, [(CATEGORY, CATEGORY_NOT_WORD)]),
    r"\Z": (AT, AT_END_STRING),
}

FLAGS = {
    "i": SRE_FLAG_IGNORECASE,
    "L": SRE_FLAG_LOCALE,
    "m": SRE_FLAG_MULTILINE,
    "s": SRE_FLAG_DOTALL,
    "x": SRE_FLAG_VERBOSE,
    "t": SRE_FLAG_TEMPLATE,
    "u": SRE_FLAG_UNICODE,
}

# The names of the operators, positions and categories, indexed by the numbers the
# Java parser uses (opcodes, then the two repeat operators).
_OPNAMES = (
    FAILURE, SUCCESS, ANY, ANY_ALL, ASSERT, ASSERT_NOT, AT, BRANCH, CALL, CATEGORY,
    CHARSET, BIGCHARSET, GROUPREF, GROUPREF_EXISTS, GROUPREF_IGNORE, IN, IN_IGNORE,
    INFO, JUMP, LITERAL, LITERAL_IGNORE, MARK, MAX_UNTIL, MIN_UNTIL, NOT_LITERAL,
    NOT_LITERAL_IGNORE, NEGATE, RANGE, REPEAT, REPEAT_ONE, SUBPATTERN, MIN_REPEAT_ONE,
    MAX_REPEAT, MIN_REPEAT,
)
_ATNAMES = tuple(sorted(ATCODES, key=ATCODES.get))
_CHNAMES = tuple(sorted(CHCODES, key=CHCODES.get))


class Pattern:
    # the state shared by all subpatterns of one pattern: flags and groups
    def __init__(self):
        self.flags = 0
        self.open = []
        self.groups = 1
        self.groupdict = {}
        self.lookbehind = 0

    def opengroup(self, name=None):
        gid = self.groups
        self.groups = gid + 1
        if name is not None:
            ogid = self.groupdict.get(name, None)
            if ogid is not None:
                raise error("redefinition of group name %s as group %d; "
                            "was group %d" % (repr(name), gid, ogid))
            self.groupdict[name] = gid
        self.open.append(gid)
        return gid

    def closegroup(self, gid):
        self.open.remove(gid)

    def checkgroup(self, gid):
        return gid < self.groups and gid not in self.open


class SubPattern:
    # a list of (op, argument) pairs
    def __init__(self, pattern, data=None):
        self.pattern = pattern
        if data is None:
            data = []
        self.data = data
        self.width = None

    def dump(self, level=0):
        indent = level * "  "
        for op, av in self.data:
            print indent + op,
            if op == IN:
                print
                for member_op, member_av in av:
                    print (level + 1) * "  " + member_op, member_av
            elif op == BRANCH:
                print
                for i, alternative in enumerate(av[1]):
                    if i:
                        print indent + "or"
                    alternative.dump(level + 1)
            elif op == GROUPREF_EXISTS:
                condgroup, item_yes, item_no = av
                print condgroup
                item_yes.dump(level + 1)
                if item_no:
                    print indent + "else"
                    item_no.dump(level + 1)
            elif isinstance(av, (tuple, list)):
                after_subpattern = False
                for a in av:
                    if isinstance(a, SubPattern):
                        if not after_subpattern:
                            print
                        a.dump(level + 1)
                        after_subpattern = True
                    else:
                        print a,
                        after_subpattern = False
                if not after_subpattern:
                    print
            else:
                print av

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __delitem__(self, index):
        del self.data[index]

    def __getitem__(self, index):
        if isinstance(index, slice):
            return SubPattern(self.pattern, self.data[index])
        return self.data[index]

    def __setitem__(self, index, code):
        self.data[index] = code

    def insert(self, index, code):
        self.data.insert(index, code)

    def append(self, code):
        self.data.append(code)

    def getwidth(self):
        # (minimum, maximum) number of characters this subpattern matches
        if self.width:
            return self.width
        lo = hi = 0
        for op, av in self.data:
            if op is BRANCH:
                least = MAXREPEAT - 1
                most = 0
                for alternative in av[1]:
                    l, h = alternative.getwidth()
                    least = min(least, l)
                    most = max(most, h)
                lo = lo + least
                hi = hi + most
            elif op is CALL:
                l, h = av.getwidth()
                lo = lo + l
                hi = hi + h
            elif op is SUBPATTERN:
                l, h = av[1].getwidth()
                lo = lo + l
                hi = hi + h
            elif op in (MIN_REPEAT, MAX_REPEAT):
                l, h = av[2].getwidth()
                lo = lo + l * av[0]
                hi = hi + h * av[1]
            elif op in (ANY, RANGE, IN, LITERAL, NOT_LITERAL, CATEGORY):
                lo = lo + 1
                hi = hi + 1
            elif op == SUCCESS:
                break
        self.width = min(lo, MAXREPEAT - 1), min(hi, MAXREPEAT)
        return self.width


class Tokenizer:
    # the pattern's characters, with a backslash and what follows it as one token
    def __init__(self, string):
        self.string = string
        self.index = 0
        self.__next()

    def __next(self):
        if self.index >= len(self.string):
            self.next = None
            return
        char = self.string[self.index]
        if char[0] == "\\":
            try:
                char = char + self.string[self.index + 1]
            except IndexError:
                raise error, "bogus escape (end of line)"
        self.index = self.index + len(char)
        self.next = char

    def match(self, char, skip=1):
        if char != self.next:
            return 0
        if skip:
            self.__next()
        return 1

    def get(self):
        this = self.next
        self.__next()
        return this

    def tell(self):
        return self.index, self.next

    def seek(self, index):
        self.index, self.next = index


def isident(char):
    return "a" <= char <= "z" or "A" <= char <= "Z" or char == "_"


def isdigit(char):
    return "0" <= char <= "9"


def isname(name):
    # a group name: an identifier
    if not isident(name[0]):
        return False
    for char in name[1:]:
        if not isident(char) and not isdigit(char):
            return False
    return True


def parse(str, flags=0, pattern=None):
    # the parse tree of a pattern string
    if pattern is None:
        pattern = Pattern()

    def make(data):
        return SubPattern(pattern, data)

    p, pattern.flags, pattern.groups, pattern.groupdict = _sre._parse(
        str, flags, make, _OPNAMES, _ATNAMES, _CHNAMES)
    pattern.str = str
    if flags & SRE_FLAG_DEBUG:
        p.dump()
    return p


def parse_template(source, pattern):
    # a replacement string as (group references, literal pieces)
    s = Tokenizer(source)
    sget = s.get
    p = []

    def literal(text):
        if p and p[-1][0] is LITERAL:
            p[-1] = LITERAL, p[-1][1] + text
        else:
            p.append((LITERAL, text))

    if type(source[:0]) is type(""):
        makechar = chr
    else:
        makechar = unichr
    while 1:
        this = sget()
        if this is None:
            break
        if this and this[0] == "\\":
            c = this[1:2]
            if c == "g":
                name = ""
                if s.match("<"):
                    while 1:
                        char = sget()
                        if char is None:
                            raise error, "unterminated group name"
                        if char == ">":
                            break
                        name = name + char
                if not name:
                    raise error, "missing group name"
                try:
                    index = int(name)
                    if index < 0:
                        raise error, "negative group number"
                except ValueError:
                    if not isname(name):
                        raise error, "bad character in group name"
                    try:
                        index = pattern.groupindex[name]
                    except KeyError:
                        raise IndexError("unknown group name: %r" % (name,))
                p.append((MARK, index))
            elif c == "0":
                if s.next in OCTDIGITS:
                    this = this + sget()
                    if s.next in OCTDIGITS:
                        this = this + sget()
                literal(makechar(int(this[1:], 8) & 0xff))
            elif c in DIGITS:
                octal = False
                if s.next in DIGITS:
                    this = this + sget()
                    if c in OCTDIGITS and this[2] in OCTDIGITS and s.next in OCTDIGITS:
                        this = this + sget()
                        octal = True
                        literal(makechar(int(this[1:], 8) & 0xff))
                if not octal:
                    p.append((MARK, int(this[1:])))
            else:
                if this in ESCAPES:
                    this = makechar(ESCAPES[this][1])
                literal(this)
        else:
            literal(this)
    groups = []
    literals = [None] * len(p)
    for i, (kind, value) in enumerate(p):
        if kind is MARK:
            groups.append((i, value))
        else:
            literals[i] = value
    return groups, literals


def expand_template(template, match):
    # the replacement for one match
    g = match.group
    sep = match.string[:0]
    groups, literals = template
    literals = literals[:]
    try:
        for index, group in groups:
            literals[index] = s = g(group)
            if s is None:
                raise error, "unmatched group"
    except IndexError:
        raise error, "invalid group reference"
    return sep.join(literals)
