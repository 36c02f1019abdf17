// Finds every t('key', { …params }) call in the renderer's source with the TypeScript parser: which
// key (or key pattern, for template literals) and which param names the caller passes. Used by
// messages.test.ts to render each text with the params its callers really pass.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export interface MessageCall {
  file: string;
  line: number;
  /** Matches the keys this call can ask for. */
  key: RegExp;
  /** The key is a template literal: the call may ask for only some of the keys it matches. */
  pattern: boolean;
  /** The param names passed, or null when they are not an object literal (or it spreads something). */
  params: string[] | null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'i18n' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function keyPatterns(node: ts.Expression): Array<{ key: RegExp; pattern: boolean }> {
  if (ts.isParenthesizedExpression(node)) return keyPatterns(node.expression);
  if (ts.isConditionalExpression(node)) return [...keyPatterns(node.whenTrue), ...keyPatterns(node.whenFalse)];
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [{ key: new RegExp(`^${escape(node.text)}$`), pattern: false }];
  if (ts.isTemplateExpression(node)) {
    let source = escape(node.head.text);
    for (const span of node.templateSpans) source += `.+${escape(span.literal.text)}`;
    return [{ key: new RegExp(`^${source}$`), pattern: true }];
  }
  return [];
}

/** `{ key: 'x.y', params: { … } }`, the shape of a notice the UI translates later (notify). */
function noticeOf(node: ts.ObjectLiteralExpression): { key: ts.Expression; params: ts.Expression | undefined } | null {
  let key: ts.Expression | undefined;
  let params: ts.Expression | undefined;
  for (const p of node.properties) {
    if (!ts.isPropertyAssignment(p) || !ts.isIdentifier(p.name)) continue;
    if (p.name.text === 'key') key = p.initializer;
    if (p.name.text === 'params') params = p.initializer;
  }
  return key && (ts.isStringLiteral(key) || ts.isConditionalExpression(key)) ? { key, params } : null;
}

function paramNames(node: ts.Expression | undefined): string[] | null {
  if (node === undefined) return [];
  if (!ts.isObjectLiteralExpression(node)) return null;
  const names: string[] = [];
  for (const p of node.properties) {
    if ((ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) names.push(p.name.text);
    else return null;
  }
  return names;
}

const isT = (e: ts.Expression) => (ts.isIdentifier(e) && e.text === 't') || (ts.isPropertyAccessExpression(e) && e.name.text === 't');

export function messageCalls(root: string): MessageCall[] {
  const calls: MessageCall[] = [];
  for (const file of sourceFiles(join(root, 'renderer'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const add = (node: ts.Node, key: ts.Expression, params: ts.Expression | undefined) => {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      for (const k of keyPatterns(key)) calls.push({ file: file.slice(root.length + 1), line, ...k, params: paramNames(params) });
    };
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && isT(node.expression) && node.arguments[0]) add(node, node.arguments[0], node.arguments[1]);
      if (ts.isObjectLiteralExpression(node)) {
        const notice = noticeOf(node);
        if (notice) add(node, notice.key, notice.params);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return calls;
}
