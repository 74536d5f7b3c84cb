# os.popen2/3/4 and the popen2 module
import warnings
warnings.simplefilter('ignore', DeprecationWarning)
import os, popen2

i, o = os.popen2('cat')
print 'os.popen2', i.mode, o.mode
i.write('through cat\n'); i.close()
print repr(o.read())
i, o, e = os.popen3('cat; echo oops >&2')
i.write('x'); i.close()
print 'os.popen3', repr(o.read()), repr(e.read())
i, oe = os.popen4(['sh', '-c', 'echo out; echo err >&2'])
i.close()
print 'os.popen4', sorted(oe.read().split())
print popen2.__all__
fr, to = popen2.popen2('tr a-z A-Z')
to.write('shout\n'); to.close()
print 'popen2', repr(fr.read())
fr, to, er = popen2.popen3(['sh', '-c', 'cat; echo e >&2'])
to.write('in'); to.close()
print 'popen3', repr(fr.read()), repr(er.read())
p = popen2.Popen3('echo hi; exit 3', True)
print 'Popen3', repr(p.fromchild.read()), repr(p.childerr.read()), p.wait(), p.poll(), p.pid > 0, p.cmd
p = popen2.Popen4('echo a; echo b >&2; exit 1')
print 'Popen4', sorted(p.fromchild.read().split()), p.childerr, p.wait()
p = popen2.Popen3('sleep 5')
print 'poll running', p.poll()
os.kill(p.pid, 9)
print 'killed', p.wait()
popen2._cleanup()
print 'active', popen2._active
