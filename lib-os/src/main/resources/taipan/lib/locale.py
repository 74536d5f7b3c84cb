"""Locale support: the C library's locales (through _locale) and the formatting and
parsing helpers built on localeconv().

Programs start in the "C" locale; setlocale(LC_ALL, '') switches to the user's.
"""

import sys
import re
import operator
import functools
import encodings
from _locale import *
from _locale import setlocale as _setlocale, localeconv as _localeconv

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error", "setlocale",
           "resetlocale", "localeconv", "strcoll", "strxfrm", "str", "atof", "atoi", "format",
           "format_string", "currency", "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME",
           "LC_MONETARY", "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "LC_MESSAGES"]

_builtin_str = str


def localeconv():
    return _localeconv()


# ---- grouping of digits ------------------------------------------------------------------

def _grouping_sizes(grouping):
    """The group sizes from the right: the last size repeats unless CHAR_MAX ends it."""
    last = None
    for size in grouping:
        if size == CHAR_MAX:
            return
        if size == 0:
            break
        yield size
        last = size
    if last is not None:
        while True:
            yield last


def _group(s, monetary=False):
    conv = localeconv()
    sep = conv['mon_thousands_sep' if monetary else 'thousands_sep']
    grouping = conv['mon_grouping' if monetary else 'grouping']
    if not grouping:
        return s, 0
    stripped = s.rstrip()
    trailing = s[len(stripped):]
    digits = stripped
    groups = []
    for size in _grouping_sizes(grouping):
        if not digits or not digits[-1].isdigit():
            break
        groups.append(digits[-size:])
        digits = digits[:-size]
    if not groups:
        return s, 0
    if digits:
        groups.append(digits)
    groups.reverse()
    return sep.join(groups) + trailing, len(sep) * (len(groups) - 1)


def _strip_padding(s, amount):
    """Remove up to amount spaces that padding added (grouping made the text longer)."""
    start = 0
    while amount and s[start] == ' ':
        start += 1
        amount -= 1
    end = len(s) - 1
    while amount and s[end] == ' ':
        end -= 1
        amount -= 1
    return s[start:end + 1]


_percent_re = re.compile(r'%(?:\((?P<key>.*?)\))?'
                         r'(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def format(percent, value, grouping=False, monetary=False, *additional):
    """percent % value with the locale's decimal point (and digit grouping if asked);
    percent must be a single %-specifier."""
    match = _percent_re.match(percent)
    if not match or len(match.group()) != len(percent):
        raise ValueError(("format() must be given exactly one %%char "
                          "format specifier, %s not valid") % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        formatted = percent % ((value,) + additional)
    else:
        formatted = percent % value
    if percent[-1] in 'eEfFgG':
        seps = 0
        parts = formatted.split('.')
        if grouping:
            parts[0], seps = _group(parts[0], monetary=monetary)
        point = localeconv()['mon_decimal_point' if monetary else 'decimal_point']
        formatted = point.join(parts)
        if seps:
            formatted = _strip_padding(formatted, seps)
    elif percent[-1] in 'diu':
        seps = 0
        if grouping:
            formatted, seps = _group(formatted, monetary=monetary)
        if seps:
            formatted = _strip_padding(formatted, seps)
    return formatted


def format_string(f, val, grouping=False):
    """f % val, each numeric conversion formatted for the locale."""
    specs = list(_percent_re.finditer(f))
    literal = _percent_re.sub('%s', f)
    if isinstance(val, dict):
        parts = []
        for m in specs:
            if m.group()[-1] == '%':
                parts.append('%')
            else:
                parts.append(format(m.group(), val, grouping))
        return literal % tuple(parts)
    if not isinstance(val, tuple):
        val = (val,)
    parts = []
    i = 0
    for m in specs:
        spec = m.group()
        if spec[-1] == '%':
            parts.append('%')
            continue
        stars = m.group('modifiers').count('*')
        parts.append(_format(spec, val[i], grouping, False, *val[i + 1:i + 1 + stars]))
        i += 1 + stars
    return literal % tuple(parts)


def currency(val, symbol=True, grouping=False, international=False):
    """val as an amount of the locale's currency."""
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == 127:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    s = format('%%.%if' % digits, abs(val), grouping, monetary=True)
    s = '<' + s + '>'
    if symbol:
        smb = conv['int_curr_symbol' if international else 'currency_symbol']
        precedes = conv[val < 0 and 'n_cs_precedes' or 'p_cs_precedes']
        separated = conv[val < 0 and 'n_sep_by_space' or 'p_sep_by_space']
        if precedes:
            s = smb + (separated and ' ' or '') + s
        else:
            s = s + (separated and ' ' or '') + smb
    sign_pos = conv[val < 0 and 'n_sign_posn' or 'p_sign_posn']
    sign = conv[val < 0 and 'negative_sign' or 'positive_sign']
    if sign_pos == 0:
        s = '(' + s + ')'
    elif sign_pos == 1:
        s = sign + s
    elif sign_pos == 2:
        s = s + sign
    elif sign_pos == 3:
        s = s.replace('<', sign)
    elif sign_pos == 4:
        s = s.replace('>', sign)
    else:
        s = sign + s
    return s.replace('<', '').replace('>', '')


def str(val):
    """The float val as str() writes it, with the locale's decimal point."""
    return format("%.12g", val)


def atof(string, func=float):
    """Parse a number written for the locale."""
    conv = localeconv()
    sep = conv['thousands_sep']
    if sep:
        string = string.replace(sep, '')
    point = conv['decimal_point']
    if point:
        string = string.replace(point, '.')
    return func(string)


def atoi(str):
    return atof(str, int)


# ---- locale names --------------------------------------------------------------------------

# language (and territory) names to the full names setlocale accepts; a small table of the
# common names, and the rules of the glibc naming scheme for the rest
locale_alias = {
    'c': 'C', 'posix': 'C', 'c.ascii': 'C', 'c.en': 'C', 'c.iso88591': 'en_US.ISO8859-1',
    'c.utf8': 'en_US.UTF-8', 'en': 'en_US.ISO8859-1', 'english': 'en_EN.ISO8859-1',
    'en_us': 'en_US.ISO8859-1', 'en_gb': 'en_GB.ISO8859-1', 'de': 'de_DE.ISO8859-1',
    'de_de': 'de_DE.ISO8859-1', 'german': 'de_DE.ISO8859-1', 'fr': 'fr_FR.ISO8859-1',
    'fr_fr': 'fr_FR.ISO8859-1', 'french': 'fr_FR.ISO8859-1', 'es': 'es_ES.ISO8859-1',
    'es_es': 'es_ES.ISO8859-1', 'it': 'it_IT.ISO8859-1', 'it_it': 'it_IT.ISO8859-1',
    'nl': 'nl_NL.ISO8859-1', 'pt': 'pt_PT.ISO8859-1', 'pt_br': 'pt_BR.ISO8859-1',
    'ru': 'ru_RU.UTF-8', 'ru_ru': 'ru_RU.UTF-8', 'ja': 'ja_JP.eucJP', 'ja_jp': 'ja_JP.eucJP',
    'zh_cn': 'zh_CN.gb2312', 'zh_tw': 'zh_TW.big5', 'ko': 'ko_KR.eucKR', 'ko_kr': 'ko_KR.eucKR',
    'sv': 'sv_SE.ISO8859-1', 'sv_se': 'sv_SE.ISO8859-1', 'pl': 'pl_PL.ISO8859-2',
    'tr': 'tr_TR.ISO8859-9', 'el': 'el_GR.ISO8859-7', 'he': 'he_IL.ISO8859-8',
}

# encoding names (as the encodings package normalizes them) to those setlocale knows
locale_encoding_alias = {
    'ascii': 'ISO8859-1', 'latin_1': 'ISO8859-1', 'iso8859_1': 'ISO8859-1',
    'iso8859_2': 'ISO8859-2', 'iso8859_5': 'ISO8859-5', 'iso8859_7': 'ISO8859-7',
    'iso8859_8': 'ISO8859-8', 'iso8859_9': 'ISO8859-9', 'iso8859_15': 'ISO8859-15',
    'utf_8': 'UTF-8', 'utf8': 'UTF-8', 'koi8_r': 'KOI8-R', 'euc_jp': 'eucJP', 'euc_kr': 'eucKR',
    'gb2312': 'gb2312', 'big5': 'big5', 'cp1251': 'CP1251', 'cp1252': 'CP1252',
}

windows_locale = {}


def _encoding_name(encoding):
    norm = encodings.normalize_encoding(encoding).lower()
    norm = encodings.aliases.aliases.get(norm.replace('-', '_'), norm)
    return locale_encoding_alias.get(norm, locale_encoding_alias.get(encoding.lower(), encoding))


def normalize(localename):
    """The full locale name setlocale understands for localename (e.g. 'de' ->
    'de_DE.ISO8859-1'); unknown names come back unchanged."""
    code = localename.lower().replace(':', '.')
    modifier = ''
    if '@' in code:
        code, modifier = code.split('@', 1)
    if '.' in code:
        langname, encoding = code.split('.')[:2]
    else:
        langname, encoding = code, ''
    whole = langname + '.' + encoding if encoding else langname
    if whole in locale_alias:
        result = locale_alias[whole]
    elif langname in locale_alias:
        result = locale_alias[langname]
        if encoding:
            result = result.split('.')[0] + '.' + _encoding_name(encoding)
    elif '_' in langname and encoding:
        lang, _, territory = langname.partition('_')
        result = lang + '_' + territory.upper() + '.' + _encoding_name(encoding)
    else:
        return localename
    # '@euro' only chooses the encoding; with an explicit one it says nothing more
    if modifier and not (modifier == 'euro' and encoding):
        result += '@' + modifier
    return result


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- language code, encoding.')
    if language is None:
        language = 'C'
    if encoding is None:
        return language
    return language + '.' + encoding


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """(language code, encoding) from the environment, as setlocale(LC_ALL, '') would pick."""
    import os
    for variable in envvars:
        localename = os.environ.get(variable)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the locale in effect for category."""
    localename = _setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def setlocale(category, locale=None):
    """Set the locale of category (a name or a (language, encoding) pair); with no locale,
    return the current one."""
    if locale and not isinstance(locale, basestring):
        locale = normalize(_build_localename(locale))
    return _setlocale(category, locale)


def resetlocale(category=LC_ALL):
    """Set category to the default locale (from the environment)."""
    _setlocale(category, _build_localename(getdefaultlocale()))


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default, as the user's locale says."""
    if do_setlocale:
        saved = _setlocale(LC_CTYPE)
        try:
            _setlocale(LC_CTYPE, "")
        except Error:
            pass
        result = nl_langinfo(CODESET)
        _setlocale(LC_CTYPE, saved)
        return result
    return nl_langinfo(CODESET)
