"""Run a shell command and collect what it prints (stdout and stderr together).

    getoutput(cmd)        -> the output, without its last newline
    getstatusoutput(cmd)  -> (wait status, output)
    getstatus(file)       -> the output of "ls -ld file" (deprecated)

Deprecated in 2.7 (removed in Python 3) in favour of subprocess.
"""
from warnings import warnpy3k
warnpy3k("the commands module has been removed in Python 3.0; "
         "use the subprocess module instead", stacklevel=2)
del warnpy3k

__all__ = ["getstatusoutput", "getoutput", "getstatus"]


def getstatusoutput(cmd):
    """(wait status, output) of cmd run by the shell, stderr merged into stdout."""
    import os
    pipe = os.popen('{ ' + cmd + '; } 2>&1', 'r')
    output = pipe.read()
    status = pipe.close() or 0
    return status, output[:-1] if output.endswith('\n') else output


def getoutput(cmd):
    """What cmd prints (stdout and stderr), without the final newline."""
    return getstatusoutput(cmd)[1]


def getstatus(file):
    """The output of "ls -ld file"."""
    import warnings
    warnings.warn("commands.getstatus() is deprecated", DeprecationWarning, 2)
    return getoutput('ls -ld' + mkarg(file))


def mk2arg(head, x):
    import os
    return mkarg(os.path.join(head, x))


def mkarg(x):
    """x quoted for the shell, with a leading space."""
    if "'" not in x:
        return " '" + x + "'"
    escaped = ''.join(['\\' + c if c in '\\$"`' else c for c in x])
    return ' "' + escaped + '"'
