"""Subprocesses with accessible I/O streams

This module allows you to spawn processes, connect to their
input/output/error pipes, and obtain their return codes.

Children are started with posix_spawn (the JVM this runs on is never
forked), so preexec_fn is not supported.
"""

import sys
import os
import errno
import signal
import _posixsubprocess

mswindows = False

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call",
           "check_output", "CalledProcessError"]

PIPE = -1
STDOUT = -2

MAXFD = 256
try:
    MAXFD = os.sysconf("SC_OPEN_MAX")
except (AttributeError, ValueError, OSError):
    pass


class CalledProcessError(Exception):
    """This exception is raised when a process run by check_call() or
    check_output() returns a non-zero exit status.
    The exit status will be stored in the returncode attribute;
    check_output() will also store the output in the output attribute.
    """
    def __init__(self, returncode, cmd, output=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output

    def __str__(self):
        return "Command '%s' returned non-zero exit status %d" % (self.cmd, self.returncode)


# Popen objects dropped before their child ended; reaped at the next Popen
_active = []


def _cleanup():
    for inst in _active[:]:
        res = inst._internal_poll(_deadstate=sys.maxint)
        if res is not None:
            try:
                _active.remove(inst)
            except ValueError:
                pass


def _eintr_retry_call(func, *args):
    while True:
        try:
            return func(*args)
        except (OSError, IOError) as e:
            if e.errno == errno.EINTR:
                continue
            raise


def call(*popenargs, **kwargs):
    """Run command with arguments.  Wait for command to complete, then
    return the returncode attribute.

    The arguments are the same as for the Popen constructor.  Example:

    retcode = call(["ls", "-l"])
    """
    return Popen(*popenargs, **kwargs).wait()


def check_call(*popenargs, **kwargs):
    """Run command with arguments.  Wait for command to complete.  If
    the exit code was zero then return, otherwise raise
    CalledProcessError.  The CalledProcessError object will have the
    return code in the returncode attribute.

    The arguments are the same as for the Popen constructor.  Example:

    check_call(["ls", "-l"])
    """
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, **kwargs):
    r"""Run command with arguments and return its output as a byte string.

    If the exit code was non-zero it raises a CalledProcessError.  The
    CalledProcessError object will have the return code in the returncode
    attribute and output in the output attribute.

    The arguments are the same as for the Popen constructor.  Example:

    >>> check_output(["ls", "-l", "/dev/null"])
    'crw-rw-rw- 1 root root 1, 3 Oct 18  2007 /dev/null\n'

    The stdout argument is not allowed as it is used internally.
    To capture standard error in the result, use stderr=STDOUT.

    >>> check_output(["/bin/sh", "-c",
    ...               "ls -l non_existent_file ; exit 0"],
    ...              stderr=STDOUT)
    'ls: non_existent_file: No such file or directory\n'
    """
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    process = Popen(stdout=PIPE, *popenargs, **kwargs)
    output, unused_err = process.communicate()
    retcode = process.poll()
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd, output=output)
    return output


def list2cmdline(seq):
    """
    Translate a sequence of arguments into a command line
    string, using the same rules as the MS C runtime:

    1) Arguments are delimited by white space, which is either a
       space or a tab.

    2) A string surrounded by double quotation marks is
       interpreted as a single argument, regardless of white space
       contained within.  A quoted string can be embedded in an
       argument.

    3) A double quotation mark preceded by a backslash is
       interpreted as a literal double quotation mark.

    4) Backslashes are interpreted literally, unless they
       immediately precede a double quotation mark.

    5) If backslashes immediately precede a double quotation mark,
       every pair of backslashes is interpreted as a literal
       backslash.  If the number of backslashes is odd, the last
       backslash escapes the next double quotation mark as
       described in rule 3.
    """
    parts = []
    for arg in seq:
        quote = (" " in arg) or ("\t" in arg) or not arg
        out = []
        if quote:
            out.append('"')
        backslashes = 0
        for c in arg:
            if c == '\\':
                backslashes += 1
            elif c == '"':
                # the backslashes before a quote are doubled, and the quote escaped
                out.append('\\' * (backslashes * 2 + 1) + '"')
                backslashes = 0
            else:
                if backslashes:
                    out.append('\\' * backslashes)
                    backslashes = 0
                out.append(c)
        if backslashes:
            out.append('\\' * (backslashes * 2 if quote else backslashes))
        if quote:
            out.append('"')
        parts.append(''.join(out))
    return ' '.join(parts)


def _translate_newlines(data):
    return data.replace("\r\n", "\n").replace("\r", "\n")


class Popen(object):

    _child_created = False

    def __init__(self, args, bufsize=0, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=False, shell=False,
                 cwd=None, env=None, universal_newlines=False,
                 startupinfo=None, creationflags=0):
        """Create new Popen instance."""
        _cleanup()
        if not isinstance(bufsize, (int, long)):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows "
                             "platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows "
                             "platforms")
        if preexec_fn is not None:
            raise NotImplementedError("preexec_fn needs os.fork, which this runtime does not offer")

        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.universal_newlines = universal_newlines

        (p2cread, p2cwrite,
         c2pread, c2pwrite,
         errread, errwrite), to_close = self._get_handles(stdin, stdout, stderr)

        try:
            self._execute_child(args, executable, close_fds, cwd, env, shell,
                                p2cread, c2pwrite, errwrite)
        except Exception:
            exc_type, exc_value, exc_tb = sys.exc_info()
            for fd in to_close | set([p2cwrite, c2pread, errread]):
                if fd is not None and fd >= 0:
                    try:
                        os.close(fd)
                    except EnvironmentError:
                        pass
            raise exc_type, exc_value, exc_tb
        for fd in to_close:
            os.close(fd)

        if p2cwrite is not None:
            self.stdin = os.fdopen(p2cwrite, 'wb', bufsize)
        if c2pread is not None:
            if universal_newlines:
                self.stdout = os.fdopen(c2pread, 'rU', bufsize)
            else:
                self.stdout = os.fdopen(c2pread, 'rb', bufsize)
        if errread is not None:
            if universal_newlines:
                self.stderr = os.fdopen(errread, 'rU', bufsize)
            else:
                self.stderr = os.fdopen(errread, 'rb', bufsize)

    def _pipe(self):
        # the child gets its ends through dup2; no other child may hold them open
        return _posixsubprocess.cloexec_pipe()

    def _get_handles(self, stdin, stdout, stderr):
        """The six descriptors of the child's standard streams (None when
        not redirected), and the ones to close in the parent once the
        child has started."""
        to_close = set()
        p2cread = p2cwrite = c2pread = c2pwrite = errread = errwrite = None

        if stdin == PIPE:
            p2cread, p2cwrite = self._pipe()
            to_close.add(p2cread)
        elif isinstance(stdin, (int, long)):
            p2cread = stdin
        elif stdin is not None:
            p2cread = stdin.fileno()

        if stdout == PIPE:
            c2pread, c2pwrite = self._pipe()
            to_close.add(c2pwrite)
        elif isinstance(stdout, (int, long)):
            c2pwrite = stdout
        elif stdout is not None:
            c2pwrite = stdout.fileno()

        if stderr == PIPE:
            errread, errwrite = self._pipe()
            to_close.add(errwrite)
        elif stderr == STDOUT:
            errwrite = c2pwrite if c2pwrite is not None else 1
        elif isinstance(stderr, (int, long)):
            errwrite = stderr
        elif stderr is not None:
            errwrite = stderr.fileno()

        # a source that is also an earlier target would be overwritten before its move
        if c2pwrite == 0:
            c2pwrite = os.dup(c2pwrite)
            to_close.add(c2pwrite)
        while errwrite in (0, 1):
            errwrite = os.dup(errwrite)
            to_close.add(errwrite)

        return (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite), to_close

    def _execute_child(self, args, executable, close_fds, cwd, env, shell,
                       p2cread, c2pwrite, errwrite):
        if isinstance(args, basestring):
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]
        # flush what Python has buffered, as fork() would have duplicated it
        for f in (sys.stdout, sys.stderr):
            try:
                f.flush()
            except Exception:
                pass
        self.pid = _posixsubprocess.spawn(
            executable, args, env, cwd,
            -1 if p2cread is None else p2cread,
            -1 if c2pwrite is None else c2pwrite,
            -1 if errwrite is None else errwrite,
            bool(close_fds), os.path.dirname(executable) == '')
        self._child_created = True

    def __del__(self, _maxint=sys.maxint, _active=_active):
        if not self._child_created:
            return
        self._internal_poll(_deadstate=_maxint)
        if self.returncode is None and _active is not None:
            _active.append(self)

    def _handle_exitstatus(self, sts):
        if os.WIFSIGNALED(sts):
            self.returncode = -os.WTERMSIG(sts)
        elif os.WIFEXITED(sts):
            self.returncode = os.WEXITSTATUS(sts)
        else:
            raise RuntimeError("Unknown child exit status!")

    def _internal_poll(self, _deadstate=None):
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            except OSError as e:
                if _deadstate is not None:
                    self.returncode = _deadstate
                elif e.errno == errno.ECHILD:
                    # reaped elsewhere: the status is gone
                    self.returncode = 0
        return self.returncode

    def poll(self):
        return self._internal_poll()

    def wait(self):
        """Wait for child process to terminate.  Returns returncode
        attribute."""
        while self.returncode is None:
            try:
                pid, sts = _eintr_retry_call(os.waitpid, self.pid, 0)
            except OSError as e:
                if e.errno != errno.ECHILD:
                    raise
                pid = self.pid
                sts = 0
            if pid == self.pid:
                self._handle_exitstatus(sts)
        return self.returncode

    def communicate(self, input=None):
        """Interact with process: Send data to stdin.  Read data from
        stdout and stderr, until end-of-file is reached.  Wait for
        process to terminate.  The optional input argument should be a
        string to be sent to the child process, or None, if no data
        should be sent to the child.

        communicate() returns a tuple (stdout, stderr)."""
        pipes = [f for f in (self.stdin, self.stdout, self.stderr) if f is not None]
        if len(pipes) < 2:
            # one pipe: no risk of a deadlock
            stdout = stderr = None
            if self.stdin:
                if input:
                    try:
                        self.stdin.write(input)
                    except IOError as e:
                        if e.errno != errno.EPIPE and e.errno != errno.EINVAL:
                            raise
                self.stdin.close()
            elif self.stdout:
                stdout = _eintr_retry_call(self.stdout.read)
                self.stdout.close()
            elif self.stderr:
                stderr = _eintr_retry_call(self.stderr.read)
                self.stderr.close()
            self.wait()
            return (stdout, stderr)

        if self.stdin:
            self.stdin.flush()
        stdout, stderr = _posixsubprocess.communicate(self.stdin, input, self.stdout, self.stderr)
        if self.universal_newlines:
            if stdout is not None:
                stdout = _translate_newlines(stdout)
            if stderr is not None:
                stderr = _translate_newlines(stderr)
        self.wait()
        return (stdout, stderr)

    def send_signal(self, sig):
        """Send a signal to the process
        """
        os.kill(self.pid, sig)

    def terminate(self):
        """Terminate the process with SIGTERM
        """
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Kill the process with SIGKILL
        """
        self.send_signal(signal.SIGKILL)
