#!/usr/bin/env python3
"""Builds the libFuzzer binary Tools/fuzz/.build/dudao-fuzz from the main package's debug build.

The modules whose code the fuzzer must see (DudaoCore, DudaoProto, DudaoWire, DudaoServer, the
assessment modules) are compiled again, whole-module and optimised (-O), with
-sanitize=fuzzer,address and otherwise the flags SwiftPM used for them (read from
.build/debug.yaml); SwiftProtobuf, which every target's bytes go through, is compiled again
optimised but not instrumented; everything else (NIO, GRDB, …) is linked from the debug build as
it is. Modules whose dependencies are compiled are compiled side by side, one per core. This takes
minutes where a second, instrumented build of every dependency would take most of an hour.
Optimising matters: unspecialised generic code at -Onone made the input targets run a hundred
times slower (about 100 executions per second instead of thousands).

Run `swift build` (or `swift build --build-tests`) first.
"""

import concurrent.futures
import json
import os
import re
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "Tools", "fuzz", ".build")
SANITIZE = "-sanitize=fuzzer,address"

# Flags of SwiftPM's command lines that name its own outputs or incremental state.
DROP_WITH_VALUE = {"-emit-module-path", "-output-file-map", "-index-store-path", "-emit-objc-header-path", "-module-cache-path", "-j"}
DROP = {"-emit-dependencies", "-emit-module", "-incremental", "-enable-batch-mode", "-serialize-diagnostics",
        "-parseable-output", "-emit-objc-header", "-c", "-g"}


def plan():
    path = os.path.join(ROOT, ".build", "debug.yaml")
    if not os.path.exists(path):
        sys.exit("no .build/debug.yaml: run `swift build` first")
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def args_of(text, command):
    """The JSON args array of one command of the llbuild plan."""
    start = text.find(f'"{command}":')
    if start < 0:
        sys.exit(f"{command} is not in .build/debug.yaml")
    match = re.search(r"^\s+args: (\[.*\])$", text[start:], re.MULTILINE)
    return json.loads(match.group(1))


def assessment_modules(text):
    """The assessment modules (`<Folder>Assessment`) of the plan, in name order."""
    return sorted(set(re.findall(r'"C\.([A-Za-z]+Assessment)-x86_64-unknown-linux-gnu-debug\.module":', text)))


def up_to_date(output, inputs):
    """Whether `output` exists and is newer than every file of `inputs` (and this script)."""
    if not os.path.exists(output):
        return False
    newest = max(os.path.getmtime(path) for path in [*inputs, os.path.abspath(__file__)] if os.path.exists(path))
    return os.path.getmtime(output) > newest


def sources_of(args):
    """The Swift files of a module, listed in SwiftPM's `@…/sources` file."""
    sources = []
    for arg in args:
        if arg.startswith("@") and arg.endswith("/sources"):
            with open(arg[1:], encoding="utf-8") as handle:
                sources += [line.strip().strip("'\"") for line in handle if line.strip()]
    return sources


def compile_module(text, module, sanitize=SANITIZE, rebuild=False):
    """Compiles `module` unless its object is newer than its sources and nothing it imports was
    compiled again (`rebuild`); returns SwiftPM's arguments for it and whether it compiled."""
    args = args_of(text, f"C.{module}-x86_64-unknown-linux-gnu-debug.module")
    output = os.path.join(OUT, f"{module}.o")
    if not rebuild and up_to_date(output, sources_of(args)):
        return args, False
    kept = []
    iterator = iter(args[1:])
    for arg in iterator:
        if arg == "-Xcc":
            kept += [arg, next(iterator)]  # a flag for Clang, kept with its value as it is
        elif arg in DROP_WITH_VALUE:
            next(iterator)
        elif arg in DROP or arg.startswith("-j"):
            continue
        elif arg == "-Onone":
            kept.append("-O")
        elif arg == "-I":
            kept += ["-I", os.path.join(OUT, "Modules"), "-I", next(iterator)]
        else:
            kept.append(arg)
    command = [args[0], *kept, "-wmo", "-c", "-o", os.path.join(OUT, f"{module}.o"),
               "-emit-module", "-emit-module-path", os.path.join(OUT, "Modules", f"{module}.swiftmodule"),
               "-module-cache-path", os.path.join(OUT, "ModuleCache"), *([sanitize] if sanitize else [])]
    print(f"compiling {module} with -O {sanitize or '(not instrumented)'}", file=sys.stderr)
    subprocess.run(command, check=True, cwd=ROOT)
    os.utime(output)  # the compiler leaves an object whose code did not change untouched
    return args, True


def dependencies(text, module, modules):
    """The modules of `modules` that `module` imports: the plan lists their .swiftmodule as inputs."""
    start = text.find(f'"C.{module}-x86_64-unknown-linux-gnu-debug.module":')
    inputs = json.loads(re.search(r"^\s+inputs: (\[.*\])$", text[start:], re.MULTILINE).group(1))
    return {other for other in modules if any(path.endswith(f"/Modules/{other}.swiftmodule") for path in inputs)}


def compile_all(text, optimised, instrumented):
    """Compiles every module once the modules it imports are compiled (each imports them from
    OUT/Modules), as many at a time as there are cores; a module is compiled again when anything
    it depends on, directly or not, was. Returns SwiftPM's arguments for each module."""
    modules = optimised + instrumented
    direct = {module: dependencies(text, module, modules) for module in modules}

    def closure(module):
        found = set(direct[module])
        for other in direct[module]:
            found |= closure(other)
        return found

    every = {module: closure(module) for module in modules}
    compiled, arguments, running = {}, {}, {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        while len(arguments) < len(modules):
            for module in modules:
                if module in arguments or module in running or not every[module] <= arguments.keys():
                    continue
                sanitize = None if module in optimised else SANITIZE
                rebuild = any(compiled[other] for other in every[module])
                running[module] = pool.submit(compile_module, text, module, sanitize, rebuild)
            if not running:
                sys.exit(f"a dependency cycle among {sorted(set(modules) - arguments.keys())}")
            done, _ = concurrent.futures.wait(running.values(), return_when=concurrent.futures.FIRST_COMPLETED)
            for module, future in list(running.items()):
                if future in done:
                    arguments[module], compiled[module] = future.result()
                    del running[module]
    return arguments


def main():
    text = plan()
    os.makedirs(os.path.join(OUT, "Modules"), exist_ok=True)
    optimised = ["SwiftProtobuf"]
    instrumented = ["DudaoCore", "DudaoProto", "DudaoWire", *assessment_modules(text), "DudaoAssessments", "DudaoServer"]
    server_args = compile_all(text, optimised, instrumented)["DudaoServer"]
    # The daemon's objects, less its own (its library and its entry point) and the ones compiled
    # again above.
    link = args_of(text, "C.dudaod-x86_64-unknown-linux-gnu-debug.exe")
    file_list = next(arg[1:] for arg in link if arg.startswith("@") and arg.endswith("Objects.LinkFileList"))
    with open(file_list, encoding="utf-8") as handle:
        objects = [line.strip().strip("'\"") for line in handle if line.strip()]
    compiled = optimised + instrumented
    excluded = [f"/{name}.build/" for name in compiled + ["DudaoDaemon", "DudaoDaemonMain"]]
    objects = [path for path in objects if not any(part in path for part in excluded)]
    objects += [os.path.join(OUT, f"{module}.o") for module in compiled]
    with open(os.path.join(OUT, "objects.txt"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(f"'{path}'" for path in objects) + "\n")  # quoted as SwiftPM quotes them
    # Include paths and C module maps as DudaoServer had them, and the C module maps the bundled
    # standard packs need (Yams's CYaml, loaded through DudaoAssessments → DudaoStandards).
    includes = []
    standards_args = args_of(text, "C.DudaoStandards-x86_64-unknown-linux-gnu-debug.module")
    iterator = iter(server_args[1:])
    for arg in iterator:
        if arg in ("-I", "-Xcc", "-target", "-swift-version", "-package-name"):
            value = next(iterator)
            if arg == "-I":
                includes += ["-I", os.path.join(OUT, "Modules"), "-I", value]
            elif arg == "-Xcc":
                includes += ["-Xcc", value]
            elif arg in ("-target", "-swift-version"):
                includes += [arg, value]
    for index, arg in enumerate(standards_args):
        value = standards_args[index + 1] if index + 1 < len(standards_args) else ""
        if arg == "-Xcc" and value.startswith("-fmodule-map-file=") and value not in includes:
            includes += ["-Xcc", value]
    sources = [os.path.join(ROOT, "Tools", "fuzz", "Sources", "DudaoFuzz", name)
               for name in sorted(os.listdir(os.path.join(ROOT, "Tools", "fuzz", "Sources", "DudaoFuzz")))]
    binary = os.path.join(OUT, "dudao-fuzz")
    if up_to_date(binary, [*sources, *(path.strip("'") for path in objects)]):
        print(binary)
        return
    command = [link[0], "-lstdc++", *includes, "-parse-as-library", SANITIZE,
               "-module-name", "DudaoFuzz", "-module-cache-path", os.path.join(OUT, "ModuleCache"),
               *sources, "@" + os.path.join(OUT, "objects.txt"), "-o", binary]
    print("linking dudao-fuzz", file=sys.stderr)
    subprocess.run(command, check=True, cwd=ROOT)
    print(binary)


if __name__ == "__main__":
    main()
