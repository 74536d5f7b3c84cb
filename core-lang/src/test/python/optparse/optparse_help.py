# optparse: help output (indented and titled formatters, groups, wrapping, defaults)
import sys
sys.argv = ['/usr/bin/prog.py']
from optparse import (OptionParser, Option, OptionGroup, make_option, OptionError, OptionConflictError,
                      OptionValueError, BadOptionError, SUPPRESS_HELP, SUPPRESS_USAGE, TitledHelpFormatter,
                      IndentedHelpFormatter, Values)
import optparse


class NoExit(OptionParser):
    def exit(self, status=0, msg=None):
        if msg:
            sys.stdout.write('EXIT %d: %s' % (status, msg))
        raise SystemExit(status)

    def print_usage(self, file=None):
        OptionParser.print_usage(self, sys.stdout)


def run(p, args):
    try:
        opts, rest = p.parse_args(args)
        print sorted(vars(opts).items()), rest
    except SystemExit as e:
        print 'SystemExit', e.code


p = NoExit(usage="%prog [options] file...", version="%prog 1.0", description="A test program that does many things with files and options, demonstrating help wrapping across several lines of text output.", epilog="Report bugs to nobody. This epilog is long enough to wrap onto a second line of output.")
p.add_option("-f", "--file", dest="filename", help="write report to FILE", metavar="FILE")
p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True, help="don't print status messages to stdout")
p.add_option("-n", "--num", type="int", default=3, help="number of things [default: %default]")
p.add_option("-x", type="float", dest="x")
p.add_option("--long", type="long")
p.add_option("-c", "--complex", type=complex)
p.add_option("--choice", choices=["a", "b", "c"], help="pick one of a, b or c; this help is deliberately long so that it needs to be wrapped by textwrap")
p.add_option("-a", "--append", action="append")
p.add_option("--const", action="store_const", const=42)
p.add_option("--ac", action="append_const", const='k', dest="acs")
p.add_option("-v", action="count", dest="verbosity")
p.add_option("--pair", nargs=2, type="int")
p.add_option("--hidden", help=SUPPRESS_HELP)
p.add_option("--a-very-long-option-name-indeed", dest="long_name", metavar="SOMETHING", help="long option")
def cb(option, opt, value, parser, *args, **kw):
    print 'callback', option, opt, value, args, sorted(kw.items()), parser.largs, parser.rargs
    parser.values.cb = value
p.add_option("--cb", action="callback", callback=cb, type="string", callback_args=(1,), callback_kwargs={'k': 2})
p.add_option("--cb0", action="callback", callback=cb)
g = OptionGroup(p, "Dangerous Options", "Caution: use these options at your own risk.  It is believed that some of them bite.")
g.add_option("-g", action="store_true", help="Group option.")
p.add_option_group(g)
g2 = p.add_option_group("Empty group")
p.print_help()
print repr(p.get_usage()), p.get_version(), p.get_prog_name()
run(p, [])
run(p, ['-f', 'out', '-qn5', 'a', '--num=7', 'b', '-x', '2.5', '--long', '0x10', '-c', '1+2j'])
run(p, ['--choice', 'b', '-a', '1', '--append=2', '--const', '--ac', '--ac', '-vvv', '--pair', '1', '2'])
run(p, ['--cb', 'val', 'rest', '--cb0', '--', '-f'])
run(p, ['-n', '0x1f', '-n', '017', '-n', '0b101'])
run(p, ['--fi', 'name', '--qu'])
run(p, ['--c'])
run(p, ['--nope'])
run(p, ['-z'])
run(p, ['-n', 'abc'])
run(p, ['-x', 'abc'])
run(p, ['--choice', 'd'])
run(p, ['-f'])
run(p, ['--pair', '1'])
run(p, ['--quiet=1'])
run(p, ['--version'])
run(p, ['-c', 'zz'])
p.disable_interspersed_args()
run(p, ['a', '-q'])
print p.has_option('-f'), p.get_option('--file'), p.get_option_group('-g').title, p.get_option_group('-f')
p.remove_option('--file')
print p.has_option('-f'), p.has_option('--file')
try: p.remove_option('--file')
except ValueError as e: print e
for args, kw in [((), {}), (('f',), {}), (('-',), {}), (('--',), {}), (('-ab',), {}), (('---x',), {}),
                 (('-f',), {'action': 'bogus'}), (('-f',), {'type': 'bogus'}), (('-f',), {'action': 'count', 'type': 'int'}),
                 (('-f',), {'type': 'choice'}), (('-f',), {'type': 'choice', 'choices': 'abc'}), (('-f',), {'choices': ['a'], 'type': 'int'}),
                 (('-f',), {'const': 1}), (('-f',), {'action': 'count', 'nargs': 2}), (('-f',), {'action': 'callback', 'callback': 3}),
                 (('-f',), {'action': 'callback', 'callback': cb, 'callback_args': [1]}), (('-f',), {'action': 'callback', 'callback': cb, 'callback_kwargs': 1}),
                 (('-f',), {'callback_args': (1,)}), (('-f',), {'callback_kwargs': {}}), (('-f',), {'bad': 1, 'worse': 2}),
                 (('-f', '--foo-bar'), {}), (('-f',), {'type': str}), (('-f',), {'type': int, 'action': 'append'})]:
    try:
        o = Option(*args, **kw)
        print 'ok', o, o.dest, o.type, o.action, o.nargs, o.get_opt_string(), o.takes_value()
    except (OptionError, TypeError) as e:
        print type(e).__name__, e
q = OptionParser(prog='q')
try: q.add_option('-h')
except OptionConflictError as e: print 'conflict', e
q2 = OptionParser(conflict_handler='resolve', add_help_option=False, usage=SUPPRESS_USAGE, prog='q2')
q2.add_option('-a', '--all', action='store_true', help='first')
q2.add_option('-a', '--aardvark', action='store_true', help='second')
q2.add_option('--all', help='third')
q2.print_help()
print repr(q2.format_help()), q2.get_usage() == ''
try: OptionParser(conflict_handler='x')
except ValueError as e: print e
try: q.add_option(3)
except TypeError as e: print e
try: q.add_option_group(3)
except TypeError as e: print e
try: q.add_option_group(OptionGroup(p, 't'))
except ValueError as e: print e
t = NoExit(formatter=TitledHelpFormatter(), usage="usage: %prog x", prog='titled')
t.add_option('-a', '--alpha', metavar='A', help='alpha value')
t.add_option('-b', action='store_true', help='beta flag')
tg = t.add_option_group('Group', 'described group')
tg.add_option('--gamma', help='gamma')
t.print_help()
f = IndentedHelpFormatter(width=40, max_help_position=10, indent_increment=4, short_first=0)
f.set_short_opt_delimiter('')
f.set_long_opt_delimiter(' ')
w = OptionParser(formatter=f, prog='narrow', description='This description should wrap at a narrow width of forty.')
w.add_option('-o', '--output', help='the output file, which is a long help text to wrap')
w.print_help()
try: f.set_short_opt_delimiter('=')
except ValueError as e: print e
try: f.set_long_opt_delimiter('')
except ValueError as e: print e
v = Values({'a': 1, 'b': None})
print v, v == {'a': 1, 'b': None}, v.ensure_value('b', 5), v.ensure_value('c', [])
v._update({'a': 2, 'z': 3}, 'careful'); print v
v._update({'z': 3}, 'loose'); print sorted(vars(v).items())
try: v._update({}, 'x')
except ValueError as e: print e
print str(BadOptionError('-z')), str(optparse.AmbiguousOptionError('--a', ['--ab', '--ac'])), str(OptionValueError('m'))
print optparse.check_builtin(Option('-f', type='int'), '-f', '12'), optparse._parse_num('0x10', int), optparse._match_abbrev('--al', {'--all': 1, '--x': 2})
p2 = OptionParser(prog='p2')
p2.add_option('-s', default='5', type='int')
p2.set_defaults(s='6', extra=1)
o, a = p2.parse_args(['x'])
print o.s, o.extra, a
p2.set_process_default_values(False)
print p2.get_default_values().s
