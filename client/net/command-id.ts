/**
 * A command id the server can use to answer retries: 128 random bits as base64url. Uses
 * getRandomValues rather than randomUUID, which browsers only offer on secure origins, and a
 * classroom server is often reached over plain http on a LAN address.
 */
export function newCommandId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
