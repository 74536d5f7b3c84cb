# subprocess over posix_spawn: call, check_*, Popen pipes, communicate, cwd, env, signals
import subprocess, sys, os
print subprocess.call(['true']), subprocess.call(['sh', '-c', 'exit 4']), subprocess.call('exit 5', shell=True)
print repr(subprocess.check_output(['echo', 'hello']))
print repr(subprocess.check_output('echo err >&2; echo out', shell=True, stderr=subprocess.STDOUT))
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print e, e.returncode, e.cmd
try:
    subprocess.check_output('echo partial; exit 3', shell=True)
except subprocess.CalledProcessError as e:
    print e, repr(e.output)
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate('x' * 200000)
print len(out), repr(err), p.returncode
p = subprocess.Popen(['sh', '-c', 'echo a; echo b >&2; exit 2'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print p.communicate(), p.returncode, p.poll()
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write('line1\nline2\n'); p.stdin.close()
print p.stdout.readlines(), p.wait()
p = subprocess.Popen('printf "a\\r\\nb\\rc\\n"', shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
print repr(p.communicate())
p = subprocess.Popen(['pwd'], cwd='/usr', stdout=subprocess.PIPE)
print repr(p.communicate()[0])
p = subprocess.Popen(['sh', '-c', 'echo $FOO'], env={'FOO': 'bar'}, stdout=subprocess.PIPE)
print repr(p.communicate()[0])
try:
    subprocess.Popen(['/nonexistent/prog'])
except OSError as e:
    print 'OSError', e.errno, e.strerror
try:
    subprocess.Popen(['true'], cwd='/nonexistent')
except OSError as e:
    print 'OSError cwd', e.errno
p = subprocess.Popen(['sleep', '10'])
p.terminate()
print p.wait()
p = subprocess.Popen(['sleep', '10'])
p.kill()
print p.wait(), p.returncode
print subprocess.list2cmdline(['a b', 'c"d', 'e\\', 'f\\"g', '', 'h\\\\ i'])
print subprocess.call(['sh', '-c', 'exit 0'], stdout=open(os.devnull, 'w'))
try:
    subprocess.Popen(['true'], bufsize='x')
except TypeError as e:
    print e
try:
    subprocess.check_output(['true'], stdout=1)
except ValueError as e:
    print e
