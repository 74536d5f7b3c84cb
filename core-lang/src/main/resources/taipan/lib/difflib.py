"""
Module difflib -- helpers for computing deltas between objects.

Function get_close_matches(word, possibilities, n=3, cutoff=0.6):
    Use SequenceMatcher to return list of the best "good enough" matches.

Function context_diff(a, b):
    For two lists of strings, return a delta in context diff format.

Function ndiff(a, b):
    Return a delta: the difference between `a` and `b` (lists of strings).

Function restore(delta, which):
    Return one of the two sequences that generated an ndiff delta.

Function unified_diff(a, b):
    For two lists of strings, return a delta in unified diff format.

Class SequenceMatcher:
    A flexible class for comparing pairs of sequences of any type.

Class Differ:
    For producing human-readable deltas from sequences of lines of text.

Class HtmlDiff:
    For producing HTML side by side comparison with change highlights.
"""
# Taipan's difflib. The matching algorithm is Ratcliff/Obershelp "gestalt pattern
# matching" with CPython's junk and popularity heuristics and tie-breaking, so that
# every delta is the one CPython 2.7 produces.

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'HtmlDiff', 'Match']

import heapq
from collections import namedtuple as _namedtuple
from functools import reduce

Match = _namedtuple('Match', 'a b size')


def _calculate_ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher:
    """
    SequenceMatcher is a flexible class for comparing pairs of sequences of
    any type, so long as the sequence elements are hashable.  The basic
    algorithm looks for the longest contiguous matching subsequence that
    contains no "junk" elements, then recursively does the same to the
    pieces to the left and right of it.

    Elements of b that occur more than 1% of the time in a b of 200 or more
    elements are treated as junk too ("popular"), unless autojunk is false.

    Methods: set_seqs, set_seq1, set_seq2, find_longest_match,
    get_matching_blocks, get_opcodes, get_grouped_opcodes, ratio,
    quick_ratio, real_quick_ratio.
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        """Construct a SequenceMatcher.

        Optional arg isjunk is None (the default), or a one-argument
        function that takes a sequence element and returns true iff the
        element is junk.

        Optional arg a is the first of two sequences to be compared.  By
        default, an empty string.  The elements of a must be hashable.

        Optional arg b is the second of two sequences to be compared.  By
        default, an empty string.  The elements of b must be hashable.

        Optional arg autojunk should be set to False to disable the
        "automatic junk heuristic" that treats popular elements as junk.
        """
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set the two sequences to be compared."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence to be compared.

        The second sequence to be compared is not changed.
        """
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence to be compared.

        The first sequence to be compared is not changed.
        """
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self.__chain_b()

    def __chain_b(self):
        # b2j maps each non-junk, non-popular element of b to the ascending list of
        # the indices where it occurs.
        b = self.b
        index = {}
        for pos, elt in enumerate(b):
            index.setdefault(elt, []).append(pos)
        junk = set()
        if self.isjunk:
            for elt in list(index):
                if self.isjunk(elt):
                    junk.add(elt)
                    del index[elt]
        popular = set()
        if self.autojunk and len(b) >= 200:
            limit = len(b) // 100 + 1
            for elt, where in list(index.items()):
                if len(where) > limit:
                    popular.add(elt)
                    del index[elt]
        self.b2j = index
        self.isbjunk = junk.__contains__
        self.isbpopular = popular.__contains__

    def find_longest_match(self, alo, ahi, blo, bhi):
        """Find longest matching block in a[alo:ahi] and b[blo:bhi].

        Return (i, j, k) such that a[i:i+k] is equal to b[j:j+k] and the
        block is as long as possible; of the longest blocks the one starting
        earliest in a, and of those the one starting earliest in b, is
        returned.  Junk elements never start or end the block's core, but
        equal junk next to it is added on both sides.

        >>> s = SequenceMatcher(None, " abcd", "abcd abcd")
        >>> s.find_longest_match(0, 5, 0, 9)
        Match(a=0, b=4, size=5)
        """
        a, b, index, isbjunk = self.a, self.b, self.b2j, self.isbjunk
        best_i, best_j, best_k = alo, blo, 0
        # run[j] = length of the matching run that ends at a[i-1] and b[j]
        run = {}
        empty = []
        for i in xrange(alo, ahi):
            previous = run
            run = {}
            for j in index.get(a[i], empty):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = previous.get(j - 1, 0) + 1
                run[j] = k
                if k > best_k:
                    best_i, best_j, best_k = i - k + 1, j - k + 1, k
        # Grow the block with equal non-junk elements on each side (popular elements
        # never entered the index), then with equal junk elements.
        for wanted in (False, True):
            while (best_i > alo and best_j > blo and
                   bool(isbjunk(b[best_j - 1])) == wanted and
                   a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best_k += 1
            while (best_i + best_k < ahi and best_j + best_k < bhi and
                   bool(isbjunk(b[best_j + best_k])) == wanted and
                   a[best_i + best_k] == b[best_j + best_k]):
                best_k += 1
        return Match(best_i, best_j, best_k)

    def get_matching_blocks(self):
        """Return list of triples describing matching subsequences.

        Each triple is of the form (i, j, n), and means that
        a[i:i+n] == b[j:j+n].  The triples are monotonically increasing in
        i and in j.  The last triple is a dummy, (len(a), len(b), 0).

        >>> s = SequenceMatcher(None, "abxcd", "abcd")
        >>> s.get_matching_blocks()
        [Match(a=0, b=0, size=2), Match(a=3, b=2, size=2), Match(a=5, b=4, size=0)]
        """
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        pending = [(0, la, 0, lb)]
        found = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            block = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = block
            if k:
                found.append(block)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    pending.append((i + k, ahi, j + k, bhi))
        found.sort()
        # merge blocks that touch each other
        merged = []
        cur_i = cur_j = cur_k = 0
        for i, j, k in found:
            if cur_i + cur_k == i and cur_j + cur_k == j:
                cur_k += k
            else:
                if cur_k:
                    merged.append((cur_i, cur_j, cur_k))
                cur_i, cur_j, cur_k = i, j, k
        if cur_k:
            merged.append((cur_i, cur_j, cur_k))
        merged.append((la, lb, 0))
        self.matching_blocks = map(Match._make, merged)
        return self.matching_blocks

    def get_opcodes(self):
        """Return list of 5-tuples describing how to turn a into b.

        Each tuple is of the form (tag, i1, i2, j1, j2).  The first tuple
        has i1 == j1 == 0, and remaining tuples have i1 == the i2 from the
        tuple preceding it, and likewise for j1 == the previous j2.

        The tags are strings, with these meanings:

        'replace':  a[i1:i2] should be replaced by b[j1:j2]
        'delete':   a[i1:i2] should be deleted.
                    Note that j1==j2 in this case.
        'insert':   b[j1:j2] should be inserted at a[i1:i1].
                    Note that i1==i2 in this case.
        'equal':    a[i1:i2] == b[j1:j2]
        """
        if self.opcodes is not None:
            return self.opcodes
        codes = []
        i = j = 0
        for ai, bj, size in self.get_matching_blocks():
            if i < ai:
                codes.append((j < bj and 'replace' or 'delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        self.opcodes = codes
        return codes

    def get_grouped_opcodes(self, n=3):
        """ Isolate change clusters by eliminating ranges with no changes.

        Return a generator of groups with up to n lines of context.
        Each group is in the same format as returned by get_opcodes().
        """
        codes = self.get_opcodes()
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        # trim (in place, as CPython does: later get_opcodes() calls see it) the context before the first and after the last change
        tag, i1, i2, j1, j2 = codes[0]
        if tag == 'equal':
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == 'equal':
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            # a long unchanged stretch ends one group and starts the next
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Return a measure of the sequences' similarity (float in [0,1]).

        Where T is the total number of elements in both sequences, and
        M is the number of matches, this is 2.0*M / T.

        >>> s = SequenceMatcher(None, "abcd", "bcde")
        >>> s.ratio()
        0.75
        """
        matches = 0
        for block in self.get_matching_blocks():
            matches += block[-1]
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """Return an upper bound on ratio() relatively quickly."""
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        counts = self.fullbcount
        left = {}
        matches = 0
        for elt in self.a:
            if elt in left:
                have = left[elt]
            else:
                have = counts.get(elt, 0)
            left[elt] = have - 1
            if have > 0:
                matches += 1
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """Return an upper bound on ratio() very quickly."""
        la, lb = len(self.a), len(self.b)
        return _calculate_ratio(min(la, lb), la + lb)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Use SequenceMatcher to return list of the best "good enough" matches.

    word is a sequence for which close matches are desired (typically a
    string).

    possibilities is a list of sequences against which to match word
    (typically a list of strings).

    Optional arg n (default 3) is the maximum number of close matches to
    return.  n must be > 0.

    Optional arg cutoff (default 0.6) is a float in [0, 1].  Possibilities
    that don't score at least that similar to word are ignored.

    The best (no more than n) matches among the possibilities are returned
    in a list, sorted by similarity score, most similar first.

    >>> get_close_matches("appel", ["ape", "apple", "peach", "puppy"])
    ['apple', 'ape']
    """
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    return [x for score, x in heapq.nlargest(n, scored)]


def _count_leading(line, ch):
    """
    Return number of `ch` characters at the start of `line`.

    Example:

    >>> _count_leading('   abc', ' ')
    3
    """
    n = 0
    while n < len(line) and line[n] == ch:
        n += 1
    return n


class Differ:
    r"""
    Differ is a class for comparing sequences of lines of text, and
    producing human-readable differences or deltas.  Differ uses
    SequenceMatcher both to compare sequences of lines, and to compare
    sequences of characters within similar (near-matching) lines.

    Each line of a Differ delta begins with a two-letter code:

        '- '    line unique to sequence 1
        '+ '    line unique to sequence 2
        '  '    line common to both sequences
        '? '    line not present in either input sequence

    Lines beginning with '? ' attempt to guide the eye to intraline
    differences, and were not present in either input sequence.
    """

    def __init__(self, linejunk=None, charjunk=None):
        """
        Construct a text differencer, with optional filters.

        - `linejunk`: A function that should accept a single string argument,
          and return true iff the string is junk.

        - `charjunk`: A function that should accept a string of length 1.
        """
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        r"""
        Compare two sequences of lines; generate the resulting delta.

        Each sequence must contain individual single-line strings ending with
        newlines.

        >>> print ''.join(Differ().compare('one\ntwo\nthree\n'.splitlines(1),
        ...                                'ore\ntree\nemu\n'.splitlines(1))),
        - one
        ?  ^
        + ore
        ?  ^
        - two
        - three
        ?  -
        + tree
        + emu
        """
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                lines = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                lines = self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                lines = self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                lines = self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))
            for line in lines:
                yield line

    def _dump(self, tag, x, lo, hi):
        """Generate comparison results for a same-tagged range."""
        for i in xrange(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        assert alo < ahi and blo < bhi
        # the shorter block comes first
        if bhi - blo < ahi - alo:
            blocks = (self._dump('+', b, blo, bhi), self._dump('-', a, alo, ahi))
        else:
            blocks = (self._dump('-', a, alo, ahi), self._dump('+', b, blo, bhi))
        for block in blocks:
            for line in block:
                yield line

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        r"""
        When replacing one block of lines with another, search the blocks
        for *similar* lines; the best-matching pair (if any) is used as a
        synch point, and intraline difference marking is done on the
        similar pair. Lots of work, but often worth it.
        """
        best_ratio, cutoff = 0.74, 0.75
        matcher = SequenceMatcher(self.charjunk)
        same_i = same_j = None   # first identical pair, if any
        best_i = best_j = None
        for j in xrange(blo, bhi):
            bline = b[j]
            matcher.set_seq2(bline)
            for i in xrange(alo, ahi):
                aline = a[i]
                if aline == bline:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                matcher.set_seq1(aline)
                # cheap upper bounds first
                if (matcher.real_quick_ratio() > best_ratio and
                        matcher.quick_ratio() > best_ratio and
                        matcher.ratio() > best_ratio):
                    best_ratio, best_i, best_j = matcher.ratio(), i, j
        if best_ratio < cutoff:
            if same_i is None:
                # nothing alike: a plain replacement
                for line in self._plain_replace(a, alo, ahi, b, blo, bhi):
                    yield line
                return
            best_i, best_j, best_ratio = same_i, same_j, 1.0
            identical = True
        else:
            identical = False

        for line in self._fancy_helper(a, alo, best_i, b, blo, best_j):
            yield line

        aline, bline = a[best_i], b[best_j]
        if identical:
            yield '  ' + aline
        else:
            atags = []
            btags = []
            matcher.set_seqs(aline, bline)
            for tag, ai1, ai2, bj1, bj2 in matcher.get_opcodes():
                la, lb = ai2 - ai1, bj2 - bj1
                if tag == 'replace':
                    atags.append('^' * la)
                    btags.append('^' * lb)
                elif tag == 'delete':
                    atags.append('-' * la)
                elif tag == 'insert':
                    btags.append('+' * lb)
                elif tag == 'equal':
                    atags.append(' ' * la)
                    btags.append(' ' * lb)
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            for line in self._qformat(aline, bline, ''.join(atags), ''.join(btags)):
                yield line

        for line in self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi):
            yield line

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                lines = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                lines = self._dump('-', a, alo, ahi)
        elif blo < bhi:
            lines = self._dump('+', b, blo, bhi)
        else:
            lines = ()
        for line in lines:
            yield line

    def _qformat(self, aline, bline, atags, btags):
        r"""
        Format "?" output and deal with leading tabs.

        Example:

        >>> d = Differ()
        >>> results = d._qformat('\tabcDefghiJkl\n', '\tabcdefGhijkl\n',
        ...                      '  ^ ^  ^      ', '  ^ ^  ^      ')
        >>> for line in results: print repr(line)
        ...
        '- \tabcDefghiJkl\n'
        '? \t ^ ^  ^\n'
        '+ \tabcdefGhijkl\n'
        '? \t ^ ^  ^\n'
        """
        # Leading tabs common to both lines (and unmarked) are kept as tabs in the
        # guide lines, so that the markers line up under the text.
        tabs = min(_count_leading(aline, "\t"), _count_leading(bline, "\t"))
        tabs = min(tabs, _count_leading(atags[:tabs], " "))
        tabs = min(tabs, _count_leading(btags[:tabs], " "))
        atags = atags[tabs:].rstrip()
        btags = btags[tabs:].rstrip()
        yield "- " + aline
        if atags:
            yield "? %s%s\n" % ("\t" * tabs, atags)
        yield "+ " + bline
        if btags:
            yield "? %s%s\n" % ("\t" * tabs, btags)


import re as _re


def IS_LINE_JUNK(line, pat=_re.compile(r"\s*#?\s*$").match):
    r"""
    Return 1 for ignorable line: iff `line` is blank or contains a single '#'.

    Examples:

    >>> IS_LINE_JUNK('\n')
    True
    >>> IS_LINE_JUNK('  #   \n')
    True
    >>> IS_LINE_JUNK('hello\n')
    False
    """
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    r"""
    Return 1 for ignorable character: iff `ch` is a space or tab.

    Examples:

    >>> IS_CHARACTER_JUNK(' ')
    True
    >>> IS_CHARACTER_JUNK('\t')
    True
    >>> IS_CHARACTER_JUNK('\n')
    False
    >>> IS_CHARACTER_JUNK('x')
    False
    """
    return ch in ws


def _format_range_unified(start, stop):
    'Convert range to the "ed" format'
    length = stop - start
    if length == 1:
        return '%d' % (start + 1)
    if length == 0:
        return '%d,0' % start
    return '%d,%d' % (start + 1, length)


def _file_header(mark, name, date, lineterm):
    if date:
        return '%s %s\t%s%s' % (mark, name, date, lineterm)
    return '%s %s%s' % (mark, name, lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    r"""
    Compare two sequences of lines; generate the delta as a unified diff.

    Unified diffs are a compact way of showing line changes and a few
    lines of context.  The number of context lines is set by 'n' which
    defaults to three.

    By default, the diff control lines (those with ---, +++, or @@) are
    created with a trailing newline.  For inputs that do not have trailing
    newlines, set the lineterm argument to "" so that the output will be
    uniformly newline free.

    The unidiff format normally has a header for filenames and modification
    times.  Any or all of these may be specified using strings for
    'fromfile', 'tofile', 'fromfiledate', and 'tofiledate'.
    """
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield _file_header('---', fromfile, fromfiledate, lineterm)
            yield _file_header('+++', tofile, tofiledate, lineterm)
        first, last = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_format_range_unified(first[1], last[2]),
                                   _format_range_unified(first[3], last[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


def _format_range_context(start, stop):
    'Convert range to the "ed" format'
    length = stop - start
    if length == 0:
        return '%d' % start
    if length == 1:
        return '%d' % (start + 1)
    return '%d,%d' % (start + 1, stop)


_CONTEXT_PREFIX = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='',
                 fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    r"""
    Compare two sequences of lines; generate the delta as a context diff.

    Context diffs are a compact way of showing line changes and a few
    lines of context.  The number of context lines is set by 'n' which
    defaults to three.

    By default, the diff control lines (those with *** or ---) are
    created with a trailing newline.  For inputs that do not have trailing
    newlines, set the lineterm argument to "" so that the output will be
    uniformly newline free.

    The context diff format normally has a header for filenames and
    modification times.  Any or all of these may be specified using
    strings for 'fromfile', 'tofile', 'fromfiledate', and 'tofiledate'.
    """
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield _file_header('***', fromfile, fromfiledate, lineterm)
            yield _file_header('---', tofile, tofiledate, lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_format_range_context(first[1], last[2]), lineterm)
        tags = [op[0] for op in group]
        if 'replace' in tags or 'delete' in tags:
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_PREFIX[tag] + line
        yield '--- %s ----%s' % (_format_range_context(first[3], last[4]), lineterm)
        if 'replace' in tags or 'insert' in tags:
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_PREFIX[tag] + line


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    r"""
    Compare `a` and `b` (lists of strings); return a `Differ`-style delta.

    Optional keyword parameters `linejunk` and `charjunk` are for filter
    functions (or None):

    - linejunk: A function that should accept a single string argument, and
      return true iff the string is junk.  The default is None.

    - charjunk: A function that should accept a string of length 1. The
      default is module-level function IS_CHARACTER_JUNK.
    """
    return Differ(linejunk, charjunk).compare(a, b)


class _SideBySide(object):
    """Turns an ndiff delta into aligned (from, to, changed) line pairs for HtmlDiff.

    A side is (line number, text) with the changed parts of the text bracketed by
    '\\0' + one of '+-^' and '\\1'; ('', '\\n') is a filler line.
    """
    _runs = _re.compile(r'(\++|\-+|\^+)')
    FILLER = ('', '\n')

    def __init__(self, delta):
        self.delta = iter(delta)
        self.window = []
        self.numbers = [0, 0]

    def _take(self, side, mark):
        """The next delta line as one side; mark is None (plain), '?' (marked up by
        the following guide line) or '+'/'-' (the whole line changed)."""
        self.numbers[side] += 1
        line = self.window.pop(0)
        if mark is None:
            text = line[2:]
        elif mark == '?':
            guide = self.window.pop(0)
            for m in reversed(list(self._runs.finditer(guide))):
                start, end = m.span()
                line = (line[:start] + '\0' + m.group(1)[0] + line[start:end] + '\1'
                        + line[end:])
            text = line[2:]
        else:
            text = '\0' + mark + (line[2:] or ' ') + '\1'
        return (self.numbers[side], text)

    def _codes(self):
        while len(self.window) < 4:
            try:
                self.window.append(next(self.delta))
            except StopIteration:
                self.window.append('X')
        return ''.join([line[0] for line in self.window])

    def raw_pairs(self):
        """(from, to, changed) triples; either side may be None (nothing there)."""
        # unpaired: deletions minus additions seen since the last line that had
        # both sides; the other side gets that many filler lines
        unpaired = 0
        while True:
            codes = self._codes()
            if codes.startswith('X'):
                held = None
                fill = unpaired
            elif codes.startswith('-?+?'):
                yield self._take(0, '?'), self._take(1, '?'), True
                continue
            elif codes.startswith('--++'):
                unpaired -= 1
                yield self._take(0, '-'), None, True
                continue
            elif codes.startswith(('--?+', '--+', '- ')):
                held = (self._take(0, '-'), None)
                fill, unpaired = unpaired - 1, 0
            elif codes.startswith('-+?'):
                yield self._take(0, None), self._take(1, '?'), True
                continue
            elif codes.startswith('-?+'):
                yield self._take(0, '?'), self._take(1, None), True
                continue
            elif codes.startswith('-'):
                unpaired -= 1
                yield self._take(0, '-'), None, True
                continue
            elif codes.startswith('+--'):
                unpaired += 1
                yield None, self._take(1, '+'), True
                continue
            elif codes.startswith(('+ ', '+-')):
                held = (None, self._take(1, '+'))
                fill, unpaired = unpaired + 1, 0
            elif codes.startswith('+'):
                unpaired += 1
                yield None, self._take(1, '+'), True
                continue
            elif codes.startswith(' '):
                self.numbers[0] += 1
                yield (self.numbers[0], self.window[0][2:]), self._take(1, None), False
                continue
            else:
                held = None
                fill = 0
            for _ in xrange(-fill):
                yield None, self.FILLER, True
            for _ in xrange(fill):
                yield self.FILLER, None, True
            if held is None:
                return
            yield held[0], held[1], True

    def pairs(self):
        """Lines of both sides matched up one to one."""
        froms = []
        tos = []
        raw = self.raw_pairs()
        while True:
            while not froms or not tos:
                try:
                    f, t, changed = next(raw)
                except StopIteration:
                    return
                if f is not None:
                    froms.append((f, changed))
                if t is not None:
                    tos.append((t, changed))
            f, fchanged = froms.pop(0)
            t, tchanged = tos.pop(0)
            yield f, t, fchanged or tchanged


def _with_context(pairs, context):
    """Only the changed pairs and `context` pairs around them; (None, None, None)
    separates the hunks."""
    size = context + 1
    pairs = iter(pairs)
    while True:
        # remember the last `size` pairs until one has a change
        ring = [None] * size
        seen = 0
        while True:
            try:
                item = next(pairs)
            except StopIteration:
                return
            ring[seen % size] = item
            seen += 1
            if item[2]:
                break
        if seen > size:
            yield None, None, None
            start, count = seen, size
        else:
            start, count = 0, seen
        for k in xrange(count):
            yield ring[(start + k) % size]
        # then the lines after the change, extended by further changes
        remaining = size - 1
        while remaining:
            try:
                item = next(pairs)
            except StopIteration:
                return
            remaining = size - 1 if item[2] else remaining - 1
            yield item


def _mdiff(fromlines, tolines, context=None, linejunk=None,
           charjunk=IS_CHARACTER_JUNK):
    r"""Returns generator yielding marked up from/to side by side differences.

    Each item is ((from line number, from text), (to line number, to text),
    changed); with context, (None, None, None) separates the hunks.
    """
    pairs = _SideBySide(ndiff(fromlines, tolines, linejunk, charjunk)).pairs()
    if context is None:
        return pairs
    return _with_context(pairs, context)


_file_template = """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html>

<head>
    <meta http-equiv="Content-Type"
          content="text/html; charset=ISO-8859-1" />
    <title></title>
    <style type="text/css">%(styles)s
    </style>
</head>

<body>
    %(table)s%(legend)s
</body>

</html>"""

_styles = """
        table.diff {font-family:Courier; border:medium;}
        .diff_header {background-color:#e0e0e0}
        td.diff_header {text-align:right}
        .diff_next {background-color:#c0c0c0}
        .diff_add {background-color:#aaffaa}
        .diff_chg {background-color:#ffff77}
        .diff_sub {background-color:#ffaaaa}"""

_table_template = """
    <table class="diff" id="difflib_chg_%(prefix)s_top"
           cellspacing="0" cellpadding="0" rules="groups" >
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        %(header_row)s
        <tbody>
%(data_rows)s        </tbody>
    </table>"""

_legend = """
    <table class="diff" summary="Legends">
        <tr> <th colspan="2"> Legends </th> </tr>
        <tr> <td> <table border="" summary="Colors">
                      <tr><th> Colors </th> </tr>
                      <tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>
                      <tr><td class="diff_chg">Changed</td> </tr>
                      <tr><td class="diff_sub">Deleted</td> </tr>
                  </table></td>
             <td> <table border="" summary="Links">
                      <tr><th colspan="2"> Links </th> </tr>
                      <tr><td>(f)irst change</td> </tr>
                      <tr><td>(n)ext change</td> </tr>
                      <tr><td>(t)op</td> </tr>
                  </table></td> </tr>
    </table>"""


class HtmlDiff(object):
    """For producing HTML side by side comparison with change highlights.

    This class can be used to create an HTML table (or a complete HTML file
    containing the table) showing a side by side, line by line comparison
    of text with inter-line and intra-line change highlights.  The table can
    be generated in either full or contextual difference mode.

    The following methods are provided for HTML generation:

    make_table -- generates HTML for a single side by side table
    make_file -- generates complete HTML file with a single side by side table
    """

    _file_template = _file_template
    _styles = _styles
    _table_template = _table_template
    _legend = _legend
    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None,
                 charjunk=IS_CHARACTER_JUNK):
        """HtmlDiff instance initializer

        Arguments:
        tabsize -- tab stop spacing, defaults to 8.
        wrapcolumn -- column number where lines are broken and wrapped,
            defaults to None where lines are not wrapped.
        linejunk,charjunk -- keyword arguments passed into ndiff() (used to by
            HtmlDiff() to generate the side by side HTML differences).  See
            ndiff() documentation for argument default values and descriptions.
        """
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='', context=False,
                  numlines=5):
        """Returns HTML file of side by side comparison with change highlights

        Arguments:
        fromlines -- list of "from" lines
        tolines -- list of "to" lines
        fromdesc -- "from" file column header string
        todesc -- "to" file column header string
        context -- set to True for contextual differences (defaults to False
            which shows full differences).
        numlines -- number of context lines.  When context is set True,
            controls number of lines displayed before and after the change.
            When context is False, controls the number of lines to place
            the "next" link anchors before the next change (so click of
            "next" link jumps to just before the change).
        """
        return self._file_template % dict(
            styles=self._styles,
            legend=self._legend,
            table=self.make_table(fromlines, tolines, fromdesc, todesc,
                                  context=context, numlines=numlines))

    def _tab_newline_replace(self, fromlines, tolines):
        """Returns from/to line lists with tabs expanded and newlines removed.

        Columns that tabs expand to are marked with '\\t' (shown as &nbsp;), so
        that the expansion is not disturbed by the change marks.
        """
        def expand(line):
            line = line.replace(' ', '\0').expandtabs(self._tabsize)
            return line.replace(' ', '\t').replace('\0', ' ').rstrip('\n')
        return [expand(line) for line in fromlines], [expand(line) for line in tolines]

    def _split_line(self, data_list, line_num, text):
        """Builds list of text lines by splitting text lines at wrap point

        Continuation lines get the line number '>'; change marks that span the
        split are closed and reopened.
        """
        width = self._wrapcolumn
        while True:
            if not line_num:
                data_list.append((line_num, text))
                return
            size = len(text)
            if size <= width or size - text.count('\0') * 3 <= width:
                data_list.append((line_num, text))
                return
            i = shown = 0
            mark = ''
            while shown < width and i < size:
                if text[i] == '\0':
                    mark = text[i + 1]
                    i += 2
                elif text[i] == '\1':
                    mark = ''
                    i += 1
                else:
                    i += 1
                    shown += 1
            head, tail = text[:i], text[i:]
            if mark:
                head += '\1'
                tail = '\0' + mark + tail
            data_list.append((line_num, head))
            line_num, text = '>', tail

    def _line_wrapper(self, diffs):
        """Returns iterator that splits (wraps) mdiff text lines"""
        for fromdata, todata, flag in diffs:
            if flag is None:
                yield fromdata, todata, flag
                continue
            froms = []
            tos = []
            self._split_line(froms, fromdata[0], fromdata[1])
            self._split_line(tos, todata[0], todata[1])
            while froms or tos:
                f = froms.pop(0) if froms else ('', ' ')
                t = tos.pop(0) if tos else ('', ' ')
                yield f, t, flag

    def _collect_lines(self, diffs):
        """Collects mdiff output into separate lists

        Before storing the mdiff from/to data into a list, it is converted
        into a single line of text with HTML markup.
        """
        fromlist, tolist, flaglist = [], [], []
        for fromdata, todata, flag in diffs:
            if fromdata is None or todata is None:
                fromlist.append(None)
                tolist.append(None)
            else:
                fromlist.append(self._format_line(0, flag, *fromdata))
                tolist.append(self._format_line(1, flag, *todata))
            flaglist.append(flag)
        return fromlist, tolist, flaglist

    def _format_line(self, side, flag, linenum, text):
        """Returns HTML markup of "from" / "to" text lines

        side -- 0 or 1 indicating "from" or "to" text
        flag -- indicates if difference on line
        linenum -- line number (used for line number column)
        text -- line text to be marked up
        """
        if isinstance(linenum, (int, long)):
            linenum = '%d' % linenum
            anchor = ' id="%s%s"' % (self._prefix[side], linenum)
        else:
            anchor = ''
        text = text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
        text = text.replace(' ', '&nbsp;').rstrip()
        return '<td class="diff_header"%s>%s</td><td nowrap="nowrap">%s</td>' % (
            anchor, linenum, text)

    def _make_prefix(self):
        """Create unique anchor prefixes"""
        n = HtmlDiff._default_prefix
        HtmlDiff._default_prefix += 1
        self._prefix = ["from%d_" % n, "to%d_" % n]

    def _convert_flags(self, fromlist, tolist, flaglist, context, numlines):
        """Makes list of "next" links"""
        toprefix = self._prefix[1]
        next_id = [''] * len(flaglist)
        next_href = [''] * len(flaglist)
        changes = 0
        in_change = False
        last = 0
        for i, flag in enumerate(flaglist):
            if not flag:
                in_change = False
                continue
            if in_change:
                continue
            in_change = True
            last = i
            # the anchor for a change sits a few lines before it; the change's
            # first line links to the next change
            next_id[max(0, i - numlines)] = ' id="difflib_chg_%s_%d"' % (toprefix, changes)
            changes += 1
            next_href[i] = '<a href="#difflib_chg_%s_%d">n</a>' % (toprefix, changes)
        if not flaglist:
            flaglist = [False]
            next_id = ['']
            next_href = ['']
            last = 0
            if context:
                fromlist = ['<td></td><td>&nbsp;No Differences Found&nbsp;</td>']
            else:
                fromlist = ['<td></td><td>&nbsp;Empty File&nbsp;</td>']
            tolist = fromlist
        if not flaglist[0]:
            next_href[0] = '<a href="#difflib_chg_%s_0">f</a>' % toprefix
        next_href[last] = '<a href="#difflib_chg_%s_top">t</a>' % toprefix
        return fromlist, tolist, flaglist, next_href, next_id

    def make_table(self, fromlines, tolines, fromdesc='', todesc='', context=False,
                   numlines=5):
        """Returns HTML table of side by side comparison with change highlights

        Arguments:
        fromlines -- list of "from" lines
        tolines -- list of "to" lines
        fromdesc -- "from" file column header string
        todesc -- "to" file column header string
        context -- set to True for contextual differences (defaults to False
            which shows full differences).
        numlines -- number of context lines.  When context is set True,
            controls number of lines displayed before and after the change.
            When context is False, controls the number of lines to place
            the "next" link anchors before the next change (so click of
            "next" link jumps to just before the change).
        """
        self._make_prefix()
        fromlines, tolines = self._tab_newline_replace(fromlines, tolines)
        diffs = _mdiff(fromlines, tolines, numlines if context else None,
                       linejunk=self._linejunk, charjunk=self._charjunk)
        if self._wrapcolumn:
            diffs = self._line_wrapper(diffs)
        fromlist, tolist, flaglist = self._collect_lines(diffs)
        fromlist, tolist, flaglist, next_href, next_id = self._convert_flags(
            fromlist, tolist, flaglist, context, numlines)

        rows = []
        for i, flag in enumerate(flaglist):
            if flag is None:
                # hunk separator (context mode)
                if i > 0:
                    rows.append('        </tbody>        \n        <tbody>\n')
            else:
                rows.append('            <tr><td class="diff_next"%s>%s</td>%s'
                            '<td class="diff_next">%s</td>%s</tr>\n'
                            % (next_id[i], next_href[i], fromlist[i],
                               next_href[i], tolist[i]))
        if fromdesc or todesc:
            header_row = '<thead><tr>%s%s%s%s</tr></thead>' % (
                '<th class="diff_next"><br /></th>',
                '<th colspan="2" class="diff_header">%s</th>' % fromdesc,
                '<th class="diff_next"><br /></th>',
                '<th colspan="2" class="diff_header">%s</th>' % todesc)
        else:
            header_row = ''
        table = self._table_template % dict(data_rows=''.join(rows),
                                            header_row=header_row,
                                            prefix=self._prefix[1])
        return (table.replace('\0+', '<span class="diff_add">')
                .replace('\0-', '<span class="diff_sub">')
                .replace('\0^', '<span class="diff_chg">')
                .replace('\1', '</span>')
                .replace('\t', '&nbsp;'))


def restore(delta, which):
    r"""
    Generate one of the two sequences that generated a delta.

    Given a `delta` produced by `Differ.compare()` or `ndiff()`, extract
    lines originating from file 1 or 2 (parameter `which`), stripping off line
    prefixes.

    Examples:

    >>> diff = ndiff('one\ntwo\nthree\n'.splitlines(1),
    ...              'ore\ntree\nemu\n'.splitlines(1))
    >>> diff = list(diff)
    >>> print ''.join(restore(diff, 1)),
    one
    two
    three
    >>> print ''.join(restore(diff, 2)),
    ore
    tree
    emu
    """
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which)
    for line in delta:
        if line[:2] in ("  ", tag):
            yield line[2:]


def _test():
    import doctest, difflib
    return doctest.testmod(difflib)


if __name__ == "__main__":
    _test()
