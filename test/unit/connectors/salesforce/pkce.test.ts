import fc from "fast-check";
import { webcrypto } from "node:crypto";
import { base64Url, createPkcePair, createState, pkceChallenge, type PkceCrypto } from "../../../../src/connectors/salesforce/pkce";
import { SalesforceUsageError } from "../../../../src/connectors/salesforce/salesforceError";

const crypto = webcrypto as unknown as PkceCrypto;

describe("PKCE", () => {
  // RFC 7636 Appendix B. (The issue quoted "…URB0YHWt2Xh_sc", which is not the RFC's value: SHA-256 of that verifier ends "…URWbuGJSstw-cM".)
  it("gives RFC 7636's challenge for its example verifier", async () => {
    expect(await pkceChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", crypto)).toBe("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  });

  it("makes a 43-character verifier of the unreserved set and its S256 challenge, fresh each time", async () => {
    const pairs = await Promise.all([createPkcePair(crypto), createPkcePair(crypto), createPkcePair()]);
    for (const pair of pairs) {
      expect(pair.verifier).toMatch(/^[A-Za-z0-9\-._~]{43,128}$/);
      expect(pair.verifier).toHaveLength(43);
      expect(pair.challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(pair.method).toBe("S256");
      expect(pair.challenge).toBe(await pkceChallenge(pair.verifier, crypto));
    }
    expect(new Set(pairs.map((p) => p.verifier)).size).toBe(3);
    expect(createState(crypto)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it("refuses a verifier outside RFC 7636's length or alphabet", async () => {
    await expect(pkceChallenge("short", crypto)).rejects.toThrow(SalesforceUsageError);
    await expect(pkceChallenge("a".repeat(129), crypto)).rejects.toThrow(SalesforceUsageError);
    await expect(pkceChallenge(`${"a".repeat(42)}+`, crypto)).rejects.toThrow(SalesforceUsageError);
  });

  it("encodes base64url without padding exactly as Node's Buffer does", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(base64Url(bytes)).toBe(Buffer.from(bytes).toString("base64url"));
      }),
    );
  });
});
