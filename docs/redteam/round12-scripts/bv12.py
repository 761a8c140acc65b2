"""Round 12, variations of B-1327..B-1331 (Russian chat transliteration: 4 for ч, w for ш, x for х, j for я).
Run: python3 bv12.py [--bin PATH] [IDS...]"""
import sys, harness as h
L = []
def b(desc, body, needles, **kw):
    L.append(h.A("B-%04d" % (1951 + len(L)), "B", desc, body, needles, **kw))
b("x for х only: Lyaxovich", "[21:12] sestra: Lyaxovich ne dala svidanie", ["lyaxovich"])
b("j for я only: Ljakhovich", "[21:12] sestra: Ljakhovich ne dala svidanie", ["ljakhovich"])
b("w for ш: Suwanlo", "[21:15] sosed: Suwanlo videl kak bili", ["suwanlo"])
b("w for ш, in English prose: Husein Suwanlo", "Husein Suwanlo saw the beating.", ["suwanlo"])
b("4 for ч in a Latin surname in capitals: 4ERNYH", "[21:16] brat: 4ERNYH ne pustil", ["4ernyh"])
b("control: ch for ч in chat: chernyh", "[21:17] brat: chernyh skazal chto ne vypustyat", ["chernyh"])
if __name__ == "__main__":
    h.run_all(L, only=set(sys.argv[1:]) or None)
