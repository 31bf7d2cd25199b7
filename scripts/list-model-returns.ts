import ts from "typescript";
import path from "node:path";
const root = process.cwd();
const cfg = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile);
const parsed = ts.parseJsonConfigFileContent(cfg.config, ts.sys, root);
const files = ts.sys.readDirectory(path.join(root, "app/models"), [".ts"]).filter((f) => f.endsWith(".server.ts"));
const program = ts.createProgram(files, parsed.options);
const checker = program.getTypeChecker();
for (const f of files) {
  const sf = program.getSourceFile(f)!;
  const mod = checker.getSymbolAtLocation(sf);
  if (!mod) continue;
  for (const sym of checker.getExportsOfModule(mod)) {
    const s = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
    const decl = s.valueDeclaration;
    if (!decl) continue;
    const t = checker.getTypeOfSymbolAtLocation(s, decl);
    const sigs = t.getCallSignatures();
    if (!sigs.length) continue;
    let r = sigs[0].getReturnType();
    r = checker.getAwaitedType(r) ?? r;
    console.log(`${path.basename(f)}\t${sym.name}\t${checker.typeToString(r, undefined, ts.TypeFormatFlags.NoTruncation).slice(0, 300)}`);
  }
}
