#!/usr/bin/env python3
"""Generates Sources/TamgaCore/Projection/LeakScan/LeakLookAlikeTable.swift.

Source: Unicode's confusables data (UTS #39, confusables.txt) as ICU carries
it, read through ICU's own skeleton function (skeletons.c, linked against
libicu at generation time only), plus Unicode character names for the
letter-shaped symbols UTS #39 does not list (regional indicators, negative
squared and circled letters).

For every scalar outside the scripts reports are written in (ASCII, Latin-1,
Latin Extended-A, the Russian Cyrillic block and the Kyrgyz/Kazakh letters,
which the leak scan reads as they are), the table gives how a reader reads
it: its skeleton with combining marks removed and lower-cased, when that is
one or two Latin letters or one Cyrillic letter; when the skeleton is a
prototype that is no letter of either alphabet (Greek kappa-like 'ĸ', 'π',
'γ', ...), the native letter that shares that prototype (к, п, г, ...).

Usage: scripts/look-alikes/generate.py > Sources/TamgaCore/Projection/LeakScan/LeakLookAlikeTable.swift
(needs gcc and libicu-dev).
"""
import os, re, subprocess, sys, tempfile, unicodedata

here = os.path.dirname(os.path.abspath(__file__))
binary = os.path.join(tempfile.mkdtemp(), "skeletons")
subprocess.run(["gcc", os.path.join(here, "skeletons.c"), "-o", binary, "-licui18n", "-licuuc"], check=True)
lines = subprocess.run([binary], check=True, capture_output=True, text=True).stdout.splitlines()
version = lines[0].lstrip("# ").strip()
skeleton = {}
for line in lines[1:]:
    source, target = line.split(";")
    skeleton[int(source, 16)] = "".join(chr(int(x, 16)) for x in target.split())

# Letters of the scripts reports are written in: read as they are.
KYRGYZ_KAZAKH = "ҒғҚқҢңҮүҰұҺһӨөӘәҲҳ"
def native(cp):
    return cp < 0x180 and cp not in (0x138, 0x17F) or 0x400 <= cp < 0x460 or chr(cp) in KYRGYZ_KAZAKH

def bare(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.category(c).startswith("M")).lower()

def is_latin(text):
    return 1 <= len(text) <= 2 and all("a" <= c <= "z" for c in text)

def is_cyrillic(text):
    return len(text) == 1 and ("\u0430" <= text <= "\u044f" or text in KYRGYZ_KAZAKH.lower() or text == "ё")

# A prototype that is no letter of either alphabet, read as the native
# Cyrillic letter with the same prototype (к → ĸ, п → π, г → γ).
native_reading = {}
for cp in range(0x400, 0x460):
    letter = chr(cp).lower()
    target = bare(skeleton.get(cp, chr(cp)))
    if not is_latin(target) and not is_cyrillic(target):
        native_reading.setdefault(target, letter)
# Prototypes that are themselves read as a Latin letter (kra reads k).
native_reading["ĸ"] = "k"

# What NFKC makes of a letter when that is one Latin or Cyrillic letter: a
# reader reads the mathematical and other styled letters as the letter they
# style (𝐦 is m), where the skeleton is a prototype for comparing strings
# (m's is "rn"): red team round 12, B-1221.
def compatibility_letter(cp):
    composed = unicodedata.normalize("NFKC", chr(cp))
    if composed == unicodedata.normalize("NFC", chr(cp)):
        return None
    reading = bare(composed)
    return reading if (is_latin(reading) and len(reading) == 1) or is_cyrillic(reading) else None

# A Latin letter with a hook, stroke or tail that does not decompose (ɱ m with
# hook, ƙ k with hook) reads as its letter, by its Unicode name (B-1516).
with_mark = re.compile(r"^LATIN (SMALL|CAPITAL) LETTER ([A-Z]) WITH ")
def named_letter(cp):
    try:
        match = with_mark.match(unicodedata.name(chr(cp)))
    except ValueError:
        return None
    # One letter with a mark, not a digraph (ǅ is D WITH SMALL LETTER Z WITH CARON).
    return match.group(2).lower() if match and unicodedata.name(chr(cp)).count("LETTER") == 1 else None

readings = {}
for cp, target in skeleton.items():
    if native(cp):
        continue
    reading = bare(target)
    styled = compatibility_letter(cp)
    if styled:
        readings[cp] = styled
    elif is_latin(reading) or is_cyrillic(reading):
        readings[cp] = reading
    elif reading in native_reading:
        readings[cp] = native_reading[reading]
for cp in list(range(0x180, 0x250)) + list(range(0x250, 0x2B0)) + list(range(0x1D00, 0x1DC0)) + list(range(0x1E00, 0x1F00)) \
        + list(range(0x2C60, 0x2C80)) + list(range(0xA720, 0xA800)) + list(range(0xAB30, 0xAB70)):
    letter = named_letter(cp)
    # Over a skeleton's two letters too (ɱ's is "rn", as m's is).
    if letter and not native(cp) and not (cp in readings and is_latin(readings[cp]) and len(readings[cp]) == 1) \
            and compatibility_letter(cp) is None:
        readings[cp] = letter
readings[0x138] = "k"
# The prototypes themselves (ƅ, π, ɸ: their own skeletons) read as the native letter.
for prototype, letter in native_reading.items():
    if len(prototype) == 1 and not native(ord(prototype)) and ord(prototype) not in readings:
        readings[ord(prototype)] = letter

# Letter-shaped symbols by name: 🇸 REGIONAL INDICATOR SYMBOL LETTER S,
# 🆂 NEGATIVE SQUARED LATIN CAPITAL LETTER S, 🅐 NEGATIVE CIRCLED ...
shaped = re.compile(r"^(REGIONAL INDICATOR SYMBOL LETTER|(NEGATIVE )?(SQUARED|CIRCLED)( LATIN)? (CAPITAL |SMALL )?LETTER|"
                    r"PARENTHESIZED LATIN (CAPITAL |SMALL )?LETTER) ([A-Z])$")
for cp in range(0x2000, 0x20000):
    try:
        name = unicodedata.name(chr(cp))
    except ValueError:
        continue
    match = shaped.match(name)
    if match and cp not in readings:
        readings[cp] = match.group(7).lower()

# Letters read one way in a Latin word and another in a Cyrillic one. An
# exotic letter read as Latin whose prototype is a native Cyrillic letter's
# (ʙ is в's prototype, ᴍ reads м): its Cyrillic reading. A native Cyrillic
# letter whose capital's prototype is a Latin letter (В → B, Ь → b): its
# Latin reading. The normalizer picks by the word's other letters.
prototype_of = {}
for cp in range(0x400, 0x460):
    prototype = bare(skeleton.get(cp, chr(cp)))
    if not is_latin(prototype):
        prototype_of.setdefault(prototype, chr(cp).lower())
# The leak scan's own small capitals, read as Latin before this table (LeakNormalizer.lookAlikeLetters).
SMALL_CAPITALS = [0x1D00, 0x0299, 0x1D04, 0x1D05, 0x1D07, 0xA730, 0x0262, 0x029C, 0x026A, 0x1D0A, 0x1D0B, 0x029F, 0x1D0D,
                  0x0274, 0x1D0F, 0x1D18, 0x0280, 0xA731, 0x1D1B, 0x1D1C, 0x1D20, 0x1D21, 0x028F, 0x1D22]
alternates = {}
for cp in sorted(set(readings) | set(SMALL_CAPITALS)):
    if cp in readings and not is_latin(readings[cp]) and cp not in SMALL_CAPITALS:
        continue
    own = bare(skeleton.get(cp, chr(cp)))
    cyrillic = prototype_of.get(own)
    if cyrillic and cyrillic not in "аеосрухіјѕ":
        alternates[cp] = cyrillic
FOLDED = "аеосрухіјѕё"
for cp in range(0x430, 0x460):
    letter = chr(cp)
    if letter in FOLDED:
        continue
    latin = bare(skeleton.get(ord(letter.upper()), letter.upper()))
    # (`l` is the prototype of capital I too: Ї would read `l`, not `i`.)
    if is_latin(latin) and len(latin) == 1 and latin != "l":
        alternates[cp] = latin

# A Latin letter whose capital is a Cyrillic capital's twin (K К, B В, H Н, M М, T Т): its Cyrillic reading.
for cp in [0x412] + list(range(0x410, 0x430)):  # В before Б for b
    letter = chr(cp).lower()
    latin = bare(skeleton.get(cp, chr(cp)))
    if letter not in FOLDED and is_latin(latin) and len(latin) == 1 and latin != "l":
        alternates.setdefault(ord(latin), letter)

# An exotic letter read as a native Cyrillic one takes that letter's Latin reading too (ƅ reads ь or b).
for cp, reading in readings.items():
    if cp not in alternates and len(reading) == 1 and ord(reading) in alternates and is_cyrillic(reading):
        alternates[cp] = alternates[ord(reading)]

entries = sorted(readings.items())
body = []
row = ""
for cp, reading in entries:
    item = "%X=%s" % (cp, reading)
    if len(row) + len(item) > 110:
        body.append(row.rstrip())
        row = ""
    row += item + " "
body.append(row.rstrip())

print("""// Generated by scripts/look-alikes/generate.py: do not edit.
// Source: Unicode confusables (UTS #39) via ICU %s skeletons; Unicode names (Python unicodedata %s).

/// How a reader reads each letter-shaped scalar outside the scripts reports
/// are written in (`օ` Armenian oh, `ɑ` Latin alpha, `ꓢ` Lisu, `ⲟ` Coptic,
/// `ѵ` izhitsa, `🇸`, `🆂`, ...): one or two Latin letters, or a Cyrillic
/// letter. %d entries, as `hex=reading` separated by spaces.
enum LeakLookAlikeTable {
    static let packed = \"\"\"""" % (version, unicodedata.unidata_version, len(entries)))
for row in body:
    print("    " + row)
print("""    \"\"\"

    /// Letters read differently in a Latin and a Cyrillic word: the other
    /// reading (`ʙ` reads `в` among Cyrillic letters, `в` reads `b` among
    /// Latin ones), as `hex=reading`.
    static let alternates = \"\"\"""")
print("    " + " ".join("%X=%s" % item for item in sorted(alternates.items())))
print("""    \"\"\"
}""")
