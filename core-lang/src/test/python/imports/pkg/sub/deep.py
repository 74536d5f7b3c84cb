from .. import beta
from ..beta import value as bv
value = 'deep(' + bv + ')'
def where():
    return __name__
