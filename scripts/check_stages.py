#!/usr/bin/env python3
"""Fails when a stage of the Literate pipeline uses a type declared by a later stage.

The stages, in pipeline order (each folder of Sources/Literate is one stage; a stage may use the
types of itself and of the stages before it):

  Diagnostics → References → Markdown → Directives → Chapters   (parse)
  → Run (experiments, cache) → Check (claims, outcomes) → Render (pages) → Site (build, write)
  → Live (reruns for `course serve`)

It also fails when a file of Sources/Experiments/Kinds uses another kind's type: kinds share
code only through Sources/Experiments/Support.

Usage: python3 scripts/check_stages.py   (exit 1 and one line per problem)
"""
import pathlib
import re
import sys

STAGES = ["Diagnostics", "References", "Markdown", "Directives", "Chapters", "Run", "Check", "Render", "Site", "Live"]
ROOT = pathlib.Path(__file__).resolve().parent.parent / "Sources" / "Literate"
DECLARATION = re.compile(r"^\s*(?:public |private |fileprivate |internal |final |indirect )*(?:struct|enum|class|protocol|typealias|actor)\s+([A-Z]\w*)", re.M)
COMMENT = re.compile(r"//.*?$|/\*.*?\*/", re.M | re.S)
STRING = re.compile(r'"(?:\\.|[^"\\])*"')


def files(stage):
    return sorted((ROOT / stage).rglob("*.swift"))


def main():
    unknown = sorted(p.name for p in ROOT.iterdir() if p.is_dir() and p.name not in STAGES + ["Resources"])
    if unknown:
        print("folders that are no stage (add them to STAGES): " + ", ".join(unknown))
        return 1
    declared = {}
    for index, stage in enumerate(STAGES):
        for path in files(stage):
            for name in DECLARATION.findall(path.read_text()):
                declared[name] = index
    problems = []
    for index, stage in enumerate(STAGES):
        for path in files(stage):
            code = STRING.sub('""', COMMENT.sub("", path.read_text()))
            for name, owner in declared.items():
                if owner > index and re.search(r"\b" + name + r"\b", code):
                    problems.append(f"{path.relative_to(ROOT.parent.parent)}: the {stage} stage uses {name}, "
                                    f"declared by the later {STAGES[owner]} stage")
    problems += kinds_that_use_other_kinds()
    for problem in problems:
        print(problem)
    return 1 if problems else 0


def kinds_that_use_other_kinds():
    kinds = ROOT.parent / "Experiments" / "Kinds"
    owners = {}
    for path in sorted(kinds.glob("*.swift")):
        for name in DECLARATION.findall(path.read_text()):
            owners[name] = path
    problems = []
    for path in sorted(kinds.glob("*.swift")):
        code = STRING.sub('""', COMMENT.sub("", path.read_text()))
        for name, owner in owners.items():
            if owner != path and re.search(r"\b" + name + r"\b", code):
                problems.append(f"{path.relative_to(ROOT.parent.parent)}: uses {name} of {owner.name}; move it to Support/")
    return problems


if __name__ == "__main__":
    sys.exit(main())
