"""Code page tis-620 (single-byte charmap codec)."""
# Taipan: the table comes from the built-in code pages.

from encodings._codepage import define

define('tis-620', globals())
