# os.system, os.popen, the spawn family and waitpid (programs started through posix_spawn)
import os, sys

print 'system', os.system('exit 3'), os.system('true'), os.system('kill -9 $$')
f = os.popen('echo hi; echo there')
print 'popen read', f.readlines(), f.close(), f.name, f.mode
f = os.popen('exit 2')
print 'popen status', repr(f.read()), f.close()
f = os.popen('cat > /dev/null', 'w')
print 'popen write', f.name, f.mode
f.write('abc')
print 'popen write close', f.close()
try:
    os.popen('ls', 'x')
except OSError as e:
    print 'popen mode', e
print 'spawnv', os.spawnv(os.P_WAIT, '/bin/sh', ['sh', '-c', 'exit 5']), os.P_WAIT, os.P_NOWAIT, os.P_NOWAITO
print 'spawnvp missing', os.spawnvp(os.P_WAIT, 'nonexistent-cmd-here', ['x'])
print 'spawn killed', os.spawnv(os.P_WAIT, '/bin/sh', ['sh', '-c', 'kill -9 $$'])
pid = os.spawnlp(os.P_NOWAIT, 'sh', 'sh', '-c', 'exit 7')
p, st = os.waitpid(pid, 0)
print 'waitpid', p == pid, os.WIFEXITED(st), os.WEXITSTATUS(st)
try:
    os.waitpid(pid, 0)
except OSError as e:
    print 'waitpid again', e
os.environ['TAIPAN_SPAWN'] = 'seen'
f = os.popen('echo $TAIPAN_SPAWN')
print 'environ passed', repr(f.read())
f.close()
del os.environ['TAIPAN_SPAWN']
f = os.popen('echo "[$TAIPAN_SPAWN]"')
print 'environ removed', repr(f.read())
f.close()
print 'spawnve', os.spawnve(os.P_WAIT, '/bin/sh', ['sh', '-c', 'test "$X" = y'], {'X': 'y'}), \
    os.spawnle(os.P_WAIT, '/bin/sh', 'sh', '-c', 'exit $X', {'X': '4'})
r, w = os.pipe()
pid = os.spawnv(os.P_NOWAIT, '/bin/sh', ['sh', '-c', 'echo from child >/dev/fd/%d' % w])
os.close(w)
print 'inherited pipe', repr(os.read(r, 100))
os.close(r)
os.waitpid(pid, 0)
for a in [('/nonexist', ['a']), ('/bin/true', [1]), ('/bin/true', 'x'), ('/bin/true', [])]:
    try:
        os.execv(*a)
    except Exception as e:
        print 'execv', type(e).__name__, e
for a in [('/bin/true', ['a'], 1), ('/bin/true', ['a'], {1: 2})]:
    try:
        os.execve(*a)
    except Exception as e:
        print 'execve', type(e).__name__, e
