# textwrap: wrap, fill, dedent and every TextWrapper option.
import textwrap
from textwrap import TextWrapper, wrap, fill, dedent

text = ("The quick brown fox jumped over the lazy dog.  Hello there!  "
        "A well-known, self-explanatory phrase -- with an em-dash--inside it "
        "and supercalifragilisticexpialidocious words;\tand tabs\tand\nnewlines. "
        "Mr. Smith went to Washington. Did he? Yes! \"Really.\" Indeed.")
print textwrap.__all__
for width in (1, 5, 10, 12, 20, 33, 45, 70, 200):
    print width, wrap(text, width)
print fill(text, 30)
print fill(text, 25, initial_indent='* ', subsequent_indent='    ')
print wrap(text, 20, break_long_words=False)
print wrap(text, 20, break_on_hyphens=False)
print wrap(text, 20, drop_whitespace=False)
print wrap(text, 20, replace_whitespace=False)
print wrap(text, 20, expand_tabs=False)
print wrap(text, 20, fix_sentence_endings=True)
print wrap(text, 40, fix_sentence_endings=True, break_on_hyphens=False)
print wrap(u'\u00e9t\u00e9 caf\u00e9-cr\u00e8me long\u2014dash \u3000 wide', 8)
print wrap(u'unicode text\twith a tab and a non-ASCII\xa0space', 12)
print wrap('', 10), wrap('   ', 10), wrap('  leading and trailing  ', 10), wrap('   ', 10, drop_whitespace=False)
print wrap('a' * 25, 10), wrap('a' * 25, 10, break_long_words=False)
print wrap('ab cd', 3, initial_indent='>>>'), wrap('abc def', 2, initial_indent='-->')
print wrap('this-is-a-very-long-hyphenated-word and more', 10)
print wrap('and then--at last--it came', 8), wrap('--leading dashes-- and ---', 6)
print wrap('123-456-789 abc-def', 5), wrap('x-ray, e-mail, 2-3', 4)
for bad in (0, -1):
    try:
        wrap('abc', bad)
    except ValueError as e:
        print 'ValueError', e
w = TextWrapper(width=15, initial_indent='1: ', subsequent_indent='   ')
print w.wrap(text[:60])
w.width = 30
print w.fill(text[:60])
print TextWrapper().width, TextWrapper().expand_tabs, TextWrapper().drop_whitespace
print repr(w._munge_whitespace('a\tb\nc')), w._split('one two-three --four'), w._split(u'u v-w')
chunks = ['Hello.', ' ', 'World', ' ', 'x!', ' ', 'y']
w._fix_sentence_endings(chunks)
print chunks

print repr(dedent('    a\n      b\n    c\n'))
print repr(dedent('\ta\n\t\tb\n'))
print repr(dedent('  a\n\tb\n'))
print repr(dedent('    a\n  \n      b\n'))
print repr(dedent('   \n  x\n    y\n   \n'))
print repr(dedent('no indent\n  some\n'))
print repr(dedent('  \t a\n  \t b\n  \tc\n'))
print repr(dedent('')), repr(dedent('\n\n')), repr(dedent('  x'))
print repr(dedent('''\
        def f():
            return 1
        '''))

class Custom(TextWrapper):
    wordsep_re = TextWrapper.wordsep_simple_re

print Custom(width=8).wrap('a-b-c-d-e-f-g-h-i-j k')
