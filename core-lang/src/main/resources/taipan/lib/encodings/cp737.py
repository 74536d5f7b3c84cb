"""Code page cp737 (single-byte charmap codec)."""
# Taipan: the table comes from the built-in code pages.

from encodings._codepage import define

define('cp737', globals())
