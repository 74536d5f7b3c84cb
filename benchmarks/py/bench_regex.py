# Regex workload: compile once, then search/match/sub/findall/split over ~1 MB of
# log-like text. Reports the best of several rounds as MB of text processed per second.
import re
import time

def make_log(size):
    # A deterministic linear congruential generator: no dependence on random's algorithm.
    state = [12345]
    def rnd(n):
        state[0] = (state[0] * 1103515245 + 12345) & 0x7fffffff
        return state[0] % n
    methods = ["GET", "POST", "PUT", "DELETE", "HEAD"]
    paths = ["/index.html", "/api/v1/users", "/static/app.js", "/login", "/search?q=python",
             "/images/logo.png", "/api/v1/orders/%d", "/admin"]
    agents = ["Mozilla/5.0 (X11; Linux x86_64)", "curl/7.68.0", "Python-urllib/2.7", "Wget/1.20"]
    codes = [200, 200, 200, 301, 304, 404, 500]
    lines = []
    total = 0
    while total < size:
        path = paths[rnd(len(paths))]
        if "%d" in path:
            path = path % rnd(100000)
        line = '%d.%d.%d.%d - user%d [%02d/Nov/2026:%02d:%02d:%02d +0000] "%s %s HTTP/1.1" %d %d "%s" host%d.example.com' % (
            rnd(256), rnd(256), rnd(256), rnd(256), rnd(50), 1 + rnd(28), rnd(24), rnd(60), rnd(60),
            methods[rnd(len(methods))], path, codes[rnd(len(codes))], rnd(50000), agents[rnd(len(agents))], rnd(20))
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines) + "\n"

text = make_log(1 << 20)
lines = text.splitlines()

ip = re.compile(r'^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})', re.M)
request = re.compile(r'"(GET|POST|PUT|DELETE|HEAD) (\S+) HTTP/1\.[01]" (\d{3}) (\d+)')
notfound = re.compile(r'GET .* 404')
date = re.compile(r'\[(\d\d)/(\w{3})/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-]\d{4})\]')
host = re.compile(r'host(\d+)\.example\.com')
word = re.compile(r'[A-Za-z]+')
api = re.compile(r'/api/v1/(users|orders/(?P<id>\d+))')
sep = re.compile(r'\s+')

def workload():
    n = 0
    n += len(ip.findall(text))
    for m in request.finditer(text):
        n += int(m.group(3))
    n += len(notfound.findall(text))
    n += len(date.sub(r'[\3-\2-\1 \4:\5]', text))
    n += len(host.sub(lambda m: 'h' + m.group(1), text))
    n += len(word.findall(text[:200000]))
    for line in lines[:5000]:
        m = api.search(line)
        if m and m.group('id'):
            n += 1
        n += len(sep.split(line))
        if request.match(line):
            n += 1
    return n

rounds = 6
best = None
check = None
for i in range(rounds):
    t0 = time.time()
    r = workload()
    t = time.time() - t0
    if check is None:
        check = r
    elif r != check:
        raise SystemExit("results differ between rounds")
    if best is None or t < best:
        best = t
print "CHECK %d" % check
print "SCORE %.2f MB/s" % (len(text) / 1e6 / best)
