"""Code page hp-roman8 (single-byte charmap codec)."""
# Taipan: the table comes from the built-in code pages.

from encodings._codepage import define

define('hp-roman8', globals())
