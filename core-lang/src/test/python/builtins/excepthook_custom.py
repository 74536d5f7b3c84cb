# An uncaught exception goes to sys.excepthook; the exit status is 1.
import sys


def hook(t, v, tb):
    print 'hook:', t.__name__, v, tb.tb_next.tb_frame.f_code.co_name
    sys.__excepthook__(t, v, tb)

sys.excepthook = hook


def fail():
    raise ValueError('boom')

print 'before',
fail()
