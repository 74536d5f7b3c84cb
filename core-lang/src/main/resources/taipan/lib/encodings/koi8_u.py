"""Code page koi8-u (single-byte charmap codec)."""
# Taipan: the table comes from the built-in code pages.

from encodings._codepage import define

define('koi8-u', globals())
