"""Shallow and deep copies of Python objects.

copy(x) makes a shallow copy, deepcopy(x) a deep one. Classes control copying with
__copy__ and __deepcopy__(memo), or through the pickling protocol (__reduce_ex__,
__getstate__/__setstate__, copy_reg registrations).
"""
# Taipan's own implementation of the 2.7 copy module.

import types
import weakref
from copy_reg import dispatch_table


class Error(Exception):
    pass
error = Error   # the old name

__all__ = ["Error", "copy", "deepcopy"]


def _atomic(x, memo=None):
    return x


def _shallow_inst(x):
    """Copy of an old-style instance."""
    if hasattr(x, '__copy__'):
        return x.__copy__()
    return _rebuild_inst(x, None)


def _rebuild_inst(x, memo):
    deep = memo is not None
    if hasattr(x, '__getinitargs__'):
        args = x.__getinitargs__()
        if deep:
            args = deepcopy(args, memo)
        y = x.__class__(*args)
    else:
        y = _EmptyClass()
        y.__class__ = x.__class__
    if deep:
        memo[id(x)] = y
    if hasattr(x, '__getstate__'):
        state = x.__getstate__()
    else:
        state = x.__dict__
    if deep:
        state = deepcopy(state, memo)
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
    else:
        y.__dict__.update(state)
    return y


class _EmptyClass:
    pass


def _shallow_table():
    table = {}
    for t in (type(None), int, long, float, bool, str, tuple, frozenset, type, xrange,
              types.ClassType, types.BuiltinFunctionType, type(Ellipsis),
              types.FunctionType, weakref.ref):
        table[t] = _atomic
    try:
        table[complex] = _atomic
    except NameError:
        pass
    try:
        table[unicode] = _atomic
    except NameError:
        pass
    try:
        table[types.CodeType] = _atomic
    except AttributeError:
        pass
    table[list] = lambda x: x[:]
    table[dict] = lambda x: x.copy()
    table[set] = lambda x: x.copy()
    table[bytearray] = lambda x: x[:]
    table[types.InstanceType] = _shallow_inst
    return table

_copy_dispatch = _shallow_table()


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    copier = getattr(cls, "__copy__", None)
    if copier:
        return copier(x)
    reductor = dispatch_table.get(cls)
    if reductor:
        rv = reductor(x)
    else:
        reductor = getattr(x, "__reduce_ex__", None)
        if reductor:
            rv = reductor(2)
        else:
            reductor = getattr(x, "__reduce__", None)
            if reductor:
                rv = reductor()
            else:
                raise Error("un(shallow)copyable object of type %s" % cls)
    return _reconstruct(x, rv, 0)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps the id of each object already copied to its copy."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier:
        y = copier(x, memo)
    else:
        try:
            issc = issubclass(cls, type)
        except TypeError:
            issc = 0
        if issc:
            y = _atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier:
                y = copier(memo)
            else:
                reductor = dispatch_table.get(cls)
                if reductor:
                    rv = reductor(x)
                else:
                    reductor = getattr(x, "__reduce_ex__", None)
                    if reductor:
                        rv = reductor(2)
                    else:
                        reductor = getattr(x, "__reduce__", None)
                        if reductor:
                            rv = reductor()
                        else:
                            raise Error(
                                "un(deep)copyable object of type %s" % cls)
                y = _reconstruct(x, rv, 1, memo)
    memo[d] = y
    _keep_alive(x, memo)
    return y


def _deep_list(x, memo):
    y = []
    memo[id(x)] = y
    for a in x:
        y.append(deepcopy(a, memo))
    return y


def _deep_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # a recursive tuple may have been copied meanwhile
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for i in range(len(x)):
        if x[i] is not y[i]:
            return tuple(y)
    return x


def _deep_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.iteritems():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deep_method(x, memo):
    return type(x)(x.im_func, deepcopy(x.im_self, memo), x.im_class)


def _deep_inst(x, memo):
    if hasattr(x, '__deepcopy__'):
        return x.__deepcopy__(memo)
    return _rebuild_inst(x, memo)


def _deep_table():
    table = {}
    for t in (type(None), int, long, float, bool, str, type, xrange,
              types.ClassType, types.BuiltinFunctionType, type(Ellipsis),
              types.FunctionType, weakref.ref):
        table[t] = _atomic
    try:
        table[complex] = _atomic
    except NameError:
        pass
    try:
        table[unicode] = _atomic
    except NameError:
        pass
    try:
        table[types.CodeType] = _atomic
    except AttributeError:
        pass
    table[list] = _deep_list
    table[tuple] = _deep_tuple
    table[dict] = _deep_dict
    table[types.MethodType] = _deep_method
    table[types.InstanceType] = _deep_inst
    return table

_deepcopy_dispatch = d = _deep_table()
del d


def _keep_alive(x, memo):
    """Keeps x alive while memo is: the memo is keyed by id(), which a dead object's
    successor could reuse."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, info, deep, memo=None):
    if isinstance(info, str):
        return x
    assert isinstance(info, tuple)
    if memo is None:
        memo = {}
    n = len(info)
    assert n in (2, 3, 4, 5)
    callable, args = info[:2]
    if n > 2:
        state = info[2]
    else:
        state = None
    if n > 3:
        listiter = info[3]
    else:
        listiter = None
    if n > 4:
        dictiter = info[4]
    else:
        dictiter = None
    if deep:
        args = deepcopy(args, memo)
    y = callable(*args)
    memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.iteritems():
                    setattr(y, key, value)

    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
