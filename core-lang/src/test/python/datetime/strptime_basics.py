# time.strptime / _strptime: directives, defaults, Julian and week computations, errors
import time
for f, s in [('%b %d', 'Feb 29'), ('%Y %z', '2001 +0130'), ('%Y %Z', '2001 UTC'), ('%j %Y', '100 2001'), ('%U %w %Y', '10 3 2001'), ('%f', '12'), ('%Y %', '2001 %'), ('%Q', 'x'), ('%Y', '2001x'), ('%Y', 'x'), ('%I %p', '3 pm'), ('%c', 'Mon Jan  1 00:00:00 2001'), ('%x %X', '01/02/03 04:05:06'), ('%y', '69'), ('%y','68'), ('%W %a %Y', '0 Mon 2001'), ('%A %B', 'monday july')]:
    try: print f, repr(s), time.strptime(s, f)
    except Exception as e: print type(e).__name__, e
import _strptime
print _strptime._strptime('2001 12', '%Y %f')
try: time.strptime(1, '%Y')
except Exception as e: print type(e).__name__, e
try: time.strptime('1', 1)
except Exception as e: print type(e).__name__, e
print time.strptime('Mon Jan  1 00:00:00 2001')
