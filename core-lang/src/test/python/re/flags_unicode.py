# -*- coding: utf-8 -*-
# Flags (I, L, M, S, U, X and inline forms) and their interplay with str and unicode:
# \w \d \s \b under ASCII, LOCALE and UNICODE, case-insensitive matching of non-ASCII.
import re

def t(label, f):
    try:
        r = f()
    except Exception, e:
        print label, '->', type(e).__name__, e
        return
    print label, '->', repr(r)

def span(m):
    return m and m.span()

t('I ascii', lambda: [span(re.match('abc', s, re.I)) for s in ['ABC', 'aBc', u'ABC']])
t('I class', lambda: [span(re.match(p, s, re.I)) for p in ['[19A]', '[19a]'] for s in ['A', 'a']])
t('I ranges', lambda: [span(re.match(p, s, re.I)) for p, s in [
    (r'[9-a]', '_'), (r'[9-A]', '_'), (r'[\xc0-\xde]', '\xd7'), (r'[\xc0-\xde]', '\xf7'),
    (r'[\xe0-\xfe]', '\xf7'), (r'[\xe0-\xfe]', '\xd7')]])
t('I latin1 str', lambda: [span(re.match(p, s, re.I)) for p, s in [('\xe9', '\xc9'), ('\xc9', '\xe9')]])
t('IU latin1', lambda: [span(re.match(p, s, re.I | re.U)) for p, s in [(u'\xe9', u'\xc9'), (u'\xc9', u'\xe9'), ('\xe9', '\xc9')]])
t('IU ranges', lambda: [span(re.match(p, s, re.U | re.I)) for p, s in [
    (u'[9-a]', u'_'), (u'[9-A]', u'_'), (u'[\xc0-\xde]', u'\xd7'), (u'[\xc0-\xde]', u'\xf7'),
    (u'[\xe0-\xfe]', u'\xf7'), (u'[\xe0-\xfe]', u'\xd7'), (u'[\u0430-\u045f]', u'\u0450'),
    (u'[\u0430-\u045f]', u'\u0400'), (u'[\u0400-\u042f]', u'\u0450'), (u'[\u0400-\u042f]', u'\u0400'),
    (u'[\U00010428-\U0001044f]', u'\U00010428'), (u'[\U00010428-\U0001044f]', u'\U00010400'),
    (u'[\U00010400-\U00010427]', u'\U00010428'), (u'[\U00010400-\U00010427]', u'\U00010400'),
    (u'[J-M]', u'\u212a'), (u'[j-m]', u'\u212a'), (u'[\u2129-\u212b]', u'K'), (u'[\u2129-\u212b]', u'k'),
    (u'[R-T]', u'\u017f'), (u'[r-t]', u'\u017f'), (u'[\u017e-\u0180]', u'S'), (u'[\u017e-\u0180]', u's')]])
t('IU specials', lambda: [span(re.match(p, s, re.U | re.I)) for p, s in [
    (u'K', u'\u212a'), (u'k', u'\u212a'), (u'\u212a', u'K'), (u'\u212a', u'k'),
    (u'S', u'\u017f'), (u's', u'\u017f'), (u'\u017f', u'S'), (u'\u017f', u's'),
    (u'[19K]', u'\u212a'), (u'[19k]', u'\u212a'), (u'[19\u212a]', u'K'), (u'[19\u212a]', u'k'),
    (u'[19S]', u'\u017f'), (u'[19s]', u'\u017f'), (u'[19\u017f]', u'S'), (u'[19\u017f]', u's'),
    (u'\u03c3', u'\u03c2'), (u'\u03a3', u'\u03c2'), (u'\xb5', u'\u039c'), (u'[^s]', u'\u017f'),
    (u'\u1ea0', u'\u1ea1'), (u'\u1ea1', u'\u1ea0'), (u'(?i)\u1ea0', u'\u1ea1'), (u'(?iu)\u1ea1', u'\u1ea0')]])
t('I no U nonascii', lambda: [span(re.match(p, s, re.I)) for p, s in [(u'\xe9', u'\xc9'), (u'\u0101', u'\u0100')]])
t('I backref', lambda: [span(re.match(r'((a)\s\2)', 'a A', re.I)), span(re.match(r'(a)\1', u'a\u0101', re.I))])
t('I groupref U', lambda: span(re.match(r'(\xe9)\1', u'\xe9\xc9', re.I | re.U)))
t('I not literal', lambda: [span(re.match(p, s, re.I)) for p, s in [('[^a]', 'A'), ('[^a]', 'b')]])
t('w ascii', lambda: [re.findall(r'\w+', s) for s in ['h\xe9llo w\xf6rld', u'h\xe9llo w\xf6rld \u0430\u0431']])
t('w unicode', lambda: [re.findall(r'\w+', s, re.U) for s in ['h\xe9llo', u'h\xe9llo w\xf6rld \u0430\u0431 \u2165 \u00b2']])
t('w locale', lambda: [re.findall(r'\w+', s, re.L) for s in ['h\xe9llo', u'h\xe9llo']])
t('d', lambda: [(re.findall(r'\d', s), re.findall(r'\d', s, re.U)) for s in [u'1\u0e582\u2165\u00b2\uff10']])
t('d unicode', lambda: [span(re.match(r'^\d$', x, re.U)) for x in [u'7', u'\u0e58', u'\uff10', u'\u2165', u'\u3039', u'\u2082', u'\u32b4']])
t('s', lambda: [(re.findall(r'\s', s), re.findall(r'\s', s, re.U)) for s in [u' \t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u3000x']])
t('S W D', lambda: [re.findall(p, u'a1 \xe9_\u0101', f) for p in [r'\S', r'\W', r'\D'] for f in [0, re.U]])
t('b unicode', lambda: [re.findall(r'\b\w+\b', s, f) for s in [u'\xe9t\xe9 ok', 'caf\xe9 bar'] for f in [0, re.U, re.L]])
t('B', lambda: [span(re.search(r'\B(b.)\B', s, f)) for s in ['abc bcd bc abxd', u'abc bcd bc abxd'] for f in [0, re.L, re.U]])
t('b', lambda: [span(re.search(r'\b(b.)\b', s, f)) for s in ['abcd abc bcd bx', u'abcd abc bcd bx'] for f in [0, re.L, re.U]])
t('classes', lambda: [span(re.search(r'\d\D\w\W\s\S', '1aa! a', f)) for f in [0, re.L, re.U]])
t('dot', lambda: [re.findall('.', u'a\nb\u2028c\x85', f) for f in [0, re.S]])
t('$ unicode lb', lambda: [span(re.search('a$', s, f)) for s in [u'a\u2028', u'a\n', u'a\r'] for f in [0, re.M]])
t('^ M', lambda: re.findall('(?m)^\w', u'a\nb\u2028c\rd'))
t('M', lambda: re.findall('^\w+$', 'one\ntwo\nthree', re.M))
t('S', lambda: re.match('a.b', 'a\nb', re.S).group())
t('S .*', lambda: re.match('a.*b', 'a\n\nb', re.DOTALL).group())
t('X', lambda: re.match(r'''(?x)
    (\d+)   # number
    \s* [ ]?  # space
    ([a-z]+) \# # word
    ''', '12 ab#').groups())
t('X class ws', lambda: re.findall(r'[ a]+', 'a a', re.X))
t('X escaped', lambda: re.findall(r'a\ b\#', 'a b#', re.X))
t('X late', lambda: re.match('a b (?x)', 'ab').group())
t('inline', lambda: [re.compile(p).flags for p in ['(?i)', '(?L)', '(?m)', '(?s)', '(?u)', '(?x)', '(?t)', '(?imsx)', 'a(?i)b']])
t('inline late', lambda: re.match('a(?i)b', 'AB').group())
t('inline u', lambda: [span(re.match(p, u'\xe9')) for p in [r'(?u)\w', r'\w', r'(?L)\w']])
t('flags combined', lambda: re.compile('a', re.I | re.M | re.S | re.X | re.U).flags)
t('L and U', lambda: re.compile('(?Lu)a').flags)
t('unicode pattern on str', lambda: [span(re.match(u'\xe9', '\xe9')), span(re.match('\xe9', u'\xe9'))])
t('str pattern on unicode', lambda: re.findall('[\xe0-\xff]', u'\xe9\u0101\xff'))
t('escape unicode literals', lambda: [span(re.match(re.escape(unichr(c)), unichr(c))) for c in [0, 0x2620, 0x10000]])
t('big charset', lambda: [span(re.match(u'([\u2222\u2223])', unichr(0x2222), f)) for f in [0, re.U]])
t('big charset 2', lambda: span(re.match(u'[%s]' % u''.join(map(unichr, range(256, 2**16, 255))), unichr(0xff01), re.UNICODE)))
t('astral', lambda: [span(re.match(p, u'\U0001F600', f)) for p in [u'.', u'\\w', u'[\U0001F600-\U0001F64F]', u'\U0001F600'] for f in [0, re.U]])
t('astral class', lambda: re.findall(u'[^a]', u'a\U00010400b'))
t('literals', lambda: [bool(re.match(r'\%03o' % i, chr(i))) and bool(re.match(r'\%03o0' % i, chr(i) + '0')) and
                       bool(re.match(r'\%03o8' % i, chr(i) + '8')) and bool(re.match(r'\x%02x' % i, chr(i))) and
                       bool(re.match(r'\x%02x0' % i, chr(i) + '0')) and bool(re.match(r'\x%02xz' % i, chr(i) + 'z'))
                       for i in [0, 8, 16, 32, 64, 127, 128, 255]])
t('class literals', lambda: [bool(re.match(r'[\%03o]' % i, chr(i))) and bool(re.match(r'[\%03o0]' % i, chr(i))) and
                             bool(re.match(r'[\%03o8]' % i, chr(i))) and bool(re.match(r'[\x%02x]' % i, chr(i))) and
                             bool(re.match(r'[\x%02x0]' % i, chr(i))) and bool(re.match(r'[\x%02xz]' % i, chr(i)))
                             for i in [0, 8, 16, 32, 64, 127, 128, 255]])
t('bug 13899', lambda: re.findall(r'[\A\B\b\C\Z]', 'AB\bCZ'))
t('bug 931848', lambda: re.compile(u'[\u002E\u3002\uFF0E\uFF61]').split('a.b.c'))
t('bug 612074', lambda: re.compile(u'[' + re.escape(unichr(0x2039)) + u']').pattern)
