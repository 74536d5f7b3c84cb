# difflib: SequenceMatcher, close matches, ndiff/unified/context diffs, restore, HtmlDiff
import difflib
a = """one
two
three
four
five
six
seven
eight
nine
ten
\televen tabs
twelve
""".splitlines(True)
b = """one
tree
emu
four
five
six
seven
eight x
nine
ten
\televen  tab
twelve
thirteen
""".splitlines(True)
s = difflib.SequenceMatcher(None, a, b)
print s.get_matching_blocks()
print s.get_opcodes()
print list(s.get_grouped_opcodes(1))
print s.ratio(), s.quick_ratio(), s.real_quick_ratio()
s = difflib.SequenceMatcher(lambda x: x == ' ', "private Thread currentThread;", "private volatile Thread currentThread;")
print s.find_longest_match(0, 29, 0, 38), round(s.ratio(), 3), s.get_opcodes()
s = difflib.SequenceMatcher(None, 'x' * 300 + 'abc', 'abc' + 'x' * 300)
print s.get_matching_blocks()[:3], s.isbpopular("x"), s.isbjunk("x")
s = difflib.SequenceMatcher(None, 'x' * 300 + 'abc', 'abc' + 'x' * 300, autojunk=False)
print s.get_matching_blocks()[:3]
print difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy'])
import keyword
print difflib.get_close_matches('wheel', keyword.kwlist), difflib.get_close_matches('accept', keyword.kwlist), difflib.get_close_matches('pine', ['pie', 'pin', 'spine', 'pineapple'], n=2, cutoff=0.5)
for bad in [(0, 0.5), (3, 1.5)]:
    try: difflib.get_close_matches('x', ['y'], *bad)
    except ValueError as e: print e
print ''.join(difflib.ndiff(a, b))
print ''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt', 'Mon', 'Tue'))
print ''.join(difflib.unified_diff(a, b, n=0))
print list(difflib.unified_diff(['a', 'b'], ['a', 'c'], lineterm=''))
print ''.join(difflib.context_diff(a, b, 'a.txt', 'b.txt'))
print ''.join(difflib.context_diff(a, b, n=1))
print list(difflib.unified_diff(a, a)), list(difflib.context_diff([], ['x\n']))
print list(difflib.unified_diff([], ['x\n'])), list(difflib.unified_diff(['x\n'], []))
d = list(difflib.ndiff(a, b))
print ''.join(difflib.restore(d, 1)) == ''.join(a), ''.join(difflib.restore(d, 2)) == ''.join(b)
try: list(difflib.restore(d, 3))
except ValueError as e: print e
print difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #  \n'), difflib.IS_LINE_JUNK('x'), difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x')
print list(difflib.Differ().compare(['abcDefghiJkl\n', 'same\n'], ['abcdefGhijkl\n', 'same\n', 'new\n']))
print list(difflib.ndiff(['\tabcDefghiJkl\n'], ['\tabcdefGhijkl\n']))
print list(difflib.ndiff(['a\n', 'b\n', 'c\n'], ['x\n', 'y\n']))
print list(difflib.ndiff(['private Thread currentThread;\n'], ['private volatile Thread currentThread;\n'], charjunk=None))
h = difflib.HtmlDiff()
print h.make_file(a, b, 'from', 'to')
print h.make_table(a, b, context=True, numlines=1)
print difflib.HtmlDiff(tabsize=4, wrapcolumn=10).make_table(a, b, 'f', 't', context=True, numlines=2)
print h.make_table([], [])
print h.make_table(['x\n'], ['x\n'], context=True)
print h.make_table(['a & b <c>\n', 'same\n'], ['a & c\n', 'same\n', '\n'])
print list(difflib._mdiff(a, b, 2))
