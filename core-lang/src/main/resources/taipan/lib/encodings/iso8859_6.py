"""Code page iso8859-6 (single-byte charmap codec)."""
# Taipan: the table comes from the built-in code pages.

from encodings._codepage import define

define('iso8859-6', globals())
