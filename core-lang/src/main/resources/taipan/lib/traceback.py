"""Printing and formatting stack traces and exceptions, as the interpreter does."""
# Taipan's own implementation of the 2.7 traceback module.

import linecache
import sys
import types

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'tb_lineno']


def _print(file, text='', terminator='\n'):
    file.write(text + terminator)


def print_list(extracted_list, file=None):
    """Prints (filename, lineno, name, line) tuples as a traceback's body."""
    if file is None:
        file = sys.stderr
    for filename, lineno, name, line in extracted_list:
        _print(file, '  File "%s", line %d, in %s' % (filename, lineno, name))
        if line:
            _print(file, '    %s' % line.strip())


def format_list(extracted_list):
    """The strings print_list would print, one per entry (two lines when there is source)."""
    out = []
    for filename, lineno, name, line in extracted_list:
        item = '  File "%s", line %d, in %s\n' % (filename, lineno, name)
        if line:
            item = item + '    %s\n' % line.strip()
        out.append(item)
    return out


def print_tb(tb, limit=None, file=None):
    """Prints at most limit entries of traceback tb."""
    if file is None:
        file = sys.stderr
    for entry in format_list(extract_tb(tb, limit)):
        file.write(entry)


def format_tb(tb, limit=None):
    return format_list(extract_tb(tb, limit))


def _limit(limit):
    if limit is None and hasattr(sys, 'tracebacklimit'):
        return sys.tracebacklimit
    return limit


def extract_tb(tb, limit=None):
    """(filename, lineno, name, line) for each traceback entry, oldest first."""
    limit = _limit(limit)
    out = []
    n = 0
    while tb is not None and (limit is None or n < limit):
        f = tb.tb_frame
        lineno = tb.tb_lineno
        co = f.f_code
        filename = co.co_filename
        linecache.checkcache(filename)
        line = linecache.getline(filename, lineno, f.f_globals)
        line = line.strip() if line else None
        out.append((filename, lineno, co.co_name, line))
        tb = tb.tb_next
        n = n + 1
    return out


def print_exception(etype, value, tb, limit=None, file=None):
    """Prints an exception and its traceback as the interpreter does for uncaught ones."""
    if file is None:
        file = sys.stderr
    for line in format_exception(etype, value, tb, limit):
        file.write(line)


def format_exception(etype, value, tb, limit=None):
    """The lines print_exception would print (each ends with a newline)."""
    if tb:
        out = ['Traceback (most recent call last):\n']
        out.extend(format_tb(tb, limit))
    else:
        out = []
    out.extend(format_exception_only(etype, value))
    return out


def format_exception_only(etype, value):
    """The last line(s) of a traceback: "Type: message" (and the caret lines of a SyntaxError)."""
    if (isinstance(etype, BaseException) or
            isinstance(etype, types.InstanceType) or
            etype is None or type(etype) is str):
        return [_format_final_exc_line(etype, value)]

    stype = etype.__name__

    if not issubclass(etype, SyntaxError):
        return [_format_final_exc_line(stype, value)]

    lines = []
    try:
        msg, (filename, lineno, offset, badline) = value.args
    except Exception:
        pass
    else:
        filename = filename or "<string>"
        lines.append('  File "%s", line %d\n' % (filename, lineno))
        if badline is not None:
            lines.append('    %s\n' % badline.strip())
            if offset is not None:
                caretspace = badline.rstrip('\n')
                offset = min(len(caretspace), offset) - 1
                caretspace = caretspace[:offset].lstrip()
                caretspace = ((c.isspace() and c or ' ') for c in caretspace)
                lines.append('    %s^\n' % ''.join(caretspace))
        value = msg

    lines.append(_format_final_exc_line(stype, value))
    return lines


def _format_final_exc_line(etype, value):
    valuestr = _some_str(value)
    if value is None or not valuestr:
        line = "%s\n" % etype
    else:
        line = "%s: %s\n" % (etype, valuestr)
    return line


def _some_str(value):
    try:
        return str(value)
    except Exception:
        pass
    try:
        value = unicode(value)
        return value.encode("ascii", "backslashreplace")
    except Exception:
        pass
    return '<unprintable %s object>' % type(value).__name__


def print_exc(limit=None, file=None):
    """Prints the exception being handled (sys.exc_info())."""
    if file is None:
        file = sys.stderr
    try:
        etype, value, tb = sys.exc_info()
        print_exception(etype, value, tb, limit, file)
    finally:
        etype = value = tb = None


def format_exc(limit=None):
    """The text print_exc would print."""
    try:
        etype, value, tb = sys.exc_info()
        return ''.join(format_exception(etype, value, tb, limit))
    finally:
        etype = value = tb = None


def print_last(limit=None, file=None):
    """Prints the last uncaught exception (sys.last_type and friends)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    if file is None:
        file = sys.stderr
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file)


def _caller_frame(f):
    if f is None:
        try:
            raise ZeroDivisionError
        except ZeroDivisionError:
            f = sys.exc_info()[2].tb_frame.f_back.f_back
    return f


def print_stack(f=None, limit=None, file=None):
    """Prints the stack from the calling frame (or f) up, oldest first."""
    f = _caller_frame(f)
    print_list(extract_stack(f, limit), file)


def format_stack(f=None, limit=None):
    f = _caller_frame(f)
    return format_list(extract_stack(f, limit))


def extract_stack(f=None, limit=None):
    """(filename, lineno, name, line) for each frame from f (or the caller) up, oldest first."""
    f = _caller_frame(f)
    limit = _limit(limit)
    out = []
    n = 0
    while f is not None and (limit is None or n < limit):
        lineno = f.f_lineno
        co = f.f_code
        filename = co.co_filename
        linecache.checkcache(filename)
        line = linecache.getline(filename, lineno, f.f_globals)
        line = line.strip() if line else None
        out.append((filename, lineno, co.co_name, line))
        f = f.f_back
        n = n + 1
    out.reverse()
    return out


def tb_lineno(tb):
    """The line number of a traceback entry (kept for compatibility)."""
    return tb.tb_lineno
