#!/usr/bin/env python3
"""Round-7 class D (document structure) cases for tamga's parser (issue 15).

Writes Tests/Fixtures/Round7Structure/cases.json: bodies by construct, each
`attack` (a secret in a section Pandoc reads as internal or state that
tamga's old parser published: must be refused at add), `clean` (must be
accepted, and tamga's levels must agree with Pandoc's), or `mixed` (random
combinations: refused, or agreeing with Pandoc). Read by
Tests/TamgaCoreTests/Round7StructureClassTests.swift.

    scripts/generate-round7-structure.py            # write the fixture
    scripts/generate-round7-structure.py --measure BINARY
        # how many attacks BINARY refuses at `tamga add`, and how many clean
        # bodies it accepts, per construct (the before/after figures)
"""
import json, os, random, subprocess, sys, tempfile

SECRET = "Zebrakettle"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Tests", "Fixtures", "Round7Structure", "cases.json")


def table_attacks():
    out = []
    for mark in ["internal", "state"]:
        for rank in ["#", "##", "###"]:
            for position in ["first", "middle", "last"]:
                rows = ["Row text one", "Row text two"]
                heading = f"{rank} Public row"
                rows.insert({"first": 0, "middle": 1, "last": 2}[position], heading)
                body_rows = "\n\n".join(rows)
                out.append(f"## Interview {{.{mark}}}\n\nIntro.\n\n-------------------\nColumn\n-------------------\n{body_rows}\n\n-------------------\n\n{SECRET} passage.\n")
                out.append(f"## Interview {{.{mark}}}\n\n----------- -----------\n{body_rows.replace(chr(10)*2, '  y' + chr(10)*2)}  y\n----------- -----------\n\n{SECRET} passage.\n")
                out.append(f"## Interview {{.{mark}}}\n\n  ------------------------------\n  Question        Answer\n  --------------- --------------\n  {body_rows.replace(chr(10)*2, chr(10)*2 + '  ')}\n\n  ------------------------------\n\n{SECRET} passage.\n".replace("  " + rank + " ", rank + " "))
        # a `:::` or a code fence in a row
        out.append(f"## Interview {{.{mark}}}\n\n-------------------\nColumn\n-------------------\nRow\n\n::: public\n\n-------------------\n\n{SECRET} passage.\n\n:::\n")
        out.append(f"## Interview {{.{mark}}}\n\n-------------------\nColumn\n-------------------\nRow\n\n```\n\n-------------------\n\n## Open {{.public}}\n\nOpen.\n\n```\n\n{SECRET}.\n")
        out.append(f"## Interview {{.{mark}}}\n\nТаблица.\n\n-------------------\nВопрос\n-------------------\nОтвет\n\n## Публичное\n\n-------------------\n\n{SECRET} passage.\n")
    return out


def yaml_attacks():
    out = []
    for close in ["---", "...", "---  "]:
        for heading in ["# Public", "## Public", "# Public {.public}"]:
            out.append(f"## Secret {{.internal}}\n\nIntro.\n\n---\nnote: x\n\n{heading}\n{close}\n\n{SECRET} passage after yaml.\n")
        out.append(f"Public text of report one.\n\n---\nid: ATK-8\npersons:\n  D-9: {{name: {SECRET} Joldoshev, role: detainee, consent: []}}\n{close}\n\nDetainee {SECRET} said he was beaten.\n")
        out.append(f"Report part one.\n\n---\nsensitive: [the {SECRET} officer]\n{close}\n\nThe {SECRET} officer beat him.\n")
        out.append(f"Public part.\n\n---\nkind: interview\nlevel: internal\n{close}\n\n{SECRET} interview text.\n")
        out.append(f"## Secret {{.internal}}\n\n---\n# комментарий\n{close}\n\n{SECRET}.\n")
        out.append(f"## Secret {{.internal}}\n---\nзаметка: x\n{close}\n\n{SECRET}.\n")
    return out


def fence_attacks():
    out = []
    for info in ["a`b", " a`b", "a`b`", " python extra", "python extra", "{.a} x", "{.a b}", " x y z"]:
        for fence in ["```", "````", "~~~"]:
            if "`" in info and fence == "~~~":
                continue
            # Pandoc's reading is the opposite of CommonMark's either way: refuse.
            out.append(f"## Secret {{.internal}}\n\n{fence}{info}\n\n## Public\n\n{SECRET} passage\n\n{fence}\n")
            out.append(f"Public.\n\n{fence}{info}\n\n## Secret {{.internal}}\n\n{SECRET}\n\n{fence}\n")
    return out


def tex_attacks():
    out = []
    forms = [f"\\textcolor{{white}}{{{SECRET}}}", f"\\newcommand{{\\secret}}{{{SECRET}}}", f"\\begin{{comment}} {SECRET} \\end{{comment}}",
             f"\\iffalse {SECRET} \\fi", f"\\def\\x{{{SECRET}}}", f"\\section{{{SECRET}}}", f"\\emph{{{SECRET}}}",
             f"\\Привет{{{SECRET}}}", f"\\renewcommand\\x{{{SECRET}}}", f"\\phantom{{{SECRET}}}", f"\\fi {SECRET}"]
    for form in forms:
        out.append(f"Public {form} end.\n")
        out.append(f"{form}\n\nPublic.\n")
        out.append(f"# Heading {form}\n\nPublic.\n")
        out.append(f"- item {form}\n")
    out.append(f"## Secret {{.internal}}\n\n\\newcommand{{\\x}}{{a\n\n## Public\n\nb}}\n\n{SECRET} passage\n")
    out.append(f"## Secret {{.internal}}\n\n\\def\\x{{a\n\n# Public\n\nb}}\n\n{SECRET} passage\n")
    return out


def setext_cases():
    """Setext headings, read as Pandoc reads them: clean (the export keeps the public part)."""
    out = []
    for underline in ["=", "===", "===============", "---", "-", "===   "]:
        for text in ["Public findings", "   Public findings", "Выводы", "1. Findings", "> Findings"]:
            out.append(f"## Secret {{.internal}}\n\nIntro {SECRET}.\n\n{text}\n{underline}\n\nPublic text.\n")
        out.append(f"Public intro.\n\nSecret part {{.internal}}\n{underline}\n\n{SECRET}.\n\n## Open {{.public}}\n\nOpen.\n")
        out.append(f"## Secret {{.internal}}\n\nIntro.\n\nTwo line\nparagraph\n{underline}\n\n{SECRET}.\n")
    return out


CLEAN = [
    "Escapes: \\\\ a backslash, \\* star, \\# hash, \\_ under, 5\\% and \\[bracket\\].\n",
    "Code `C:\\Users\\x` and `\\begin{x}` in spans.\n",
    "Code:\n\n```\n\\begin{comment}\n\\textcolor{white}{x}\n```\n",
    "Part one.\n\n---\n\nPart two.\n\n## Findings\n\nText.\n\n---\n\nEnd.\n",
    "## Notes {.internal}\n\nSecret.\n\n-------------------\nColumn\n-------------------\nRow text\n\nRow two\n\n-------------------\n\n## Open {.public}\n\nOpen text.\n",
    "-------------------\nColumn\n-------------------\nRow text\n\n-------------------\n\n## Open\n\nOpen.\n",
    "  Right     Left\n-------     ------\n     12     12\n    123     123\n\nAfter.\n",
    "| a | b |\n|---|---|\n| 1 | 2 |\n\n## Next {.internal}\n\nx\n",
    "Script:\n\n```python\nprint(1)\n```\n\n```{.python .numberLines}\nprint(2)\n```\n\n~~~ {#l .sh}\nls\n~~~\n",
    "Findings\n========\n\nText under a setext heading.\n\nDetails\n-------\n\nMore text.\n",
    "Text.\n\n***\n\nMore.\n\n___\n\nEnd.\n",
    "Prices: 5 - 3 = 2 and a -- dash --- here.\n\n- a list item\n- another\n",
    "Para with a line\n--- then dashes in text.\n\nEnd.\n",
]


def mixed(seed, count):
    rng = random.Random(seed)
    counter = [0]

    def w(n=2):
        words = []
        for _ in range(n):
            counter[0] += 1
            words.append(f"w{counter[0]}")
        return " ".join(words)

    lv = lambda: rng.choice(["internal", "state", "public"])
    parts = [
        lambda: f"## {w()} {{.{lv()}}}\n\n",
        lambda: f"# {w()}\n\n",
        lambda: f"{w()} {{.{lv()}}}\n{rng.choice(['===', '---', '='])}\n\n",
        lambda: f"{w()}\n{rng.choice(['===', '---'])}\n\n",
        lambda: f"{w(3)}\n\n",
        lambda: f"-------------------\n{w()}\n-------------------\n{w()}\n\n{rng.choice(['#', '##', ''])} {w()}\n\n-------------------\n\n",
        lambda: f"---------- ----------\n{w()}\n\n{w()}\n---------- ----------\n\n",
        lambda: f"---\n{rng.choice(['note: x', '# c', w()])}\n{rng.choice(['---', '...'])}\n\n",
        lambda: f"---\n\n",
        lambda: (lambda fence: f"{fence}{rng.choice(['', 'python', ' a`b', ' a b', '{.x .y}'])}\n# {w()}\n{fence}\n\n")(rng.choice(['```', '~~~'])),
        lambda: w() + " " + rng.choice(["\\x", "\\emph{" + w() + "}", "\\*", "\\\\"]) + " " + w() + "\n\n",
        lambda: f"::: {lv()}\n{w()}\n:::\n\n",
        lambda: f"[{w()}]{{.{lv()}}} {w()}\n\n",
    ]
    bodies = []
    for _ in range(count):
        bodies.append("".join(rng.choice(parts)() for _ in range(rng.randint(4, 9))))
    return bodies


def cases():
    out = []
    # A `#` row right under the header's dashes continues the header paragraph for tamga too: no attack.
    tables = table_attacks()
    out += [{"construct": "multiline-table", "kind": "mixed", "body": b} for b in tables if "-\n#" in b]
    for construct, bodies in [("multiline-table", [b for b in tables if "-\n#" not in b]), ("yaml-block", yaml_attacks()),
                              ("fence-info", fence_attacks()), ("raw-tex", tex_attacks())]:
        out += [{"construct": construct, "kind": "attack", "body": b} for b in bodies]
    # A setext heading that would end a marked section is refused (BodyParser.refuseClosingAMarkedSection): refused or Pandoc's levels.
    out += [{"construct": "setext", "kind": "mixed" if "{.internal}\n\nIntro" in b else "clean", "body": b} for b in setext_cases()]
    out += [{"construct": "clean", "kind": "clean", "body": b} for b in CLEAN]
    out += [{"construct": "mixed", "kind": "mixed", "body": b} for b in mixed(7, 200)]
    return out


def front(identifier):
    return f"---\nid: {identifier}\nkind: visit-report\ndate: 2014-10-28\nlevel: public\n---\n"


def measure(binary):
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, TAMGA_TEST_ONLY_WEAK_KDF="1", TAMGA_VAULT=folder + "/v", XDG_STATE_HOME=folder + "/s")
        pp = folder + "/pp"
        open(pp, "w").write("correct horse battery staple 7\n")
        os.chmod(pp, 0o600)
        env["TAMGA_PASSPHRASE_FILE"] = pp
        subprocess.run([binary, "init", "--name", "Admin"], env=env, capture_output=True, check=True)
        tally = {}
        for index, case in enumerate(cases()):
            if case["kind"] == "mixed":
                continue
            path = f"{folder}/d{index}.md"
            open(path, "w").write(front(f"R7-{index}") + case["body"])
            refused = subprocess.run([binary, "add", path], env=env, capture_output=True).returncode != 0
            key = (case["construct"], case["kind"])
            done, total = tally.get(key, (0, 0))
            good = refused if case["kind"] == "attack" else not refused
            tally[key] = (done + good, total + 1)
        for (construct, kind), (good, total) in sorted(tally.items()):
            print(f"{construct:16} {kind:7} {'refused' if kind == 'attack' else 'accepted'} {good}/{total}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--measure":
        measure(sys.argv[2])
    else:
        with open(OUT, "w") as f:
            json.dump(cases(), f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"wrote {len(cases())} cases to {os.path.relpath(OUT)}")
