"""cPickle: the same engine as pickle, under the names C code expects
(Pickler/Unpickler factories, find_global, BadPickleGet)."""

import pickle as _pickle
from pickle import (PickleError, PicklingError, UnpicklingError, HIGHEST_PROTOCOL,
                    format_version, compatible_formats, dump, dumps, load, loads)

__version__ = "1.71"


class BadPickleGet(UnpicklingError):
    pass


class Pickler(_pickle.Pickler):
    pass


class Unpickler(_pickle.Unpickler):
    find_global = None

    def find_class(self, module, name):
        if self.find_global is not None:
            return self.find_global(module, name)
        return _pickle.Unpickler.find_class(self, module, name)
