#!/usr/bin/env python3
"""Builds src/main/resources/nl/labtafel/cluster/gloss-nl-en.txt: a word-by-word Dutch -> English gloss the
theme suggester uses to put Dutch notes into the English word-meaning space (the embedding vectors come from
an English sentence model; glossing Dutch notes first doubled clustering quality, see docs in issue 17).

Input: FreeDict's Dutch-English dictionary (GPL-2.0-or-later) as Debian's `dict-freedict-nld-eng` package
ships it (/usr/share/dictd/freedict-nld-eng.{index,dict.dz}). Per single-word Dutch headword, the words of
the translations of its first two senses (at most four words; the dictionary lists translations
alphabetically, so no single one is "the" translation and the suggester averages their meanings; "to feel"
-> "feel"; a headword that is also its translation, school, comes first). Lower-case, sorted, tab-separated.
The ligature ĳ some headwords are spelt with is written as i + j. Labtafel's own gloss of common words
(gloss-nl-en-core.txt, written by hand) is looked up before this file.

Usage: apt-get install dict-freedict-nld-eng && src/tools/gloss-nl-en.py OUT
"""
import gzip
import re
import sys

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def num(s):
    n = 0
    for ch in s:
        n = n * 64 + B64.index(ch)
    return n


data = gzip.open('/usr/share/dictd/freedict-nld-eng.dict.dz').read()
gloss = {}
MAX_WORDS = 4
for line in open('/usr/share/dictd/freedict-nld-eng.index', encoding='utf-8'):
    head, off, size = line.rstrip('\n').split('\t')
    # FreeDict spells 1,556 headwords with the ligature U+0133 (wĳk, tĳd, vrĳwilliger); notes are typed with i + j.
    head = head.strip().lower().replace('\u0133', 'ij')
    if head.startswith('00') or not re.fullmatch(r"[a-zà-ÿĳ]+", head):
        continue
    entry = data[num(off):num(off) + num(size)].decode('utf-8').split('\n')
    senses = [re.sub(r"^\d+\.\s*", "", l.strip()).lower() for l in entry[1:] if l.strip()]
    words = gloss.setdefault(head, [])
    for sense in senses[:2]:
        for translation in sense.split(','):
            translation = re.sub(r"\(.*?\)", "", translation).strip()
            translation = re.sub(r"^(to|a|an|the) ", "", translation)
            found = re.findall(r"[a-z]+", translation)
            if 1 <= len(found) <= 2 and len(words) < MAX_WORDS:
                words.extend(w for w in found if w not in words and w not in ('of', 'to', 'the', 'a'))
    if head in re.findall(r"[a-z]+", ' '.join(senses)):
        if head in words:
            words.remove(head)
        words.insert(0, head)

with open(sys.argv[1], 'w', encoding='utf-8') as out:
    out.write('# Dutch -> English word gloss derived from FreeDict nld-eng 0.2 (GPL-2.0-or-later); see '
              'gloss-nl-en.LICENSE.txt and src/tools/gloss-nl-en.py\n')
    for head in sorted(gloss):
        if gloss[head]:
            out.write(head + '\t' + ' '.join(gloss[head][:MAX_WORDS]) + '\n')
