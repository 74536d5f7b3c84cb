"""Get useful information from live Python objects.

Type predicates (ismodule, isclass, isfunction, ...), members of objects
(getmembers, classify_class_attrs, getmro), documentation and source code
(getdoc, cleandoc, getcomments, getsource, getsourcelines, getfile,
getmodule), call signatures (getargspec, getcallargs, formatargspec,
getargvalues, formatargvalues) and the interpreter stack (currentframe,
stack, trace, getframeinfo, getouterframes, getinnerframes).
"""

# Taipan's inspect module, written for Taipan.  Taipan's code objects carry
# no bytecode, so the structure of tuple parameters (def f(a, (b, c)))
# is read back from the function's source.

import sys
import types
import re
import imp
import linecache
from collections import namedtuple

# code flags
CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 0x1, 0x2, 0x4, 0x8
CO_NESTED, CO_GENERATOR, CO_NOFREE = 0x10, 0x20, 0x40
# type flag of abstract classes
TPFLAGS_IS_ABSTRACT = 1 << 20

ArgSpec = namedtuple('ArgSpec', 'args varargs keywords defaults')
Arguments = namedtuple('Arguments', 'args varargs keywords')
ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')
Attribute = namedtuple('Attribute', 'name kind defining_class object')
ModuleInfo = namedtuple('ModuleInfo', 'name suffix mode module_type')
Traceback = namedtuple('Traceback',
                       'filename lineno function code_context index')


# ---- type predicates -----------------------------------------------------------

def ismodule(object):
    """Whether object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Whether object is a class (new-style or classic)."""
    return isinstance(object, (type, types.ClassType))


def ismethod(object):
    """Whether object is a bound or unbound method (im_class, im_func,
    im_self)."""
    return isinstance(object, types.MethodType)


def ismethoddescriptor(object):
    """Whether object is a method descriptor (has __get__ but not __set__,
    and is not a class, method or function): e.g. int.__add__."""
    return (hasattr(object, "__get__") and not hasattr(object, "__set__")
            and not ismethod(object) and not isfunction(object)
            and not isclass(object))


def isdatadescriptor(object):
    """Whether object is a data descriptor (has __get__ and __set__)."""
    return hasattr(object, "__set__") and hasattr(object, "__get__")


def ismemberdescriptor(object):
    """Whether object is a member descriptor (a __slots__ entry)."""
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    """Whether object is a getset descriptor (an attribute of a builtin
    type computed by the runtime)."""
    return isinstance(object, types.GetSetDescriptorType)


def isfunction(object):
    """Whether object is a user-defined function (def or lambda)."""
    return isinstance(object, types.FunctionType)


def isgeneratorfunction(object):
    """Whether object is a function or method that is a generator."""
    return bool((isfunction(object) or ismethod(object)) and
                object.func_code.co_flags & CO_GENERATOR)


def isgenerator(object):
    """Whether object is a generator."""
    return isinstance(object, types.GeneratorType)


def istraceback(object):
    """Whether object is a traceback."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """Whether object is a frame."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """Whether object is a code object."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Whether object is a builtin function or method."""
    return isinstance(object, types.BuiltinFunctionType)


def isroutine(object):
    """Whether object is a function or method of any kind."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def isabstract(object):
    """Whether object is an abstract base class with abstract methods."""
    if not isinstance(object, type):
        return False
    flags = getattr(object, '__flags__', None)
    if flags is not None:
        return bool(flags & TPFLAGS_IS_ABSTRACT)
    return bool(getattr(object, '__abstractmethods__', None))


# ---- members ---------------------------------------------------------------------

def getmembers(object, predicate=None):
    """The (name, value) pairs of the attributes of object, sorted by name;
    only those whose value satisfies predicate when it is given."""
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort()
    return results


def classify_class_attrs(cls):
    """An Attribute(name, kind, defining_class, object) for each name in
    dir(cls); kind is 'class method', 'static method', 'property', 'method'
    or 'data'."""
    mro = getmro(cls)
    result = []
    for name in dir(cls):
        # the defining class' __dict__ first: it shows static and class
        # methods as such, and getattr may fail (or run code) for some
        # descriptors
        home = None
        for base in (cls,) + mro:
            if name in base.__dict__:
                obj = base.__dict__[name]
                home = base
                break
        else:
            obj = getattr(cls, name)
            home = getattr(obj, "__objclass__", home)
        if isinstance(obj, staticmethod):
            kind = "static method"
        elif isinstance(obj, classmethod):
            kind = "class method"
        elif isinstance(obj, property):
            kind = "property"
        elif ismethoddescriptor(obj):
            kind = "method"
        elif isdatadescriptor(obj):
            kind = "data"
        else:
            via_getattr = getattr(cls, name)
            if ismethod(via_getattr) or ismethoddescriptor(via_getattr):
                kind = "method"
            else:
                kind = "data"
            obj = via_getattr
        result.append(Attribute(name, kind, home, obj))
    return result


def _classic_mro(cls, accum):
    if cls in accum:
        return
    accum.append(cls)
    for base in cls.__bases__:
        _classic_mro(base, accum)


def getmro(cls):
    """The classes cls inherits from, cls first, in method resolution
    order (depth-first for classic classes); a tuple."""
    if hasattr(cls, "__mro__"):
        return cls.__mro__
    accum = []
    _classic_mro(cls, accum)
    return tuple(accum)


# ---- documentation ---------------------------------------------------------

def indentsize(line):
    """The number of columns of the line's indentation (tabs expanded)."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def getdoc(object):
    """The object's documentation string, cleaned up by cleandoc (None if
    it has none)."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if not isinstance(doc, types.StringTypes):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    """A docstring without its indentation: the first line is stripped, the
    common leading whitespace of the others removed, and blank lines at
    both ends dropped."""
    try:
        lines = doc.expandtabs().split('\n')
    except UnicodeError:
        return None
    margin = sys.maxint
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxint:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


# ---- files and modules ---------------------------------------------------------

def getfile(object):
    """The name of the file object was defined in."""
    if ismodule(object):
        if hasattr(object, '__file__'):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        object = sys.modules.get(object.__module__)
        if hasattr(object, '__file__'):
            return object.__file__
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.im_func
    if isfunction(object):
        object = object.func_code
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('{!r} is not a module, class, method, '
                    'function, traceback, frame, or code object'.format(object))


def getmoduleinfo(path):
    """(name, suffix, mode, module_type) for a module file name, or None."""
    filename = path.rsplit('/', 1)[-1]
    suffixes = sorted((-len(suffix), suffix, mode, kind)
                      for suffix, mode, kind in imp.get_suffixes())
    for neglen, suffix, mode, kind in suffixes:
        if filename[neglen:] == suffix:
            return ModuleInfo(filename[:neglen], suffix, mode, kind)


def getmodulename(path):
    """The module name a file name would give, or None."""
    info = getmoduleinfo(path)
    if info:
        return info[0]


def _os():
    try:
        import os
        return os
    except ImportError:
        return None


def _exists(filename):
    os = _os()
    if os is not None:
        return os.path.exists(filename)
    try:
        open(filename).close()
        return True
    except IOError as e:
        return e.errno == 21  # a directory


def getsourcefile(object):
    """The name of the Python source file object was defined in, or None
    when it is not available."""
    filename = getfile(object)
    if filename[-4:].lower() in ('.pyc', '.pyo'):
        filename = filename[:-4] + '.py'
    for suffix, mode, kind in imp.get_suffixes():
        if 'b' in mode and filename[-len(suffix):].lower() == suffix:
            return None  # a binary module
    if _exists(filename):
        return filename
    if hasattr(getmodule(object, filename), '__loader__'):
        return filename
    if filename in linecache.cache:
        return filename
    import _taipan
    if _taipan.resource_source(filename) is not None:
        return filename  # one of Taipan's library modules


def getabsfile(object, _filename=None):
    """The absolute, normalised name of the file object was defined in."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    os = _os()
    if os is not None:
        return os.path.normcase(os.path.abspath(_filename))
    if not _filename.startswith('/') and \
            not _filename.startswith('__pyclasspath__/'):
        import _taipan
        _filename = (_taipan.system_property('user.dir') or '') + '/' + \
            _filename
    return _filename

modulesbyfile = {}
_filesbymodname = {}


def getmodule(object, _filename=None):
    """The module object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is not None and _filename in modulesbyfile:
        return sys.modules.get(modulesbyfile[_filename])
    try:
        file = getabsfile(object, _filename)
    except TypeError:
        return None
    if file in modulesbyfile:
        return sys.modules.get(modulesbyfile[file])
    # refresh the table of the modules' files
    for modname, module in sys.modules.items():
        if ismodule(module) and hasattr(module, '__file__'):
            f = module.__file__
            if f == _filesbymodname.get(modname):
                continue
            _filesbymodname[modname] = f
            f = getabsfile(module)
            modulesbyfile[f] = module.__name__
            os = _os()
            if os is not None:
                modulesbyfile[os.path.realpath(f)] = module.__name__
    if file in modulesbyfile:
        return sys.modules.get(modulesbyfile[file])
    if not hasattr(object, '__name__'):
        return None
    for modname in ('__main__', '__builtin__'):
        module = sys.modules.get(modname)
        if module is not None and \
                getattr(module, object.__name__, None) is object:
            return module
    return None


# ---- source code -------------------------------------------------------------------

def findsource(object):
    """(lines of the whole source file, index of the first line of object);
    IOError when the source cannot be found."""
    file = getfile(object)
    sourcefile = getsourcefile(object)
    if not sourcefile and file[:1] + file[-1:] != '<>':
        raise IOError('source code not available')
    file = sourcefile if sourcefile else file
    module = getmodule(object, file)
    linecache.checkcache(file)
    if module:
        lines = linecache.getlines(file, module.__dict__)
    else:
        lines = linecache.getlines(file)
    if not lines:
        raise IOError('could not get source code')

    if ismodule(object):
        return lines, 0

    if isclass(object):
        name = object.__name__
        pat = re.compile(r'^(\s*)class\s*' + name + r'\b')
        candidates = []
        for i, line in enumerate(lines):
            match = pat.match(line)
            if match:
                if line[0] == 'c':
                    return lines, i  # a top-level class wins
                candidates.append((match.group(1), i))
        if candidates:
            candidates.sort()
            return lines, candidates[0][1]
        raise IOError('could not find class definition')

    if ismethod(object):
        object = object.im_func
    if isfunction(object):
        object = object.func_code
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise IOError('could not find function definition')
        lnum = object.co_firstlineno - 1
        pat = re.compile(r'^(\s*def\s)|(.*(?<!\w)lambda(:|\s))|^(\s*@)')
        while lnum > 0:
            if pat.match(lines[lnum]):
                break
            lnum = lnum - 1
        return lines, lnum
    raise IOError('could not find code object')


def getcomments(object):
    """The comment lines just above object's source (or at the top of a
    module's file), as one string; None when there are none."""
    try:
        lines, lnum = findsource(object)
    except (IOError, TypeError):
        return None

    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start = start + 1
        if start < len(lines) and lines[start][:1] == '#':
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                comments.append(lines[end].expandtabs())
                end = end + 1
            return ''.join(comments)
        return None
    if lnum > 0:
        indent = indentsize(lines[lnum])
        end = lnum - 1
        if end >= 0 and lines[end].lstrip()[:1] == '#' and \
                indentsize(lines[end]) == indent:
            comments = [lines[end].expandtabs().lstrip()]
            if end > 0:
                end = end - 1
                comment = lines[end].expandtabs().lstrip()
                while comment[:1] == '#' and indentsize(lines[end]) == indent:
                    comments[:0] = [comment]
                    end = end - 1
                    if end < 0:
                        break
                    comment = lines[end].expandtabs().lstrip()
            while comments and comments[0].strip() == '#':
                comments[:1] = []
            while comments and comments[-1].strip() == '#':
                comments[-1:] = []
            return ''.join(comments)
    return None


class EndOfBlock(Exception):
    pass


def _logical_lines(lines):
    """(first, last, indent, text) for each logical line of lines (physical
    lines joined by brackets, strings and backslashes); blank and
    comment-only lines are left out."""
    i = 0
    n = len(lines)
    while i < n:
        first = i
        depth = 0
        quote = None  # the open string's quote (' " ''' or \"\"\")
        parts = []
        while i < n:
            line = lines[i]
            i += 1
            j = 0
            continued = False
            while j < len(line):
                c = line[j]
                if quote:
                    if c == '\\':
                        j += 2
                        continue
                    if line.startswith(quote, j):
                        j += len(quote)
                        quote = None
                        continue
                    j += 1
                    continue
                if c == '#':
                    break
                if c in '\'"':
                    quote = line[j:j + 3] if line[j:j + 3] in ("'''", '"""') \
                        else c
                    j += len(quote)
                    continue
                if c in '([{':
                    depth += 1
                elif c in ')]}':
                    depth = max(0, depth - 1)
                elif c == '\\' and line[j + 1:].strip() == '':
                    continued = True
                    break
                j += 1
            parts.append(line)
            if quote and len(quote) == 1:
                quote = None  # an unterminated one-line string
            if not (quote or depth or continued):
                break
        text = ''.join(parts)
        stripped = text.strip()
        if stripped and not stripped.startswith('#'):
            yield first, i - 1, indentsize(lines[first]), text


_BLOCK_START = re.compile(r'\s*(def|class)\b')
_LAMBDA = re.compile(r'.*(?<!\w)lambda(:|\s)')


def getblock(lines):
    """The lines of the block (def, class, decorated definition or lambda)
    that starts at the beginning of lines."""
    header_indent = None
    last = 0
    for first, end, indent, text in _logical_lines(lines):
        if header_indent is None:
            stripped = text.lstrip()
            if stripped.startswith('@'):
                last = end
                continue  # a decorator: the definition follows
            if not _BLOCK_START.match(text):
                return lines[:end + 1]  # a lambda or a lone statement
            header_indent = indent
            last = end
            if _has_inline_body(text):
                return lines[:end + 1]
            continue
        if indent <= header_indent:
            break
        last = end
    return lines[:last + 1]


def _has_inline_body(header):
    """Whether a def/class logical line carries its body after the colon."""
    depth = 0
    quote = None
    j = 0
    while j < len(header):
        c = header[j]
        if quote:
            if c == '\\':
                j += 2
                continue
            if header.startswith(quote, j):
                j += len(quote)
                quote = None
                continue
        elif c in '\'"':
            quote = header[j:j + 3] if header[j:j + 3] in ("'''", '"""') else c
            j += len(quote)
            continue
        elif c == '#':
            return False
        elif c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        elif c == ':' and depth == 0:
            rest = header[j + 1:].strip()
            return bool(rest) and not rest.startswith('#')
        j += 1
    return False


def getsourcelines(object):
    """(list of source lines, number of the first line) of object; a
    module's whole source starts at line 0.  IOError when it is not
    available."""
    lines, lnum = findsource(object)
    if ismodule(object):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The source text of object (IOError when it is not available)."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


# ---- class trees -------------------------------------------------------------

def walktree(classes, children, parent):
    """The nested lists of getclasstree for classes below parent."""
    results = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(walktree(children[c], children, c))
    return results


def getclasstree(classes, unique=0):
    """The inheritance hierarchy of classes as nested lists: (class, bases)
    tuples each followed by the list of its subclasses.  With unique, each
    class appears once even if it has several of the bases listed."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                if parent not in children:
                    children[parent] = []
                if c not in children[parent]:
                    children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)


# ---- signatures ----------------------------------------------------------------

def _parse_tuple_args(co, nargs):
    """The argument names with tuple parameters as nested lists."""
    names = co.co_varnames
    args = list(names[:nargs])
    if not any(a.startswith('.') for a in args):
        return args
    try:
        lines = linecache.getlines(co.co_filename)
        start = co.co_firstlineno - 1
        header = ''.join(lines[start:start + 50])
    except Exception:
        return args
    m = re.search(r'(?<!\w)(def\s+' + re.escape(co.co_name) +
                  r'\s*\(|lambda\b)', header)
    if m is None:
        return args
    pos = m.end()
    closer = ':' if m.group(1).startswith('lambda') else ')'
    params = []
    stack = [params]
    word = ''
    skip_default = 0  # bracket depth inside a default value
    in_default = False
    while pos < len(header):
        c = header[pos]
        pos += 1
        if in_default:
            if c in '([{':
                skip_default += 1
            elif c in ')]}':
                if skip_default == 0:
                    break
                skip_default -= 1
            elif c == ',' and skip_default == 0:
                in_default = False
            elif c == ':' and skip_default == 0 and closer == ':':
                break
            continue
        if c.isalnum() or c == '_':
            word += c
            continue
        if word:
            stack[-1].append(word)
            word = ''
        if c == '(':
            stack.append([])
        elif c == ')':
            if len(stack) == 1:
                break
            inner = stack.pop()
            stack[-1].append(inner)
        elif c == '=' and len(stack) == 1:
            in_default = True
        elif c == '*' or (c == closer and len(stack) == 1):
            break
    result = []
    for i, name in enumerate(args):
        if name.startswith('.') and i < len(params) and \
                isinstance(params[i], list):
            result.append(params[i])
        else:
            result.append(name)
    return result


def getargs(co):
    """Arguments(args, varargs, keywords) of a code object; tuple
    parameters are nested lists in args."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    nargs = co.co_argcount
    args = _parse_tuple_args(co, nargs)
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = co.co_varnames[nargs]
        nargs = nargs + 1
    varkw = None
    if co.co_flags & CO_VARKEYWORDS:
        varkw = co.co_varnames[nargs]
    return Arguments(args, varargs, varkw)


def getargspec(func):
    """ArgSpec(args, varargs, keywords, defaults) of a Python function or
    method."""
    if ismethod(func):
        func = func.im_func
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    args, varargs, varkw = getargs(func.func_code)
    return ArgSpec(args, varargs, varkw, func.func_defaults)


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of a frame's call."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def joinseq(seq):
    if len(seq) == 1:
        return '(' + seq[0] + ',)'
    return '(' + ', '.join(seq) + ')'


def strseq(object, convert, join=joinseq):
    """convert applied to the names of a possibly nested sequence."""
    if type(object) in (list, tuple):
        return join([strseq(o, convert, join) for o in object])
    return convert(object)


def formatargspec(args, varargs=None, varkw=None, defaults=None,
                  formatarg=str,
                  formatvarargs=lambda name: '*' + name,
                  formatvarkw=lambda name: '**' + name,
                  formatvalue=lambda value: '=' + repr(value),
                  join=joinseq):
    """The argument list of getargspec's results as written in a def:
    '(a, b=1, *args, **kwargs)'."""
    specs = []
    firstdefault = len(args) - len(defaults) if defaults else len(args)
    for i, arg in enumerate(args):
        spec = strseq(arg, formatarg, join)
        if i >= firstdefault:
            spec = spec + formatvalue(defaults[i - firstdefault])
        specs.append(spec)
    if varargs is not None:
        specs.append(formatvarargs(varargs))
    if varkw is not None:
        specs.append(formatvarkw(varkw))
    return '(' + ', '.join(specs) + ')'


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value),
                    join=joinseq):
    """The argument list of getargvalues' results with the values:
    '(a=1, b=2, *args=(), **kwargs={})'."""
    def convert(name):
        return formatarg(name) + formatvalue(locals[name])
    specs = [strseq(arg, convert, join) for arg in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(specs) + ')'


def getcallargs(func, *positional, **named):
    """The dictionary of argument name -> value a call func(*positional,
    **named) would bind, with the TypeError the call would raise."""
    args, varargs, varkw, defaults = getargspec(func)
    f_name = func.__name__
    values = {}
    tuple_params = []

    def assign(arg, value):
        if isinstance(arg, str):
            values[arg] = value
            return
        tuple_params.append(arg)
        try:
            items = iter(value)
        except TypeError:
            raise TypeError("'%s' object is not iterable"
                            % type(value).__name__)
        unpacked = list(items)
        if len(unpacked) < len(arg):
            raise ValueError('need more than %d %s to unpack'
                             % (len(unpacked), 'value' if len(unpacked) == 1
                                else 'values'))
        if len(unpacked) > len(arg):
            raise ValueError('too many values to unpack')
        for sub, v in zip(arg, unpacked):
            assign(sub, v)

    def is_assigned(arg):
        if isinstance(arg, str):
            return arg in values
        return arg in tuple_params

    if ismethod(func) and func.im_self is not None:
        positional = (func.im_self,) + positional
    num_pos = len(positional)
    num_total = num_pos + len(named)
    num_args = len(args)
    num_defaults = len(defaults) if defaults else 0
    for arg, value in zip(args, positional):
        assign(arg, value)
    if varargs:
        if num_pos > num_args:
            assign(varargs, positional[-(num_pos - num_args):])
        else:
            assign(varargs, ())
    elif 0 < num_args < num_pos:
        raise TypeError('%s() takes %s %d %s (%d given)' % (
            f_name, 'at most' if defaults else 'exactly', num_args,
            'arguments' if num_args > 1 else 'argument', num_total))
    elif num_args == 0 and num_total:
        if varkw:
            if num_pos:
                # as the interpreter, counting the keywords too
                raise TypeError('%s() takes exactly 0 arguments '
                                '(%d given)' % (f_name, num_total))
        else:
            raise TypeError('%s() takes no arguments (%d given)'
                            % (f_name, num_total))
    for arg in args:
        if isinstance(arg, str) and arg in named:
            if is_assigned(arg):
                raise TypeError("%s() got multiple values for keyword "
                                "argument '%s'" % (f_name, arg))
            assign(arg, named.pop(arg))
    if defaults:
        for arg, value in zip(args[-num_defaults:], defaults):
            if not is_assigned(arg):
                assign(arg, value)
    if varkw:
        assign(varkw, named)
    elif named:
        unexpected = next(iter(named))
        if isinstance(unexpected, unicode):
            unexpected = unexpected.encode(sys.getdefaultencoding(), 'replace')
        raise TypeError("%s() got an unexpected keyword argument '%s'"
                        % (f_name, unexpected))
    unassigned = num_args - len([arg for arg in args if is_assigned(arg)])
    if unassigned:
        num_required = num_args - num_defaults
        raise TypeError('%s() takes %s %d %s (%d given)' % (
            f_name, 'at least' if defaults else 'exactly', num_required,
            'arguments' if num_required > 1 else 'argument', num_total))
    return values


# ---- the interpreter stack -------------------------------------------------------

def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) of a frame
    or traceback: code_context holds context source lines around the
    current one, index the current line's position in it."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'
                        .format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, lnum = findsource(frame)
        except IOError:
            lines = index = None
        else:
            start = max(start, 1)
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getlineno(frame):
    """The line the frame is executing."""
    return frame.f_lineno


def getouterframes(frame, context=1):
    """(frame, filename, lineno, function, code_context, index) for the
    frame and each of its callers, innermost first."""
    framelist = []
    while frame:
        framelist.append((frame,) + getframeinfo(frame, context))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    """(frame, filename, lineno, function, code_context, index) for each
    level of a traceback, from where it was caught to where it was
    raised."""
    framelist = []
    while tb:
        framelist.append((tb.tb_frame,) + getframeinfo(tb, context))
        tb = tb.tb_next
    return framelist


def currentframe():
    """The frame of the caller."""
    return sys._getframe(1)


def stack(context=1):
    """getouterframes of the caller's frame."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """getinnerframes of the exception being handled."""
    return getinnerframes(sys.exc_info()[2], context)
