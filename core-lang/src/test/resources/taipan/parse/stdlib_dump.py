# Dev-time helper (Python 2.7): for each file named on stdin, print what CPython's compile()
# makes of it, in the format StdlibCompare.java reads:
#   path \t OK \t md5(ast.dump) \t md5(ast.dump with attributes)
#   path \t ERR \t class \t repr(msg) \t lineno \t offset
# With --dump FILE [--attrs], print the dump of one file instead.
import ast, sys, hashlib

FUTURE_MSGS = ('not a chance', 'future feature', 'from __future__ imports must occur')

def result(path, src):
    try:
        tree = compile(src, path, 'exec', ast.PyCF_ONLY_AST)
    except (SyntaxError, ValueError, MemoryError) as e:
        return err(e)
    try:
        compile(src, path, 'exec')
    except SyntaxError as e:
        if e.msg.startswith(FUTURE_MSGS):
            return err(e)
    except Exception:
        pass
    d1 = ast.dump(tree)
    d2 = ast.dump(tree, include_attributes=True)
    return 'OK\t%s\t%s' % (hashlib.md5(d1).hexdigest(), hashlib.md5(d2).hexdigest())

def err(e):
    if isinstance(e, SyntaxError):
        return 'ERR\t%s\t%r\t%r\t%r' % (type(e).__name__, e.msg, e.lineno, e.offset)
    return 'ERR\t%s\t%r\tNone\tNone' % (type(e).__name__, str(e))

if __name__ == '__main__':
    if len(sys.argv) > 2 and sys.argv[1] == '--dump':
        src = open(sys.argv[2], 'rb').read()
        tree = compile(src, sys.argv[2], 'exec', ast.PyCF_ONLY_AST)
        print ast.dump(tree, include_attributes='--attrs' in sys.argv)
        sys.exit(0)
    for line in sys.stdin:
        path = line.rstrip('\n')
        if not path:
            continue
        src = open(path, 'rb').read()
        if '\0' in src:
            continue
        print '%s\t%s' % (path, result(path, src))
