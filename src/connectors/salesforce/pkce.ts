/*
 * PKCE (RFC 7636) for the OAuth web server flow. The task pane is a public client: it cannot keep a
 * consumer secret, so the code it receives is bound to a one-time verifier only it knows. Web Crypto is
 * used (globalThis.crypto in browsers and Node 20), never Node's crypto module, which would pull a large
 * polyfill into the browser bundle.
 */
import { SalesforceUsageError } from "./salesforceError";

/** The parts of Web Crypto PKCE needs; `globalThis.crypto` fits, tests may pass a seeded one. */
export type PkceCrypto = Pick<Crypto, "getRandomValues" | "subtle">;

export interface PkcePair {
  /** Sent with the token request only. */
  verifier: string;
  /** Sent with the authorize request: base64url(SHA-256(verifier)), no padding. */
  challenge: string;
  method: "S256";
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/** RFC 7636 §4.1: 43–128 characters of the unreserved set. */
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

/**
 * base64url without padding (RFC 4648 §5), by hand: `btoa` works on strings of bytes and Buffer does not
 * exist in browsers.
 * @example base64Url(new Uint8Array([251, 255])) // "-_8"
 */
export function base64Url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i];
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
    const triple = (a << 16) | (b << 8) | c;
    out += ALPHABET[(triple >> 18) & 63] + ALPHABET[(triple >> 12) & 63];
    if (i + 1 < bytes.length) out += ALPHABET[(triple >> 6) & 63];
    if (i + 2 < bytes.length) out += ALPHABET[triple & 63];
  }
  return out;
}

/** `bytes` random bytes as base64url: for verifiers and `state`. @example randomToken(32).length // 43 */
export function randomToken(bytes: number, crypto: PkceCrypto = globalThis.crypto): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/**
 * The S256 challenge of a verifier.
 * @example await pkceChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") // "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
 */
export async function pkceChallenge(verifier: string, crypto: PkceCrypto = globalThis.crypto): Promise<string> {
  if (!VERIFIER.test(verifier)) throw new SalesforceUsageError("A PKCE verifier is 43–128 characters of A–Z, a–z, 0–9, '-', '.', '_' and '~' (RFC 7636).");
  // The verifier is ASCII, so its UTF-8 bytes are its characters.
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

/**
 * A fresh verifier (32 random bytes, 43 characters, as RFC 7636 recommends) and its challenge.
 * @example const { verifier, challenge } = await createPkcePair(); // keep verifier for exchangeCode, send challenge in authorizeUrl
 */
export async function createPkcePair(crypto: PkceCrypto = globalThis.crypto): Promise<PkcePair> {
  const verifier = randomToken(32, crypto);
  return { verifier, challenge: await pkceChallenge(verifier, crypto), method: "S256" };
}

/**
 * An unguessable `state` for one sign-in, checked by parseRedirect against the redirect.
 * @example createState().length // 22
 */
export function createState(crypto: PkceCrypto = globalThis.crypto): string {
  return randomToken(16, crypto);
}
