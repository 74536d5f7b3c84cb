print 'alpha init', __name__
import beta                      # implicit relative import (2.7)
from . import gamma              # explicit relative import
from .sub import deep
value = 'alpha:' + beta.value + ':' + gamma.value + ':' + deep.value
