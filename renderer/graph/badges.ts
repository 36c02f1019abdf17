// Small SVG badges drawn over a node's corner (canvas images, so no HTML is ever injected).
export interface BadgeSet {
  star: boolean;
  crown: boolean;
  warning: boolean;
}

const STAR = '<path d="M84 2l5.3 10.8 11.9 1.7-8.6 8.4 2 11.8L84 29.1l-10.6 5.6 2-11.8-8.6-8.4 11.9-1.7z" fill="#ffd54f" stroke="#5d4037" stroke-width="2.2"/>';
const CROWN = '<path d="M36 14l6 7 8-11 8 11 6-7-3 16H39z" fill="#ffca28" stroke="#3e2723" stroke-width="2.2" stroke-linejoin="round"/>';
const WARNING = '<path d="M14 2L27 26H1z" fill="#ffb300" stroke="#3e2723" stroke-width="2" stroke-linejoin="round"/><path d="M14 10v8" stroke="#3e2723" stroke-width="3"/><circle cx="14" cy="22" r="1.8" fill="#3e2723"/>';

const cache = new Map<string, string>();

/** A data: URL for the badges a node carries, or null when it has none. */
export function badgeImage(b: BadgeSet): string | null {
  if (!b.star && !b.crown && !b.warning) return null;
  const key = `${b.star ? 's' : ''}${b.crown ? 'c' : ''}${b.warning ? 'w' : ''}`;
  let url = cache.get(key);
  if (!url) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="104" height="104" viewBox="0 0 104 104">${b.star ? STAR : ''}${b.crown ? CROWN : ''}${b.warning ? WARNING : ''}</svg>`;
    url = `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
    cache.set(key, url);
  }
  return url;
}
