#!/usr/bin/env python3
"""Differential testing of corogen against Python (issue 6).

  difftest.py run   --corogen TOOL --include DIR FIRST COUNT [--batch N] [--work DIR]
      Writes the programs of seeds FIRST .. FIRST+COUNT-1 (generate.py), N to
      a file, transforms each file with corogen, builds it with g++ and
      clang++, runs Python and both builds and compares what they print. On
      the first seed that differs it stops, shrinks that seed's program to a
      small reproducer (see shrink) and prints where it is kept. Exit status
      0 when every seed matches, 1 on a difference.

  difftest.py shrink --corogen TOOL --include DIR SEED [--work DIR]
      Shrinks one failing seed: deletes statements, replaces compound
      statements by their blocks and drops driver calls while the failure
      stays the same kind (a corogen error, a build error, or different
      output from the same compiler). Writes WORK/shrunk/gen.{py,cpp}.

  difftest.py save  --corogen TOOL --include DIR SEED NAME
      Shrinks SEED and saves the reproducer as the lit regression test
      test/lit/run/differential/NAME.cpp, whose CHECK lines are what the
      Python twin (kept in the test's comment) prints.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402

CXXFLAGS = ["-std=c++17", "-O0", "-Wall", "-Wextra", "-Werror"]


def compilers():
    found = []
    for names in (["g++"], ["clang++-14", "clang++"]):
        for n in names:
            if shutil.which(n):
                found.append(n)
                break
    return found


class Runner:
    def __init__(self, corogen, include, timeout=60):
        self.corogen = corogen
        self.include = include
        self.timeout = timeout
        self.cxx = compilers()

    def run_dir(self, d):
        """Transforms, builds and runs d/gen.cpp, runs d/gen.py. Returns
        (kind, detail, outputs): kind is 'ok', 'python', 'corogen',
        'build:CXX' or 'differs:CXX'."""
        py = subprocess.run([sys.executable, os.path.join(d, "gen.py")],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            timeout=self.timeout)
        outputs = {"python": py.stdout.decode(errors="replace")}
        if py.returncode != 0:
            return "python", outputs["python"][-2000:], outputs
        t = subprocess.run([self.corogen, os.path.join(d, "gen.cpp"), "-o",
                            os.path.join(d, "gen.gen.cpp"), "--", "-std=c++17",
                            "-I" + self.include],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=self.timeout)
        if t.returncode != 0:
            kind = "corogen" if t.returncode == 1 else "corogen-crash"
            return kind, t.stdout.decode(errors="replace")[-3000:], outputs
        builds = []
        for cxx in self.cxx:
            exe = os.path.join(d, cxx + ".bin")
            builds.append((cxx, exe, subprocess.Popen(
                [cxx] + CXXFLAGS + ["-I" + self.include, os.path.join(d, "gen.gen.cpp"),
                                    "-o", exe],
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)))
        failed = None
        for cxx, exe, proc in builds:
            out, _ = proc.communicate()
            if proc.returncode != 0 and failed is None:
                failed = ("build:" + cxx, out.decode(errors="replace")[-3000:], outputs)
        if failed:
            return failed
        for cxx, exe, _ in builds:
            try:
                r = subprocess.run([exe], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                   timeout=self.timeout)
                text = r.stdout.decode(errors="replace")
                if r.returncode != 0:
                    text += "[exit status %d]\n" % r.returncode
            except subprocess.TimeoutExpired as e:
                text = (e.stdout or b"").decode(errors="replace") + "[timed out]\n"
            outputs[cxx] = text
            if text != outputs["python"]:
                return "differs:" + cxx, first_difference(outputs["python"], text), outputs
        return "ok", "", outputs


def first_difference(a, b):
    la, lb = a.splitlines(), b.splitlines()
    seed = None
    for k in range(max(len(la), len(lb))):
        x = la[k] if k < len(la) else "<nothing>"
        y = lb[k] if k < len(lb) else "<nothing>"
        if x.startswith("== seed"):
            seed = x
        if x != y:
            ctx = la[max(0, k - 6):k]
            return "%s, line %d: Python prints %r, C++ %r\n  after:\n    %s" % (
                seed, k + 1, x, y, "\n    ".join(ctx))
    return "same lines"


def failing_seed(outputs, kind):
    """The seed whose program first prints differently."""
    cxx = kind.split(":", 1)[1]
    la, lb = outputs["python"].splitlines(), outputs[cxx].splitlines()
    seed = None
    for k in range(len(la)):
        if la[k].startswith("== seed "):
            seed = int(la[k].split()[2])
        if k >= len(lb) or la[k] != lb[k]:
            return seed
    return seed


def check_one(runner, program, d):
    generate.write(d, [program])
    return runner.run_dir(d)


def same_failure(kind, want):
    return kind == want or (want.startswith("corogen") and kind.startswith("corogen"))


def shrink(runner, program, want, d):
    """Greedy deletion until nothing more can go: each step tries removing
    one statement, replacing a compound statement by its blocks' contents,
    and dropping one driver call."""
    tries = 0

    def interesting(p):
        nonlocal tries
        tries += 1
        kind, _, _ = check_one(runner, p, d)
        return same_failure(kind, want)

    changed = True
    while changed:
        changed = False
        # Driver calls, from the end (the last one ends the program).
        k = len(program.ops) - 1
        while k >= 0:
            if len(program.ops) > 1:
                saved = program.ops[:]
                del program.ops[k]
                if interesting(program):
                    changed = True
                else:
                    program.ops = saved
            k -= 1
        for g in program.used_gens():
            for block in blocks_in(g.body):
                k = len(block) - 1
                while k >= 0:
                    if k >= len(block):
                        k -= 1
                        continue
                    node = block[k]
                    # Delete the statement.
                    block[k:k + 1] = []
                    if interesting(program):
                        changed = True
                        k -= 1
                        continue
                    block[k:k] = [node]
                    # Replace it by the statements of its blocks.
                    inner = [s for b in generate.blocks_of(node) for s in b]
                    if generate.blocks_of(node):
                        block[k:k + 1] = inner
                        if interesting(program):
                            changed = True
                            k -= 1
                            continue
                        block[k:k + len(inner)] = [node]
                    k -= 1
    generate.write(d, [program])
    return tries


def blocks_in(stmts):
    """Every block of a body, outermost first (the lists themselves, so
    edits stick)."""
    found = [stmts]
    for s in stmts:
        for b in generate.blocks_of(s):
            found.extend(blocks_in(b))
    return found


def run(args, runner):
    work = args.work or tempfile.mkdtemp(prefix="corogen-diff-")
    first, count, batch = args.first, args.count, args.batch
    done = 0
    seed = first
    while seed < first + count:
        n = min(batch, first + count - seed)
        d = os.path.join(work, "batch-%d" % seed)
        generate.write(d, [generate.program(s) for s in range(seed, seed + n)])
        kind, detail, outputs = runner.run_dir(d)
        if kind == "ok":
            shutil.rmtree(d)
            done += n
            seed += n
            continue
        # Find the seed: from the output when they differ, else one by one.
        bad = None
        if kind.startswith("differs:"):
            bad = failing_seed(outputs, kind)
        else:
            for s in range(seed, seed + n):
                k, _, _ = check_one(runner, generate.program(s), os.path.join(work, "one"))
                if k != "ok":
                    bad = s
                    break
        if bad is None:
            print("seeds %d..%d: %s, but no single seed fails:\n%s" % (seed, seed + n - 1, kind, detail))
            return 1
        one = os.path.join(work, "seed-%d" % bad)
        kind, detail, _ = check_one(runner, generate.program(bad), one)
        print("seed %d: %s (kept in %s)\n%s" % (bad, kind, one, detail))
        if kind != "ok" and not args.no_shrink:
            small = os.path.join(work, "shrunk-%d" % bad)
            p = generate.program(bad)
            tries = shrink(runner, p, kind, small)
            print("shrunk in %d tries to %s/gen.cpp (%s):" % (tries, small, kind))
            print(open(os.path.join(small, "gen.cpp")).read().split("using gen_t")[1])
            print("save it as a lit test: %s save --corogen %s --include %s %d NAME" % (
                sys.argv[0], args.corogen, args.include, bad))
        print("%d seeds from %d matched before seed %d" % (bad - first, first, bad))
        return 1
    print("%d seeds from %d: C++ (%s) matches Python" % (done, first, ", ".join(runner.cxx)))
    return 0


LIT_HEADER = """// A differential-testing reproducer (test/differential): seed %d of
// generate.py, shrunk by difftest.py. When saved it failed as: %s.
// The expected lines are what the Python twin at the end prints.
// RUN: %%run-both %%s %%t | FileCheck --match-full-lines %%s
"""


def save(args, runner):
    work = tempfile.mkdtemp(prefix="corogen-save-")
    p = generate.program(args.seed)
    kind, _, _ = check_one(runner, p, os.path.join(work, "one"))
    if kind != "ok":
        shrink(runner, p, kind, os.path.join(work, "shrunk"))
    else:
        kind = "nothing (it passed and was saved whole)"
        print("seed %d passes; saving it whole" % args.seed)
    py, cpp = generate.render_programs([p])
    expected = subprocess.run([sys.executable, "-c", py], stdout=subprocess.PIPE,
                              check=True).stdout.decode().splitlines()
    checks = ["// CHECK: " + expected[0]] + ["// CHECK-NEXT: " + l for l in expected[1:]]
    body = (LIT_HEADER % (args.seed, kind) + "\n".join(checks) + "\n\n" + cpp +
            "\n// The Python twin:\n" + "".join("// " + l + "\n" for l in py.splitlines()))
    dest = os.path.join(HERE, "..", "lit", "run", "differential", args.name + ".cpp")
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    with open(dest, "w") as f:
        f.write(body.replace("// \n", "//\n"))
    print("wrote", os.path.normpath(dest))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=["run", "shrink", "save"])
    ap.add_argument("--corogen", required=True)
    ap.add_argument("--include", required=True)
    ap.add_argument("--work")
    ap.add_argument("--batch", type=int, default=25)
    ap.add_argument("--no-shrink", action="store_true")
    ap.add_argument("rest", nargs="*")
    args = ap.parse_intermixed_args()
    runner = Runner(args.corogen, args.include)
    if args.command == "run":
        args.first, args.count = int(args.rest[0]), int(args.rest[1])
        return run(args, runner)
    if args.command == "shrink":
        seed = int(args.rest[0])
        work = args.work or tempfile.mkdtemp(prefix="corogen-shrink-")
        p = generate.program(seed)
        kind, detail, _ = check_one(runner, p, os.path.join(work, "one"))
        if kind == "ok":
            print("seed %d passes" % seed)
            return 0
        tries = shrink(runner, p, kind, os.path.join(work, "shrunk"))
        print("seed %d (%s) shrunk in %d tries: %s/shrunk/gen.cpp" % (seed, kind, tries, work))
        return 1
    args.seed, args.name = int(args.rest[0]), args.rest[1]
    return save(args, runner)


if __name__ == "__main__":
    sys.exit(main())
