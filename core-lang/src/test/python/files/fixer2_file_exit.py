# file.__exit__ closes through the close attribute, so a subclass' close() runs (fixer2).
P = '/tmp/taipan-lang-test-fixer2_file_exit'

class C(file):
    def __init__(self, *args):
        self.subclass_closed = False
        file.__init__(self, *args)
    def close(self):
        self.subclass_closed = True
        file.close(self)

with C(P, 'w') as f:
    f.write('x')
print f.subclass_closed, f.closed

with open(P) as g:
    print g.read()
print g.closed
print open(P).__exit__(None, None, None)
