// The renderer's Content-Security-Policy: no inline or remote script, no remote content at all.
// Sent as a response header by the app:// protocol (electron/protocol.ts) and mirrored by the
// <meta> tag in renderer/index.html (a test keeps the two in step).

const directives: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  // React and Cytoscape set style attributes at runtime; styles cannot run code.
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

const render = (list: ReadonlyArray<readonly [string, string]>): string =>
  list.map(([name, value]) => `${name} ${value}`).join('; ');

/** The full policy, for the HTTP response header. */
export const CSP = render(directives);

/** The same policy minus frame-ancestors, which browsers ignore (with a warning) in a <meta> tag. */
export const CSP_META = render(directives.filter(([name]) => name !== 'frame-ancestors'));
