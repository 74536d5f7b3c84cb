"""Code page cp1254 (single-byte charmap codec)."""
# Taipan: the table comes from the built-in code pages.

from encodings._codepage import define

define('cp1254', globals())
