import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP, CSP_META } from '../../../shared/security/csp';

const parse = (policy: string) =>
  new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name!, values] as const;
  }));

const indexHtml = path.resolve(__dirname, '../../../renderer/index.html');

describe('Content-Security-Policy', () => {
  const policy = parse(CSP);

  it('allows script only from the app itself: no inline, no eval, no remote', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(CSP).not.toMatch(/unsafe-eval|strict-dynamic|https?:|\*/);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('shuts plugins, base rewriting, form posts and framing', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('the meta variant is the header minus frame-ancestors', () => {
    const meta = parse(CSP_META);
    expect(meta.has('frame-ancestors')).toBe(false);
    expect([...meta.keys()]).toEqual([...policy.keys()].filter((k) => k !== 'frame-ancestors'));
  });

  it.skipIf(!fs.existsSync(indexHtml))('renderer/index.html carries the same policy in its meta tag', () => {
    const html = fs.readFileSync(indexHtml, 'utf8');
    const match = /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content="([^"]+)"/i.exec(html);
    expect(match, 'index.html needs <meta http-equiv="Content-Security-Policy" content="...">').not.toBeNull();
    // frame-ancestors is ignored in a <meta> tag (the protocol's response header carries it), so it may be there or not.
    const meta = parse(match![1]!);
    meta.delete('frame-ancestors');
    expect(meta).toEqual(parse(CSP_META));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
  });
});
