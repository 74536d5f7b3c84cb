"""Wrapping and filling of text paragraphs (the 2.7 textwrap module).

wrap(text, width) returns the lines of a paragraph, fill(text, width)
joins them with newlines, dedent(text) removes the whitespace every line
starts with.  TextWrapper holds the options (indents, tab expansion,
whitespace replacement, sentence endings, long words, hyphens).
"""
# Taipan's own implementation of the 2.7 textwrap module.

import string
import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent']

# the whitespace characters wrapping looks at (not every Unicode space)
_whitespace = '\t\n\x0b\x0c\r '


def _unicode_spaces():
    table = {}
    for ch in _whitespace:
        table[ord(ch)] = ord(u' ')
    return table


class TextWrapper:
    """Wraps paragraphs; options are instance attributes of the same names.

    width: maximum line length; initial_indent / subsequent_indent: prefixes
    of the first and the other lines; expand_tabs: expand tabs first;
    replace_whitespace: turn each whitespace character into a space;
    fix_sentence_endings: two spaces after a sentence's end;
    break_long_words: split words longer than a line; drop_whitespace: drop
    whitespace at line starts and ends; break_on_hyphens: allow breaks after
    hyphens in compound words.
    """

    whitespace_trans = string.maketrans(_whitespace, ' ' * len(_whitespace))
    unicode_whitespace_trans = _unicode_spaces()

    # A chunk is a run of whitespace, a word up to and including a hyphen
    # that joins two words, a run of two or more dashes (an em-dash)
    # between words, or the text between those.
    wordsep_re = re.compile(
        r'(\s+|'
        r'[^\s\w]*\w+[^0-9\W]-(?=\w+[^0-9\W])|'
        r'(?<=[\w\!\"\'\&\.\,\?])-{2,}(?=\w))')

    wordsep_simple_re = re.compile(r'(\s+)')

    # a lower-case letter, sentence punctuation, maybe a closing quote
    sentence_end_re = re.compile(r'[%s][\.\!\?][\"\']?\Z' % string.lowercase)

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        # Unicode text is split with the same patterns in Unicode mode;
        # they are derived here so that patching the class patterns works.
        self.wordsep_re_uni = re.compile(self.wordsep_re.pattern, re.U)
        self.wordsep_simple_re_uni = re.compile(
            self.wordsep_simple_re.pattern, re.U)

    def _munge_whitespace(self, text):
        """Expand tabs and turn whitespace characters into spaces, as configured."""
        if self.expand_tabs:
            text = text.expandtabs()
        if self.replace_whitespace:
            if isinstance(text, str):
                text = text.translate(self.whitespace_trans)
            elif isinstance(text, unicode):
                text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split text into the chunks lines are built of (words and spaces)."""
        if isinstance(text, unicode):
            if self.break_on_hyphens:
                pattern = self.wordsep_re_uni
            else:
                pattern = self.wordsep_simple_re_uni
        elif self.break_on_hyphens:
            pattern = self.wordsep_re
        else:
            pattern = self.wordsep_simple_re
        return [chunk for chunk in pattern.split(text) if chunk]

    def _fix_sentence_endings(self, chunks):
        """Make the single space after a sentence end two spaces (in place)."""
        i = 0
        ends_sentence = self.sentence_end_re.search
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk too long for any line (the last of reversed_chunks)."""
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            cur_line.append(reversed_chunks[-1][:space_left])
            reversed_chunks[-1] = reversed_chunks[-1][space_left:]
        elif not cur_line:
            # a line of its own, whatever its length
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Build the lines from the chunks (consumed)."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        lines = []
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)
            # whitespace at the start of a line other than the first goes
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                del cur_line[-1]
            if cur_line:
                lines.append(indent + ''.join(cur_line))
        return lines

    def wrap(self, text):
        """Return text's lines, each at most self.width long (without newlines)."""
        text = self._munge_whitespace(text)
        chunks = self._split(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Return text wrapped into one string of lines joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap the paragraph text into lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill the paragraph text: wrap() joined with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


_whitespace_only_re = re.compile('^[ \t]+$', re.MULTILINE)
_leading_whitespace_re = re.compile('(^[ \t]*)(?:[^ \t\n])', re.MULTILINE)


def dedent(text):
    """Remove the leading whitespace (spaces and tabs) all lines have in common.

    Lines of only whitespace are emptied and ignored when finding the
    margin; tabs and spaces are not treated as equal.
    """
    text = _whitespace_only_re.sub('', text)
    margin = None
    for indent in _leading_whitespace_re.findall(text):
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            # keep the common prefix of the two
            common = 0
            for a, b in zip(margin, indent):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        text = re.sub(r'(?m)^' + margin, '', text)
    return text
