# str/unicode mixing: coercion with the default (ASCII) codec
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '->', repr(r)

t('add', lambda: ('a' + u'b', u'a' + 'b', 'a' + u'', '' + u'b'))
t('add non-ascii str', lambda: '\xe9' + u'b')
t('add non-ascii str right', lambda: u'b' + 'x\xe9')
t('iadd', lambda: [x for x in ['a']][0].__add__(u'z'))
x = 'a'
x += u'b'
t('iadd result', lambda: x)
t('eq', lambda: ('a' == u'a', u'a' == 'a', 'a' != u'a', 'a' == u'b'))
t('eq non-ascii', lambda: u'\xe9' != 'x')
t('order', lambda: ('a' < u'b', u'a' < 'b', 'b' > u'a', 'a' <= u'a'))
t('order non-ascii', lambda: '\xe9' < u'a')
t('dict key', lambda: {'a': 1}[u'a'])
t('dict key 2', lambda: {u'a': 1}['a'])
t('dict mixed', lambda: len({'a': 1, u'a': 2}))
t('in', lambda: (u'a' in 'abc', 'a' in u'abc', u'' in 'x', 'x' in u''))
t('in non-ascii', lambda: u'a' in '\xe9')
t('join', lambda: ('-'.join([u'a', 'b']), u'-'.join(['a', 'b']), ''.join(['a', u'b', 'c'])))
t('join non-ascii', lambda: ''.join(['\xe9', u'b']))
t('replace', lambda: ('abc'.replace(u'b', 'x'), u'abc'.replace('b', 'x'), 'abc'.replace('b', u'x')))
t('split', lambda: ('a b'.split(u' '), u'a b'.split(' '), 'a,b'.rsplit(u',')))
t('strip', lambda: ('xax'.strip(u'x'), u'xax'.strip('x')))
t('find', lambda: ('abc'.find(u'c'), u'abc'.find('c'), 'abc'.index(u'b'), 'abc'.count(u'b'), 'abc'.rfind(u'a')))
t('startswith', lambda: ('abc'.startswith(u'a'), u'abc'.startswith('a'), 'abc'.endswith((u'c',))))
t('partition', lambda: ('a.b'.partition(u'.'), u'a.b'.rpartition('.')))
t('format', lambda: ('%s' % u'x', u'%s' % 'x', '{0}'.format(u'x'), u'{0}'.format('x')))
t('mod tuple', lambda: '%s-%s' % ('a', u'b'))
t('translate', lambda: 'abc'.translate({97: u'z'}) if False else u'abc'.translate({97: u'z'}))
t('center', lambda: ('a'.center(3, u'*') if False else u'a'.center(3, '*')))
t('hash', lambda: (hash('abc') == hash(u'abc'), hash('') == hash(u'')))
t('str of unicode', lambda: str(u'abc'))
t('unicode of str', lambda: unicode('abc'))
t('repr list', lambda: repr(['a', u'a', u'\xe9', '\xe9']))
t('cmp tuple', lambda: ('a', 1) == (u'a', 1))
t('sorted-ish', lambda: [u'b' < 'c', 'B' < u'a'])
t('mul', lambda: (u'ab' * 2, 'ab' * 2))
t('contains non-string', lambda: 1 in u'a')
t('unicode concat bytearray', lambda: u'a' + bytearray('b'))
t('str concat bytearray', lambda: 'a' + bytearray('b'))
