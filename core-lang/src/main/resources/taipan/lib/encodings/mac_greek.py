"""Code page mac-greek (single-byte charmap codec)."""
# Taipan: the table comes from the built-in code pages.

from encodings._codepage import define

define('mac-greek', globals())
