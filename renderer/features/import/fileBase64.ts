// A picked file's bytes as base64 for startImport, without freezing the window: building the string
// in JavaScript took ~600 ms of one main-thread task for a 13 MB file; the native encoder takes ~10 ms.
type WithToBase64 = Uint8Array & { toBase64?: () => string };

const CHUNK = 0x8000 * 3; // a multiple of 3, so chunks encode independently
const YIELD_EVERY = 16;

export async function fileBase64(bytes: Uint8Array): Promise<string> {
  const native = (bytes as WithToBase64).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  // Older engines: encode in small chunks, giving the event loop a turn every few of them.
  const parts: string[] = [];
  for (let i = 0, n = 0; i < bytes.length; i += CHUNK, n++) {
    if (n > 0 && n % YIELD_EVERY === 0) await new Promise((r) => setTimeout(r, 0));
    parts.push(btoa(String.fromCharCode(...bytes.subarray(i, i + CHUNK))));
  }
  return parts.join('');
}
