# resource: limits and usage
import resource
print ' '.join('%s=%d' % (n, getattr(resource,n)) for n in sorted(dir(resource)) if n[0].isupper())
print [n for n in dir(resource) if not n[0].isupper() and not n.startswith('__')]
print resource.error, resource.getrlimit(resource.RLIMIT_CORE), resource.error.__bases__
r = resource.getrusage(resource.RUSAGE_SELF); print type(r).__name__, r.n_fields, r.n_sequence_fields, [type(x).__name__ for x in r]
print repr(r)[:24], r.ru_maxrss > 0, resource.getpagesize()
for f,a in [(resource.getrlimit,(99,)),(resource.setrlimit,(99,(1,1))),(resource.setrlimit,(resource.RLIMIT_CORE,(1,))),(resource.setrlimit,(resource.RLIMIT_CORE,(2,1))),(resource.getrusage,(99,)), (resource.setrlimit,(resource.RLIMIT_CORE,'ab')), (resource.setrlimit,(resource.RLIMIT_CORE,5))]:
  try: print f(*a)
  except Exception as e: print type(e).__name__, e
old = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (0, old[1]))
print resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, old)
print resource.getrlimit(resource.RLIMIT_CORE) == old
