#!/usr/bin/env python3
"""Prints the import cycles among the parts of the model (src/model.rs and src/model/).

The model is meant to be in layers: each part (a file src/model/foo.rs, or a folder
src/model/bar/ as a whole) imports only the parts below it. This prints what breaks that: each
part's imports, each cycle (a strongly connected component, one cycle through it, a file:line per
edge), and imports through the model's root (`crate::model::Field`), which hide the real layer.
It reads `use` (nested braces, in functions and `mod tests` too) and paths written in code
(`super::super::number::x`), resolving `self`/`super` from each file's module as Rust does.

Usage: scripts/model-cycles.py [--quiet] [MODEL_DIR]   (MODEL_DIR defaults to src/model)
--quiet prints only cycles and warnings. Exits 1 on a cycle or an import through the root.
"""
import os, re, sys
from collections import deque

ROOT = '(root)'
TOKEN = re.compile(r'''(?P<ws>\s+)|(?P<lc>//[^\n]*)|(?P<bc>/\*)|(?P<rs>b?r(?P<h>\#*)".*?"(?P=h))
    |(?P<s>b?"(?:\\.|[^"\\])*")|(?P<ch>b?'(?:\\.[^']*|[^'\\])')|(?P<id>r\#\w+|[A-Za-z_]\w*)
    |(?P<p>::)|(?P<o>.)''', re.S | re.X)

def tokens(text):
    """The file's tokens as (text, line), without comments, strings and characters."""
    out, pos, line = [], 0, 1
    while pos < len(text):
        m = TOKEN.match(text, pos)
        end, depth = m.end(), m.lastgroup == 'bc'
        while depth and end < len(text):  # block comments nest
            two = text[end:end + 2]
            depth += (two == '/*') - (two == '*/')
            end += 2 if two in ('/*', '*/') else 1
        if m.lastgroup not in ('ws', 'lc', 'bc', 'rs', 's', 'ch'):
            out.append((m.group(), line))
        line += text.count('\n', pos, end)
        pos = end
    return out + [('', line)] * 4  # sentinels

def use_tree(toks, i, prefix):
    """Parses a use tree from toks[i]: (index after it, [(path segments, line)])."""
    seg, out, i = list(prefix), [], i + (toks[i][0] == '::')
    while True:
        t, line = toks[i]
        if t == '{':
            i += 1
            while toks[i][0] not in ('}', ''):
                i, sub = use_tree(toks, i, seg)
                out, i = out + sub, i + (toks[i][0] == ',')
            return i + 1, out
        if t == '*':
            return i + 1, out + [(seg + ['*'], line)]
        if not (t == 'self' and prefix and len(seg) == len(prefix)):  # `{self, ..}` is the prefix
            seg.append(t)
        i += 1
        if toks[i][0] != '::':
            return i + 2 * (toks[i][0] == 'as'), out + [(seg, line)]
        i += 1

def resolve(seg, module, nodes):
    """The node a path names (ROOT for the model's root itself), or None outside the model."""
    full, k = (['crate'], 1) if seg[0] == 'crate' else (list(module), 0)
    while k < len(seg) and seg[k] in ('self', 'super'):
        full, k = full[:-1] if seg[k] == 'super' else full, k + 1
    if seg[0] not in ('crate', 'self', 'super') or (full + seg[k:])[:2] != ['crate', 'model']:
        return None
    full += seg[k:]
    return full[2] if len(full) > 2 and full[2] in nodes else ROOT

def paths(toks, module):
    """Yields (path segments, module it is written in, line) for each use and written path."""
    inline, depth, i = [], 0, 0  # inline modules (`mod tests {`) as (name, depth)
    while toks[i][0]:
        t, line = toks[i]
        here = module + [name for name, _ in inline]
        depth += (t == '{') - (t == '}')
        if t == '}' and inline and inline[-1][1] == depth:
            inline.pop()
        elif t == 'mod' and toks[i + 2][0] == '{':
            inline.append((toks[i + 1][0], depth))
            depth, i = depth + 1, i + 3
            continue
        elif t == 'use' and toks[i + 1][0] != '<':
            i, found = use_tree(toks, i + 1, [])
            yield from ((seg, here, ln) for seg, ln in found if seg)
            continue
        elif (t in ('crate', 'super', 'self') and toks[i + 1][0] == '::'
              and not (toks[i - 1][0] == 'in' and toks[i - 2][0] == '(')):  # pub(in crate::..)
            seg, i = [t], i + 1
            while toks[i][0] == '::' and re.match(r'[A-Za-z_]', toks[i + 1][0]):
                seg, i = seg + [toks[i + 1][0]], i + 2
            yield seg, here, line
            continue
        i += 1

def tarjan(graph):
    """The strongly connected components of more than one node (Tarjan)."""
    index, low, stack, sccs = {}, {}, [], []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
            if w in stack:  # not yet in a finished component
                low[v] = min(low[v], low[w])
        if low[v] == index[v]:
            k = stack.index(v)
            sccs.append(sorted(stack[k:]))
            del stack[k:]
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(s for s in sccs if len(s) > 1)

def cycle_through(graph, scc):
    """A shortest cycle from scc's first node back to it, inside scc."""
    start, prev, todo = scc[0], {}, deque([scc[0]])
    while start not in prev:
        v = todo.popleft()
        for w in sorted(set(graph[v]) & set(scc) - set(prev)):
            prev[w] = v
            todo.append(w)
    path = [start]
    while len(path) == 1 or path[-1] != start:
        path.append(prev[path[-1]])
    return path[::-1]

def main(argv):
    args, quiet = [a for a in argv if a != '--quiet'], '--quiet' in argv
    here = os.path.dirname(os.path.abspath(__file__))
    model = args[0] if args else os.path.relpath(os.path.join(here, '..', 'src', 'model'))
    files = {}  # node -> [(path, module)]
    for dirpath, dirs, names in os.walk(model):
        dirs.sort()
        for name in sorted(n for n in names if n.endswith('.rs')):
            path = os.path.join(dirpath, name)
            parts = os.path.relpath(path, model)[:-3].split(os.sep)
            module = ['crate', 'model'] + (parts[:-1] if parts[-1] == 'mod' else parts)
            files.setdefault(parts[0], []).append((path, module))
    graph, through_root = {node: {} for node in files}, []  # node -> {import: first file:line}
    for node, node_files in sorted(files.items()):
        for path, module in node_files:
            with open(path, encoding='utf-8') as f:
                found = paths(tokens(f.read()), module)
            for seg, written_in, line in found:
                target = resolve(seg, written_in, files)
                if target and target != node:
                    graph[node].setdefault(target, f'{path}:{line}')
                if target == ROOT:
                    through_root.append(f'  {path}:{line}  {"::".join(seg)}  ({node})')
    for node in [] if quiet else sorted(graph):
        print(f'{node}: {", ".join(sorted(graph[node])) or "-"}')
    modules = {v: {w for w in ws if w != ROOT} for v, ws in graph.items()}
    sccs = tarjan(modules)
    for scc in sccs:
        cycle = cycle_through(modules, scc)
        print(f'cycle: {" -> ".join(cycle)}   (component of {len(scc)}: {", ".join(scc)})')
        for a, b in zip(cycle, cycle[1:]):
            print(f'  {a} -> {b}  {graph[a][b]}')
    if through_root:
        print("imports through the model's root re-exports:")
        print('\n'.join(dict.fromkeys(through_root)))
    if not sccs:
        print('no cycles')
    return 1 if sccs or through_root else 0

if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
