"""Alias names of the encodings: normalised alias -> module name in encodings.

Keys are lower case with punctuation turned into "_" (see
encodings.normalize_encoding); the search function tries the module the
alias names before the name itself.
"""
# Taipan's table (the alias names are those CPython 2.7 accepts).

aliases = {}

def _add(module, *names):
    for name in names:
        aliases[name] = module

_add('ascii', '646', 'ansi_x3.4_1968', 'ansi_x3.4_1986', 'ansi_x3_4_1968',
     'cp367', 'csascii', 'ibm367', 'iso646_us', 'iso_646.irv_1991', 'iso_ir_6',
     'us', 'us_ascii')
_add('base64_codec', 'base64', 'base_64')
_add('big5', 'big5_tw', 'csbig5')
_add('big5hkscs', 'big5_hkscs', 'hkscs')
_add('bz2_codec', 'bz2')
_add('cp037', '037', 'csibm037', 'ebcdic_cp_ca', 'ebcdic_cp_nl',
     'ebcdic_cp_us', 'ebcdic_cp_wt', 'ibm037', 'ibm039')
_add('cp1026', '1026', 'csibm1026', 'ibm1026')
_add('cp1140', '1140', 'ibm1140')
_add('cp1250', '1250', 'windows_1250')
_add('cp1251', '1251', 'windows_1251')
_add('cp1252', '1252', 'windows_1252')
_add('cp1253', '1253', 'windows_1253')
_add('cp1254', '1254', 'windows_1254')
_add('cp1255', '1255', 'windows_1255')
_add('cp1256', '1256', 'windows_1256')
_add('cp1257', '1257', 'windows_1257')
_add('cp1258', '1258', 'windows_1258')
_add('cp424', '424', 'csibm424', 'ebcdic_cp_he', 'ibm424')
_add('cp437', '437', 'cspc8codepage437', 'ibm437')
_add('cp500', '500', 'csibm500', 'ebcdic_cp_be', 'ebcdic_cp_ch', 'ibm500')
_add('cp775', '775', 'cspc775baltic', 'ibm775')
_add('cp850', '850', 'cspc850multilingual', 'ibm850')
_add('cp852', '852', 'cspcp852', 'ibm852')
_add('cp855', '855', 'csibm855', 'ibm855')
_add('cp857', '857', 'csibm857', 'ibm857')
_add('cp858', '858', 'csibm858', 'ibm858')
_add('cp860', '860', 'csibm860', 'ibm860')
_add('cp861', '861', 'cp_is', 'csibm861', 'ibm861')
_add('cp862', '862', 'cspc862latinhebrew', 'ibm862')
_add('cp863', '863', 'csibm863', 'ibm863')
_add('cp864', '864', 'csibm864', 'ibm864')
_add('cp865', '865', 'csibm865', 'ibm865')
_add('cp866', '866', 'csibm866', 'ibm866')
_add('cp869', '869', 'cp_gr', 'csibm869', 'ibm869')
_add('cp932', '932', 'ms932', 'ms_kanji', 'mskanji')
_add('cp949', '949', 'ms949', 'uhc')
_add('cp950', '950', 'ms950')
_add('euc_jis_2004', 'euc_jis2004', 'eucjis2004', 'jisx0213')
_add('euc_jisx0213', 'eucjisx0213')
_add('euc_jp', 'eucjp', 'u_jis', 'ujis')
_add('euc_kr', 'euckr', 'korean', 'ks_c_5601', 'ks_c_5601_1987', 'ks_x_1001',
     'ksc5601', 'ksx1001')
_add('gb18030', 'gb18030_2000')
_add('gb2312', 'chinese', 'csiso58gb231280', 'euc_cn', 'euccn', 'eucgb2312_cn',
     'gb2312_1980', 'gb2312_80', 'iso_ir_58')
_add('gbk', '936', 'cp936', 'ms936')
_add('hex_codec', 'hex')
_add('hp_roman8', 'csHPRoman8', 'r8', 'roman8')
_add('hz', 'hz_gb', 'hz_gb_2312', 'hzgb')
_add('iso2022_jp', 'csiso2022jp', 'iso2022jp', 'iso_2022_jp')
_add('iso2022_jp_1', 'iso2022jp_1', 'iso_2022_jp_1')
_add('iso2022_jp_2', 'iso2022jp_2', 'iso_2022_jp_2')
_add('iso2022_jp_2004', 'iso2022jp_2004', 'iso_2022_jp_2004')
_add('iso2022_jp_3', 'iso2022jp_3', 'iso_2022_jp_3')
_add('iso2022_jp_ext', 'iso2022jp_ext', 'iso_2022_jp_ext')
_add('iso2022_kr', 'csiso2022kr', 'iso2022kr', 'iso_2022_kr')
_add('iso8859_10', 'csisolatin6', 'iso_8859_10', 'iso_8859_10_1992',
     'iso_ir_157', 'l6', 'latin6')
_add('iso8859_11', 'iso_8859_11', 'iso_8859_11_2001', 'thai')
_add('iso8859_13', 'iso_8859_13', 'l7', 'latin7')
_add('iso8859_14', 'iso_8859_14', 'iso_8859_14_1998', 'iso_celtic',
     'iso_ir_199', 'l8', 'latin8')
_add('iso8859_15', 'iso_8859_15', 'l9', 'latin9')
_add('iso8859_16', 'iso_8859_16', 'iso_8859_16_2001', 'iso_ir_226', 'l10',
     'latin10')
_add('iso8859_2', 'csisolatin2', 'iso_8859_2', 'iso_8859_2_1987', 'iso_ir_101',
     'l2', 'latin2')
_add('iso8859_3', 'csisolatin3', 'iso_8859_3', 'iso_8859_3_1988', 'iso_ir_109',
     'l3', 'latin3')
_add('iso8859_4', 'csisolatin4', 'iso_8859_4', 'iso_8859_4_1988', 'iso_ir_110',
     'l4', 'latin4')
_add('iso8859_5', 'csisolatincyrillic', 'cyrillic', 'iso_8859_5',
     'iso_8859_5_1988', 'iso_ir_144')
_add('iso8859_6', 'arabic', 'asmo_708', 'csisolatinarabic', 'ecma_114',
     'iso_8859_6', 'iso_8859_6_1987', 'iso_ir_127')
_add('iso8859_7', 'csisolatingreek', 'ecma_118', 'elot_928', 'greek', 'greek8',
     'iso_8859_7', 'iso_8859_7_1987', 'iso_ir_126')
_add('iso8859_8', 'csisolatinhebrew', 'hebrew', 'iso_8859_8',
     'iso_8859_8_1988', 'iso_ir_138')
_add('iso8859_9', 'csisolatin5', 'iso_8859_9', 'iso_8859_9_1989', 'iso_ir_148',
     'l5', 'latin5')
_add('johab', 'cp1361', 'ms1361')
_add('koi8_r', 'cskoi8r')
_add('latin_1', '8859', 'cp819', 'csisolatin1', 'ibm819', 'iso8859',
     'iso8859_1', 'iso_8859_1', 'iso_8859_1_1987', 'iso_ir_100', 'l1', 'latin',
     'latin1')
_add('mac_cyrillic', 'maccyrillic')
_add('mac_greek', 'macgreek')
_add('mac_iceland', 'maciceland')
_add('mac_latin2', 'maccentraleurope', 'maclatin2')
_add('mac_roman', 'macroman')
_add('mac_turkish', 'macturkish')
_add('mbcs', 'dbcs')
_add('ptcp154', 'cp154', 'csptcp154', 'cyrillic_asian', 'pt154')
_add('quopri_codec', 'quopri', 'quoted_printable', 'quotedprintable')
_add('rot_13', 'rot13')
_add('shift_jis', 'csshiftjis', 's_jis', 'shiftjis', 'sjis')
_add('shift_jis_2004', 's_jis_2004', 'shiftjis2004', 'sjis_2004')
_add('shift_jisx0213', 's_jisx0213', 'shiftjisx0213', 'sjisx0213')
_add('tactis', 'tis260')
_add('tis_620', 'iso_ir_166', 'tis620', 'tis_620_0', 'tis_620_2529_0',
     'tis_620_2529_1')
_add('utf_16', 'u16', 'utf16')
_add('utf_16_be', 'unicodebigunmarked', 'utf_16be')
_add('utf_16_le', 'unicodelittleunmarked', 'utf_16le')
_add('utf_32', 'u32', 'utf32')
_add('utf_32_be', 'utf_32be')
_add('utf_32_le', 'utf_32le')
_add('utf_7', 'u7', 'unicode_1_1_utf_7', 'utf7')
_add('utf_8', 'u8', 'utf', 'utf8', 'utf8_ucs2', 'utf8_ucs4')
_add('uu_codec', 'uu')
_add('zlib_codec', 'zip', 'zlib')

del _add
