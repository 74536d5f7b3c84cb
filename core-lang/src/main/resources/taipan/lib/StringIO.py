"""File-like objects that read from and write to a string buffer.

StringIO([buffer]) makes a file whose contents start as buffer (if given);
read, readline, readlines, seek, tell, write, writelines, truncate, getvalue
and close behave as on real files.  str and unicode may be mixed as long as
the str parts are ASCII (they are joined with ''.join when the value is
needed).
"""
# Taipan's own implementation of the 2.7 StringIO module.

__all__ = ["StringIO"]

_EINVAL = 22


def _complain_ifclosed(closed):
    if closed:
        raise ValueError("I/O operation on closed file")


class StringIO:
    """A file-like object over an in-memory string.

    Writes are collected in a list and joined lazily (so many small writes
    stay cheap); reads and seeks join them first.
    """

    def __init__(self, buf=''):
        if not isinstance(buf, basestring):
            buf = str(buf)
        self.buf = buf
        self.len = len(buf)
        self.buflist = []
        self.pos = 0
        self.closed = False
        self.softspace = 0

    def __iter__(self):
        return self

    def next(self):
        """Return the next line; StopIteration at the end of the buffer."""
        _complain_ifclosed(self.closed)
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _join(self):
        if self.buflist:
            self.buf += ''.join(self.buflist)
            self.buflist = []

    def close(self):
        """Free the memory buffer; further operations raise ValueError."""
        if not self.closed:
            self.closed = True
            del self.buf, self.pos

    def isatty(self):
        """Always False: a StringIO is not a terminal."""
        _complain_ifclosed(self.closed)
        return False

    def seek(self, pos, mode=0):
        """Set the position: mode 0 from the start, 1 from here, 2 from the end."""
        _complain_ifclosed(self.closed)
        self._join()
        if mode == 1:
            pos += self.pos
        elif mode == 2:
            pos += self.len
        self.pos = max(0, pos)

    def tell(self):
        """Return the current position."""
        _complain_ifclosed(self.closed)
        return self.pos

    def read(self, n=-1):
        """Read at most n characters (all that remain when n is negative or None)."""
        _complain_ifclosed(self.closed)
        self._join()
        if n is None or n < 0:
            end = self.len
        else:
            end = min(self.pos + n, self.len)
        data = self.buf[self.pos:end]
        self.pos = end
        return data

    def readline(self, length=None):
        """Read one line, newline included; at most length characters if given."""
        _complain_ifclosed(self.closed)
        self._join()
        nl = self.buf.find('\n', self.pos)
        if nl < 0:
            end = self.len
        else:
            end = nl + 1
        if length is not None and length >= 0 and self.pos + length < end:
            end = self.pos + length
        line = self.buf[self.pos:end]
        self.pos = end
        return line

    def readlines(self, sizehint=0):
        """Read the remaining lines; stop once about sizehint characters were read."""
        lines = []
        total = 0
        line = self.readline()
        while line:
            lines.append(line)
            total += len(line)
            if 0 < sizehint <= total:
                break
            line = self.readline()
        return lines

    def truncate(self, size=None):
        """Cut the buffer to size characters (the current position by default)."""
        _complain_ifclosed(self.closed)
        if size is None:
            size = self.pos
        elif size < 0:
            raise IOError(_EINVAL, "Negative size not allowed")
        elif size < self.pos:
            self.pos = size
        self.buf = self.getvalue()[:size]
        self.len = size

    def write(self, s):
        """Write s at the current position (padding with NULs past the end)."""
        _complain_ifclosed(self.closed)
        if not s:
            return
        if not isinstance(s, basestring):
            s = str(s)
        pos = self.pos
        size = self.len
        if pos == size:
            self.buflist.append(s)
            self.len = self.pos = pos + len(s)
            return
        if pos > size:
            self.buflist.append('\0' * (pos - size))
            size = pos
        end = pos + len(s)
        if pos < size:
            self._join()
            self.buflist = [self.buf[:pos], s, self.buf[end:]]
            self.buf = ''
            if end > size:
                size = end
        else:
            self.buflist.append(s)
            size = end
        self.len = size
        self.pos = end

    def writelines(self, iterable):
        """Write every string the iterable gives (no newlines are added)."""
        write = self.write
        for line in iterable:
            write(line)

    def flush(self):
        """Nothing to flush; fails on a closed file as files do."""
        _complain_ifclosed(self.closed)

    def getvalue(self):
        """Return the whole contents, whatever the position."""
        _complain_ifclosed(self.closed)
        self._join()
        return self.buf
