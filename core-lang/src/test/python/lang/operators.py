# Arithmetic, comparison, boolean and bitwise operators across types.
print 7 / 2, -7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 2 ** 10, 2 ** -1, (-2) ** 2
print 7.0 / 2, 7 / 2.0, 7.5 // 2, -7.5 % 2, 2.0 ** 0.5, 10 ** 20, -10 ** 20, 10 ** 20 / 3
print divmod(7, 3), divmod(-7, 3), divmod(7.5, 2), abs(-3), abs(-3.5), -(-3)
print 1 << 40, 1 << 63, 1 << 64, -1 >> 3, 255 & 15, 8 | 1, 7 ^ 2, ~5, ~-1
print 3 < 4 < 5, 3 < 4 > 5, 1 == 1.0, 1 is 1, 'a' < 'b', (1, 2) < (1, 3), [1] < [1, 0]
print 1 < 'a', None < 0, () > [], {} < [], 'abc' < u'abd'
print not 0, not [], not [0], 0 or 'default', 'first' or 'second', 0 and 1, 2 and 3
print 1 if True else 2, 'yes' if [] else 'no'
print 'ab' * 3, [0] * 3, 3 * (1,), 'a' + 'b', [1] + [2], (1,) + (2,)
print 'b' in 'abc', 1 in [1, 2], 3 not in (1, 2), 'k' in {'k': 1}
x = 5
x += 3; print x,
x -= 1; print x,
x *= 2; print x,
x /= 3; print x,
x //= 2; print x,
x %= 3; print x,
x **= 4; print x,
x <<= 2; print x,
x >>= 1; print x,
x &= 6; print x,
x |= 9; print x,
x ^= 3; print x
l = [1]
l2 = l
l += [2]
print l, l2, l is l2
t = (1,)
t2 = t
t += (2,)
print t, t2, t is t2
print 0x1f, 0o17, 017, 0b101, 1e3, 1.5e-3, 3j * 2j, 1 + 2j, 123456789012345678901234567890
print int('42'), long(42), float('1.5'), complex(1, 2), bool(''), str(12), repr('x')
print round(2.5), round(-2.5), round(1.234, 2), 10 / 4.0, float(10) / 4
print 2 ** 62 + 2 ** 62, type(2 ** 62 + 2 ** 62).__name__, type(2 ** 63 - 1).__name__, -2 ** 63
print 0.1 + 0.2, 1.0 / 3, 1e16, 1e-5, 100.0, 1e22, 3.14, -0.0, float('inf'), float('-inf')
