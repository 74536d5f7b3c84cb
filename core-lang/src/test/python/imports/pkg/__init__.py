# a package: its __init__ runs on first import
print 'pkg init', __name__
pkg_value = 'from pkg'
__all__ = ['alpha', 'beta']
