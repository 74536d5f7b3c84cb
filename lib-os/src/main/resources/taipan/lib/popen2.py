"""Spawn a command with pipes to its stdin, stdout, and optionally stderr.

The normal os.popen(cmd, mode) call spawns a shell command and provides a
file interface to just the input or output of the process depending on
whether mode is 'r' or 'w'.  This module provides the functions popen2(cmd)
and popen3(cmd) which return two or three pipes to the spawned command.
"""

import os
import sys
import warnings
warnings.warn("The popen2 module is deprecated.  Use the subprocess module.",
              DeprecationWarning, stacklevel=2)

__all__ = ["popen2", "popen3", "popen4"]

try:
    MAXFD = os.sysconf('SC_OPEN_MAX')
except (AttributeError, ValueError):
    MAXFD = 256

_active = []


def _cleanup():
    for inst in _active[:]:
        if inst.poll(_deadstate=sys.maxint) >= 0:
            try:
                _active.remove(inst)
            except ValueError:
                # another thread removed it meanwhile
                pass


def _start(cmd, stdin, stdout, stderr):
    # the child's standard descriptors are moved into place by posix_spawn
    import _posixsubprocess
    if isinstance(cmd, basestring):
        cmd = ['/bin/sh', '-c', cmd]
    else:
        cmd = list(cmd)
    return _posixsubprocess.spawn(cmd[0], cmd, None, None, stdin, stdout, stderr,
                                  True, os.path.dirname(cmd[0]) == '')


class Popen3:
    """Class representing a child process.  Normally, instances are created
    internally by the functions popen2() and popen3()."""

    sts = -1                    # Child not completed yet

    def __init__(self, cmd, capturestderr=False, bufsize=-1):
        """The parameter 'cmd' is the shell command to execute in a
        sub-process.  On UNIX, 'cmd' may be a sequence, in which case arguments
        will be passed directly to the program without shell intervention (as
        with os.spawnv()).  If 'cmd' is a string it will be passed to the shell
        (as with os.system()).   The 'capturestderr' flag, if true, specifies
        that the object should capture standard error output of the child
        process.  The default is false.  If the 'bufsize' parameter is
        specified, it specifies the size of the I/O buffers to/from the child
        process."""
        import _posixsubprocess
        _cleanup()
        self.cmd = cmd
        p2cread, p2cwrite = _posixsubprocess.cloexec_pipe()
        c2pread, c2pwrite = _posixsubprocess.cloexec_pipe()
        if capturestderr:
            errout, errin = _posixsubprocess.cloexec_pipe()
        else:
            errout = errin = -1
        try:
            self.pid = _start(cmd, p2cread, c2pwrite, errin)
        finally:
            for fd in (p2cread, c2pwrite, errin):
                if fd >= 0:
                    os.close(fd)
        self.tochild = os.fdopen(p2cwrite, 'w', bufsize)
        self.fromchild = os.fdopen(c2pread, 'r', bufsize)
        if capturestderr:
            self.childerr = os.fdopen(errout, 'r', bufsize)
        else:
            self.childerr = None

    def __del__(self):
        # a child still running is reaped by a later _cleanup()
        self.poll(_deadstate=sys.maxint)
        if self.sts < 0:
            if _active is not None:
                _active.append(self)

    def poll(self, _deadstate=None):
        """Return the exit status of the child process if it has finished,
        or -1 if it hasn't finished yet."""
        if self.sts < 0:
            try:
                pid, sts = os.waitpid(self.pid, os.WNOHANG)
                if pid == self.pid:
                    self.sts = sts
            except os.error:
                if _deadstate is not None:
                    self.sts = _deadstate
        return self.sts

    def wait(self):
        """Wait for and return the exit status of the child process."""
        if self.sts < 0:
            pid, sts = os.waitpid(self.pid, 0)
            # the child may have been reaped already by someone else
            if pid == self.pid:
                self.sts = sts
        return self.sts


class Popen4(Popen3):
    childerr = None

    def __init__(self, cmd, bufsize=-1):
        import _posixsubprocess
        _cleanup()
        self.cmd = cmd
        p2cread, p2cwrite = _posixsubprocess.cloexec_pipe()
        c2pread, c2pwrite = _posixsubprocess.cloexec_pipe()
        try:
            self.pid = _start(cmd, p2cread, c2pwrite, c2pwrite)
        finally:
            os.close(p2cread)
            os.close(c2pwrite)
        self.tochild = os.fdopen(p2cwrite, 'w', bufsize)
        self.fromchild = os.fdopen(c2pread, 'r', bufsize)


def popen2(cmd, bufsize=-1, mode='t'):
    """Execute the shell command 'cmd' in a sub-process. On UNIX, 'cmd' may
    be a sequence, in which case arguments will be passed directly to the
    program without shell intervention (as with os.spawnv()). If 'cmd' is a
    string it will be passed to the shell (as with os.system()). If
    'bufsize' is specified, it sets the buffer size for the I/O pipes. The
    file objects (child_stdout, child_stdin) are returned."""
    inst = Popen3(cmd, False, bufsize)
    return inst.fromchild, inst.tochild


def popen3(cmd, bufsize=-1, mode='t'):
    """Execute the shell command 'cmd' in a sub-process. On UNIX, 'cmd' may
    be a sequence, in which case arguments will be passed directly to the
    program without shell intervention (as with os.spawnv()). If 'cmd' is a
    string it will be passed to the shell (as with os.system()). If
    'bufsize' is specified, it sets the buffer size for the I/O pipes. The
    file objects (child_stdout, child_stdin, child_stderr) are returned."""
    inst = Popen3(cmd, True, bufsize)
    return inst.fromchild, inst.tochild, inst.childerr


def popen4(cmd, bufsize=-1, mode='t'):
    """Execute the shell command 'cmd' in a sub-process. On UNIX, 'cmd' may
    be a sequence, in which case arguments will be passed directly to the
    program without shell intervention (as with os.spawnv()). If 'cmd' is a
    string it will be passed to the shell (as with os.system()). If
    'bufsize' is specified, it sets the buffer size for the I/O pipes. The
    file objects (child_stdout_stderr, child_stdin) are returned."""
    inst = Popen4(cmd, bufsize)
    return inst.fromchild, inst.tochild

__all__.extend(["Popen3", "Popen4"])
