/**
 * `Content-Disposition: attachment` for a file name of any script (RFC 6266): a plain ASCII
 * `filename` for old clients and the exact name as UTF-8 in `filename*` (RFC 8187), which
 * every current browser prefers. Nothing in the name can break out of the header.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_').trim() || 'download';
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc8187(fileName)}`;
}

// encodeURIComponent leaves ' ( ) * unescaped, but RFC 8187's attr-char does not allow them.
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Control characters, and the Unicode direction controls (embeddings, overrides, isolates and
 * marks) that make "report\u202Efdp.exe" show as "reportexe.pdf", hiding a file's real extension.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern removes
const UNSAFE_IN_FILE_NAMES = /[\u0000-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A client's file name made safe to store and send back: no folders, no control or direction characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return base.replace(UNSAFE_IN_FILE_NAMES, '').trim();
}
