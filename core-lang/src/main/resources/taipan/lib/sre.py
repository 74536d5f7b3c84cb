"""Deprecated name of the re module (sre became re in Python 2.5); kept for old code
and for pickles that refer to sre._compile."""

import warnings
warnings.warn("The sre module is deprecated, please import re.",
              DeprecationWarning, 2)

from re import *
from re import __all__

# the reconstructor named by old pickles of pattern objects
from re import _compile
