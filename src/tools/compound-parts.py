#!/usr/bin/env python3
"""Builds src/main/resources/nl/labtafel/cluster/compound-parts-nl.txt, the Dutch compound-part lexicon
the theme suggester splits compounds with (taalcafe -> taal + cafe).

Input: the OpenTaal word list (BSD or CC BY 3.0), as Debian's `wdutch` package ships it
(/usr/share/dict/dutch). A word counts as a compound part when, within that list, it starts or ends many
other listed words that split into two listed words (with an optional linking s/e/en). Productive parts
only: prefixes (ver-, ont-), particles (voor-, door-) and suffix look-alikes (-heid, -ing) are left out,
and three-letter parts only from a short hand-checked list of nouns, because most three-letter
"parts" are suffixes (-den, -ten) or prefixes ("uur" is left out: it split cultuur and natuur).

Usage: apt-get download wdutch && dpkg-deb -x wdutch_*.deb wd && src/tools/compound-parts.py wd/usr/share/dict/dutch OUT
"""
import collections
import re
import sys

words = [w.strip() for w in open(sys.argv[1], encoding='utf-8')]
lexicon = set(w for w in words if re.fullmatch(r"[a-zà-ÿ]+", w))
starts = collections.Counter()
ends = collections.Counter()
for w in lexicon:
    for i in range(3, len(w) - 2):
        m = w[:i]
        if m not in lexicon:
            continue
        for link in ('', 's', 'e', 'en'):
            if w[i:].startswith(link):
                h = w[i + len(link):]
                if len(h) >= 3 and h in lexicon:
                    starts[m] += 1
                    ends[h] += 1
                    break

NOT_PARTS = set("""voor door over onder achter binnen buiten terug samen mede rond tegen boven
 ende eren baar bare lijk lijke heden heid ster ling lingen ering eringen atie aties isme
 teit iteit tjes etje etjes aard erij erijen aris ieren iesen ister elijk enis nissen tering
 ander anders enden eerder erder ener iger igere ijke ogen elen aten aars sters
 vesting ting tingen ring ringen ning ningen ding dingen king kingen ging gingen
 ement isch ische ieve erig erige""".split())
THREE_LETTER_NOUNS = set("""bus les app dag weg bos dak lid bal pas hal bad bed net wet kas zak vak
 rol zee vis gas ijs oog arm pot dam hof""".split())

parts = sorted(w for w in lexicon if w not in NOT_PARTS and (
    (len(w) >= 4 and ((starts[w] >= 3 and ends[w] >= 3) or starts[w] >= 15 or ends[w] >= 15))
    or w in THREE_LETTER_NOUNS))
with open(sys.argv[2], 'w', encoding='utf-8') as out:
    out.write('# Dutch compound parts, derived from the OpenTaal word list (BSD / CC BY 3.0, opentaal.org)\n')
    out.write('# by src/tools/compound-parts.py; one part a line.\n')
    for p in parts:
        out.write(p + '\n')
print(len(parts), file=sys.stderr)
