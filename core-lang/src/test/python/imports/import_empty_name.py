# __import__ of an empty name outside a package is a ValueError (a loader loop relies on it)
def f(name, module=None):
    parts = name.split('.')
    if module is None:
        parts_copy = parts[:]
        while parts_copy:
            try:
                module = __import__('.'.join(parts_copy))
                break
            except ImportError:
                del parts_copy[-1]
                if not parts_copy:
                    raise
        parts = parts[1:]
    obj = module
    return obj
try:
    f('')
except Exception as e:
    print type(e).__name__, e
try:
    __import__('')
except Exception as e:
    print type(e).__name__, e
print f('sys.path').__name__
