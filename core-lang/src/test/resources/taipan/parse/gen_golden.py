# Generates golden.txt from snippets.txt with CPython 2.7 (run from this directory):
#   python2.7 gen_golden.py
# Each golden line: mode \t options \t hex(source) \t result, where result is
#   OK \t future-flags-or-None \t ast.dump(tree)
#   ERR \t class \t repr(msg) \t lineno \t offset \t repr(text)
import ast, os, sys, tempfile, shutil, __future__

FUTURE_MSGS = ('not a chance', 'future feature', 'from __future__ imports must occur')
FUTURE_MASK = 0x2000 | 0x4000 | 0x8000 | 0x10000 | 0x20000
PyCF_DONT_IMPLY_DEDENT = 0x200

def err(e):
    if isinstance(e, SyntaxError):
        return 'ERR\t%s\t%r\t%r\t%r\t%r' % (type(e).__name__, e.msg, e.lineno, e.offset, e.text)
    return 'ERR\t%s\t%r\tNone\tNone\tNone' % (type(e).__name__, str(e))

def flags_of(opts):
    f = 0
    if 'dontimply' in opts: f |= PyCF_DONT_IMPLY_DEDENT
    if 'pf' in opts: f |= __future__.CO_FUTURE_PRINT_FUNCTION
    if 'ul' in opts: f |= __future__.CO_FUTURE_UNICODE_LITERALS
    return f

def string_mode(src, mode, opts):
    if 'uni' in opts:
        src = src.decode('utf-8')
    flags = flags_of(opts)
    try:
        tree = compile(src, '<s>', mode, ast.PyCF_ONLY_AST | flags, True)
    except (SyntaxError, ValueError, MemoryError) as e:
        return err(e)
    ff = None
    try:
        code = compile(src, '<s>', mode, flags, True)
        ff = code.co_flags & FUTURE_MASK
    except SyntaxError as e:
        if e.msg.startswith(FUTURE_MSGS):
            return err(e)
    except Exception:
        pass
    return 'OK\t%r\t%s' % (ff, ast.dump(tree))

def file_mode(src, mode, opts):
    d = tempfile.mkdtemp()
    old = os.getcwd()
    try:
        os.chdir(d)
        open('t.py', 'wb').write(src)
        try:
            execfile('t.py', {'__name__': 'golden'})
        except (SyntaxError, MemoryError) as e:
            return err(e)
        except Exception:
            pass
        return string_mode(src, mode, opts)
    finally:
        os.chdir(old)
        shutil.rmtree(d)

def main():
    out = open('golden.txt', 'w')
    for line in open('snippets.txt'):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        mode, opts, literal = line.split(' ', 2)
        src = eval(literal)
        opts = opts.split(',')
        if 'file' in opts:
            res = file_mode(src, mode, opts)
        else:
            res = string_mode(src, mode, opts)
        out.write('%s\t%s\t%s\t%s\n' % (mode, ','.join(opts), src.encode('hex'), res))
    out.close()

main()
