#!/usr/bin/env python3
"""Turns run.sh's results.jsonl into BENCHMARKS.md's tables.

  report.py RESULTS.jsonl [BENCHMARKS.md]

Prints the tables; when BENCHMARKS.md is given (and BENCH_UPDATE_MD is not 0),
replaces what lies between `<!-- results:begin -->` and `<!-- results:end -->`.
Medians of medians; spreads are the range of all repetitions.
"""
import json
import os
import statistics
import sys
from collections import defaultdict

BEGIN, END = "<!-- results:begin -->", "<!-- results:end -->"
CMD = "Benchmarks/run.sh"


def med(xs):
    return statistics.median(xs) if xs else float("nan")


def load(path):
    rows = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line.startswith("{"):
                rows.append(json.loads(line))
    return rows


def pick(rows, impl=None, op=None, **kw):
    return [r for r in rows if (impl is None or r.get("impl") == impl) and (op is None or r.get("op") == op)
            and all(r.get(k) == v for k, v in kw.items())]


def verdict(ok, short):
    return "**met**" if ok else f"**not met** ({short})"


def main():
    rows = load(sys.argv[1])
    out = []
    w = out.append
    targets = []
    machine = (pick(rows, "machine", "machine") or [{}])[0]
    end = (pick(rows, "machine", "end") or [{}])[0]
    if machine:
        w(f"Run: {machine.get('cpu')} (family {machine.get('family')}, model {machine.get('model')}), "
          f"{machine.get('cpus')} vCPUs, {machine.get('mem_gib')} GiB; Linux {machine.get('kernel')}; "
          f"Swift {machine.get('swift')}, libsodium {machine.get('sodium')}, Python {machine.get('python')}, "
          f"GNU grep {machine.get('grep')}. Load average at start {machine.get('load_start')}, "
          f"at end {end.get('load_end', '?')}; the whole run took {end.get('total_s', '?')} s.")
        w("")

    # ---- secretstream
    ss = [(op, pick(rows, "c", op), pick(rows, "swift", op)) for op in ("ss-enc", "ss-dec")]
    if any(c for _, c, _ in ss):
        w("### 1. Secretstream, file to file (64 KiB chunks)")
        w("")
        w("| Operation | C libsodium MiB/s (median, range) | tamga `SecretStream` MiB/s | Ratio | Target | tamga peak RSS | C peak RSS |")
        w("|---|---|---|---|---|---|---|")
        for op, c, s in ss:
            if not c or not s:
                continue
            cm, sm = med([r["mib_s"] for r in c]), med([r["mib_s"] for r in s])
            ratio = sm / cm
            rss = max(r["maxrss_kib"] for r in s) / 1024
            crss = max(r["maxrss_kib"] for r in c) / 1024
            size = c[0]["bytes"] / 1048576
            name = {"ss-enc": "encrypt", "ss-dec": "decrypt"}[op]
            w(f"| {name} {size:.0f} MiB (n={len(s)}) | {cm:.0f} ({min(r['mib_s'] for r in c):.0f}–{max(r['mib_s'] for r in c):.0f}) "
              f"| {sm:.0f} ({min(r['mib_s'] for r in s):.0f}–{max(r['mib_s'] for r in s):.0f}) | **{ratio:.2f}** | ≥ 0.9, < 64 MiB "
              f"| {rss:.1f} MiB | {crss:.1f} MiB |")
            targets.append((f"secretstream {name} ≥ 0.9× C", f"{ratio:.2f}×", verdict(ratio >= 0.9, f"{(0.9 - ratio) / 0.9 * 100:.0f} % short")))
            targets.append((f"secretstream {name} peak memory < 64 MiB", f"{rss:.1f} MiB", verdict(rss < 64, f"{rss:.0f} MiB")))
        at = pick(rows, "cli", "attach")
        if at:
            a = at[0]
            mib = a["bytes"] / 1048576
            w(f"| `tamga attach` {mib:.0f} MiB, whole command incl. MODERATE unlock | — | {mib / a['wall_s']:.0f} "
              f"({a['wall_s']:.2f} s wall, {a['user_s']:.2f} s user, {a['sys_s']:.2f} s sys) | — | < 64 MiB | {a['maxrss_kib'] / 1024:.1f} MiB | — |")
        aw = pick(rows, "cli", "attach-weak")
        if aw:
            a = aw[0]
            mib = a["bytes"] / 1048576
            w(f"| `tamga attach` {mib:.0f} MiB, test-only weak KDF (the streaming alone) | — | {mib / a['wall_s']:.0f} "
              f"({a['wall_s']:.2f} s wall, {a['user_s']:.2f} s user, {a['sys_s']:.2f} s sys) | — | < 64 MiB | {a['maxrss_kib'] / 1024:.1f} MiB | — |")
            targets.append(("`tamga attach` 1 GiB, streaming peak memory < 64 MiB (weak KDF)", f"{a['maxrss_kib'] / 1024:.0f} MiB",
                            verdict(a["maxrss_kib"] / 1024 < 64, f"{a['maxrss_kib'] / 1024:.0f} MiB")))
        if at:
            a = at[0]
            rss = a["maxrss_kib"] / 1024
            targets.append(("`tamga attach` 1 GiB peak memory < 64 MiB, whole command with MODERATE unlock", f"{rss:.0f} MiB",
                            "**met**" if rss < 64 else f"**over by design**: Argon2id MODERATE alone takes 256 MiB at unlock"))
        cenc = pick(rows, "c", "ss-enc")
        if aw and cenc:
            a = aw[0]
            ratio = (a["bytes"] / 1048576 / a["wall_s"]) / med([r["mib_s"] for r in cenc])
            targets.append(("`tamga attach` 1 GiB (hash, encrypt, write and fsync to disk) vs C secretstream to /dev/null, ≥ 0.9",
                            f"{ratio:.2f}×", verdict(ratio >= 0.9, f"{(0.9 - ratio) / 0.9 * 100:.0f} % short; the disk write and fsync are in it")))
        sha = pick(rows, "swift", "sha256")
        for r in sha:
            name = {"sha-ni": "SHA-NI (CSHA256NI; what attach uses on this CPU)", "libsodium": "libsodium `crypto_hash_sha256` (portable)"}.get(r["implementation"], r["implementation"])
            w(f"| SHA-256 {r['bytes'] / 1048576:.0f} MiB in memory, {name} | — | {r['mib_s']:.0f} ({r['mib_s_min']:.0f}–{r['mib_s_max']:.0f}) "
              f"| — | — | — | — |")
        w("")
        w(f"Reproduce: `SECTIONS=crypto {CMD}`; one pair by hand: `sodiumbench enc KEYHEX in.bin /dev/null` and "
          "`tamga-bench ss-enc KEYHEX in.bin /dev/null` (same for `dec` on a C-made ciphertext).")
        w("")

    # ---- AEAD
    if pick(rows, "c", "aead-seal"):
        w("### 2. XChaCha20-Poly1305 on a 5 KB part, and the vault object")
        w("")
        w("| Operation | C µs/op (median, range) | tamga µs/op | Rate ratio (C time / tamga time) | Target |")
        w("|---|---|---|---|---|")
        for op in ("aead-seal", "aead-open"):
            c, s = pick(rows, "c", op), pick(rows, "swift", op)
            cm, sm = med([r["us_per_op"] for r in c]), med([r["us_per_op"] for r in s])
            ratio = cm / sm
            w(f"| {op.replace('aead-', '')} 5,120 B (rounds={len(s)}) | {cm:.2f} ({min(r['min'] for r in c):.2f}–{max(r['max'] for r in c):.2f}) "
              f"| {sm:.2f} ({min(r['min'] for r in s):.2f}–{max(r['max'] for r in s):.2f}) | **{ratio:.2f}** | ≥ 0.8 |")
            targets.append((f"XChaCha20-Poly1305 {op.replace('aead-', '')} 5 KB ≥ 0.8× C rate", f"{ratio:.2f}×",
                            verdict(ratio >= 0.8, f"{(0.8 - ratio) / 0.8 * 100:.0f} % short")))
        for op in ("object-seal", "object-open"):
            s = pick(rows, "swift", op)
            if s:
                sm = med([r["us_per_op"] for r in s])
                w(f"| `VaultObject.{op.split('-')[1]}` 5,120 B (sealed box + commitment + stream) | — | {sm:.1f} "
                  f"({min(r['min'] for r in s):.1f}–{max(r['max'] for r in s):.1f}) | context: {1e6 / sm:,.0f} objects/s | — |")
        w("")
        w(f"Reproduce: `sodiumbench aead 5120 10000 5`, `tamga-bench aead 5120 10000 5`, `tamga-bench object 5120 500 5`.")
        w("")

    # ---- Argon2id / unlock
    c, s, u = pick(rows, "c", "argon2id-moderate"), pick(rows, "swift", "argon2id-moderate"), pick(rows, "cli", "unlock-list")
    if c or u:
        w("### 5a. Unlocking (Argon2id at the shipped MODERATE parameters: ops 3, 256 MiB)")
        w("")
        w("| What | Median | Range |")
        w("|---|---|---|")
        if c:
            w(f"| C `crypto_pwhash` MODERATE, in process (n={c[0]['reps']}) | {c[0]['us_per_op'] / 1e3:.0f} ms | {c[0]['min'] / 1e3:.0f}–{c[0]['max'] / 1e3:.0f} ms |")
        if s:
            w(f"| tamga `Argon2id.deriveKey` MODERATE, in process | {s[0]['us_per_op'] / 1e3:.0f} ms | {s[0]['min'] / 1e3:.0f}–{s[0]['max'] / 1e3:.0f} ms |")
        if u:
            x = u[0]
            w(f"| `tamga list` on a 3-document vault, whole process (hyperfine, n={x['runs']}) | {x['wall_s'] * 1e3:.0f} ms | "
              f"{x['min_s'] * 1e3:.0f}–{x['max_s'] * 1e3:.0f} ms (user {x['user_s'] * 1e3:.0f}, sys {x['sys_s'] * 1e3:.0f}) |")
            if c:
                r = x["wall_s"] / (c[0]["us_per_op"] / 1e6)
                w(f"| ratio unlock-and-list / C Argon2id | {r:.2f}× | goal in performance.md: ≤ 1.1× |")
        w("")

    # ---- redaction
    if pick(rows, "swift", "redact"):
        truth = (pick(rows, "corpus", "truth") or [{}])[0]
        w("### 3. Redaction: names over a mixed English/Russian corpus")
        w("")
        if truth:
            w(f"Corpus: {truth.get('documents')} documents, {truth.get('bytes', 0) / 1e6:.2f} MB; planted mentions: "
              f"{truth.get('declared_spelling')} in a declared spelling, {truth.get('case_form')} in a Russian case form "
              f"(only tamga can find these); {truth.get('planted_first_10')} of them name one of the first 10 persons, "
              f"{truth.get('planted_first_1000')} one of the first 1,000.")
            w("")
        w("| Persons | tamga `NameMatcher` MB/s (median, range) | mentions | build | `grep -F -w -o` MB/s | mentions | Python `re` MB/s | ratio vs grep (≥ 0.5) | ratio vs Python (≥ 20) |")
        w("|---|---|---|---|---|---|---|---|---|")
        for n in (10, 1000, 10000):
            t = pick(rows, "swift", "redact", persons=n)
            g = pick(rows, "cli", f"grep-{n}")
            p = [r for r in pick(rows, "python-re", "redact") if r["names"] == 2 * n]
            if not t:
                continue
            t = t[0]
            gm = g[0]["bytes"] / 1e6 / g[0]["wall_s"] if g else float("nan")
            grange = f"{g[0]['bytes'] / 1e6 / g[0]['max_s']:.0f}–{g[0]['bytes'] / 1e6 / g[0]['min_s']:.0f}" if g else ""
            pm = p[0]["mb_s"] if p else float("nan")
            rg, rp = t["mb_s"] / gm, t["mb_s"] / pm
            pnote = f" ({p[0]['bytes'] / 1e6:.1f} MB timed)" if p and p[0]["bytes"] < t["bytes"] else ""
            w(f"| {n:,} | {t['mb_s']:.1f} ({t['mb_s_min']:.1f}–{t['mb_s_max']:.1f}) | {t['mentions']:,} | {t['build_s']:.2f} s "
              f"| {gm:.0f} ({grange}) | {g[0]['mentions'] if g else '?':,} | {pm:.3g}{pnote} | **{rg:.3f}** | **{rp:.1f}** |")
            targets.append((f"redaction, {n:,} persons, ≥ 0.5× grep", f"{rg:.3f}×", verdict(rg >= 0.5, f"{0.5 / rg:.0f}× too slow")))
            targets.append((f"redaction, {n:,} persons, ≥ 20× Python re", f"{rp:.1f}×", verdict(rp >= 20, f"{20 / rp:.0f}× too slow")))
        w("")
        gruns = (pick(rows, "cli", "grep-10") or [{"runs": "?"}])[0]["runs"]
        w(f"grep is timed whole-process by hyperfine (`--output=pipe`, {gruns} runs, `LC_ALL=C.UTF-8`) and includes its start-up; "
          "tamga and Python are timed in process, corpus preloaded, matching and replacing every mention by `[PERSON]`. "
          f"Reproduce: `SECTIONS=redaction {CMD}`; by hand `tamga-bench redact corpus.txt names.tsv 1000 3`, "
          "`grep -F -w -o -f names-1000.txt corpus.txt`, `redact_baseline.py corpus.txt names-1000.txt 3 500000`.")
        w("")
        ex = pick(rows, "swift", "export")
        if ex:
            w("| `Exporter.export` of VR-2014-017 (state, Markdown) | µs/export (median, range) | exports/s | matcher build |")
            w("|---|---|---|---|")
            for r in ex:
                w(f"| registry of {r['registry']:,} persons | {r['us_per_op']:,.0f} ({r['min']:,.0f}–{r['max']:,.0f}) | {1e6 / r['us_per_op']:,.0f} | {r['build_ms']} ms |")
            w("")
            w("Reproduce: `tamga-bench export examples VR-2014-017 names.tsv 0 200 5` (and `1000 20 3`).")
            w("")

    # ---- scale
    if pick(rows, "cli", "add-batch"):
        w("### 4. The vault at scale, through the CLI (release build, `TAMGA_TEST_ONLY_WEAK_KDF=1`)")
        w("")
        w("Wall time, with user+sys CPU in brackets (the host is shared: wall can exceed CPU when other tenants run). "
          "`add N` adds the documents not yet in the vault in one command; `add one` adds a single new document to the vault of N; "
          f"list / export one / check are hyperfine medians of {(pick(rows, 'cli', 'list') or [{'runs': '?'}])[0]['runs']} runs.")
        w("")
        w("| Registry | Documents | add (batch) total | per document | add one | list | export one | check |")
        w("|---|---|---|---|---|---|---|---|")
        for series in ("fixed", "growing"):
            for a in pick(rows, "cli", "add-batch", series=series):
                n = a["docs"]
                one = (pick(rows, "cli", "add-one", series=series, docs=n) or [None])[0]
                cells = []
                for op in ("list", "export-one", "check"):
                    x = (pick(rows, "cli", op, series=series, docs=n) or [None])[0]
                    cells.append(f"{x['wall_s']:.2f} s ({x['user_s'] + x['sys_s']:.2f})" if x else "—")
                label = "fixed, 20 persons" if series == "fixed" else "growing, ~1.5 new persons/doc"
                w(f"| {label} | {n:,} (+{a['added']:,}) | {a['wall_s']:.1f} s ({a['user_s'] + a['sys_s']:.1f}) | "
                  f"{a['wall_s'] / a['added'] * 1e3:.0f} ms ({(a['user_s'] + a['sys_s']) / a['added'] * 1e3:.0f}) | "
                  + (f"{one['wall_s']:.2f} s ({one['user_s'] + one['sys_s']:.2f})" if one else "—") + " | " + " | ".join(cells) + " |")
        w("")
        w(f"Reproduce: `SECTIONS=scale {CMD}`; larger: `SCALE_SIZES=\"1000 10000\" GROW_SIZES=\"300 1000\" SECTIONS=scale {CMD}`.")
        w("")

    # ---- batch export
    b, s1 = pick(rows, "cli", "export-batch"), pick(rows, "cli", "export-singles")
    if b and s1:
        b, s1 = b[0], s1[0]
        n = b["docs"]
        w(f"### 5b. Exporting {n} documents (MODERATE unlock, vault of {n + 3} documents)")
        w("")
        w("| How | Wall | user + sys | per document |")
        w("|---|---|---|---|")
        w(f"| one command, {n} ids (unlock and registry paid once) | {b['wall_s']:.1f} s | {b['user_s'] + b['sys_s']:.1f} s | {b['wall_s'] / n * 1e3:.0f} ms |")
        w(f"| {n} commands, one id each | {s1['wall_s']:.1f} s | {s1['user_s'] + s1['sys_s']:.1f} s | {s1['wall_s'] / n * 1e3:.0f} ms |")
        w(f"| ratio | **{s1['wall_s'] / b['wall_s']:.1f}×** faster in one command | | |")
        w("")

    if targets:
        w("### Targets")
        w("")
        w("| Target | Measured | Verdict |")
        w("|---|---|---|")
        for t in targets:
            w(f"| {t[0]} | {t[1]} | {t[2]} |")
        w("")

    text = "\n".join(out)
    print(text)
    if len(sys.argv) > 2 and os.environ.get("BENCH_UPDATE_MD", "1") != "0":
        md = sys.argv[2]
        body = open(md).read() if os.path.exists(md) else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
        if BEGIN not in body:
            body += f"\n{BEGIN}\n{END}\n"
        head, rest = body.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        open(md, "w").write(f"{head}{BEGIN}\n{text}\n{END}{tail}")


if __name__ == "__main__":
    main()
