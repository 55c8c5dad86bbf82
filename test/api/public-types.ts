import ts from 'typescript';

/**
 * The named types (interfaces, aliases, classes) reachable from the signatures of the public API's
 * functions and classes that `src/index.ts` does not export: a consumer could not name them.
 */
export function unexportedTypes(entry = 'src/index.ts'): Map<string, string> {
  const program = ts.createProgram([entry], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const module = source ? checker.getSymbolAtLocation(source) : undefined;
  if (!module) throw new Error(`${entry}: not a module`);
  const exports = checker.getExportsOfModule(module);
  const exported = new Set(exports.map((s) => s.getName()));
  const missing = new Map<string, string>();
  const seen = new Set<ts.Type>();
  const isNamedDeclaration = (d: ts.Declaration): boolean =>
    ts.isInterfaceDeclaration(d) || ts.isTypeAliasDeclaration(d) || ts.isClassDeclaration(d) || ts.isEnumDeclaration(d);
  const ours = (d: ts.Declaration | undefined): boolean => d !== undefined && /\/src\//.test(d.getSourceFile().fileName) && !d.getSourceFile().fileName.includes('node_modules');

  const visit = (t: ts.Type, from: string, depth: number): void => {
    if (depth > 4 || seen.has(t)) return;
    seen.add(t);
    const symbol = t.aliasSymbol ?? t.getSymbol();
    const declaration = symbol?.declarations?.[0];
    if (symbol && declaration && ours(declaration) && isNamedDeclaration(declaration) && !exported.has(symbol.getName())) {
      missing.set(symbol.getName(), `${declaration.getSourceFile().fileName.replace(/.*\/src\//, 'src/')} (in ${from})`);
    }
    t.aliasTypeArguments?.forEach((a) => visit(a, from, depth + 1));
    if (t.isUnionOrIntersection()) t.types.forEach((u) => visit(u, from, depth + 1));
    if (t.flags & ts.TypeFlags.Object) (checker.getTypeArguments(t as ts.TypeReference) ?? []).forEach((a) => visit(a, from, depth + 1));
    for (const signature of [...t.getCallSignatures(), ...t.getConstructSignatures()]) {
      signature.getParameters().forEach((p) => visit(checker.getTypeOfSymbol(p), from, depth + 1));
      visit(signature.getReturnType(), from, depth + 1);
    }
    if (depth < 2 && t.flags & ts.TypeFlags.Object && ours(declaration)) {
      for (const p of t.getProperties()) visit(checker.getTypeOfSymbol(p), from, depth + 1);
    }
  };
  for (const s of exports) {
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    if (target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class)) visit(checker.getTypeOfSymbol(target), s.getName(), 0);
  }
  return missing;
}
