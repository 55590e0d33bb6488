/** CORS: listed origins get preflights answered and CORS headers; any other origin gets none. */
import { startFakeSalesforce, type FakeSalesforce } from "./index";

let sf: FakeSalesforce;
beforeAll(async () => {
  sf = await startFakeSalesforce({ seed: "empty", corsOrigins: ["https://localhost:3000", "https://*.addins.example"] });
});
afterAll(() => sf.close());

const path = "/services/data/v61.0/query?q=SELECT+Id+FROM+Account";
const preflight = (origin: string) =>
  fetch(sf.url + path, {
    method: "OPTIONS",
    headers: { Origin: origin, "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization,sforce-query-options" },
  });

describe("CORS", () => {
  it("answers the preflight of an allowed origin with the methods and headers the add-in needs", async () => {
    for (const origin of ["https://localhost:3000", "https://excel.addins.example"]) {
      const response = await preflight(origin);
      expect(response.status).toBe(204);
      expect(response.headers.get("access-control-allow-origin")).toBe(origin);
      const allowed = (response.headers.get("access-control-allow-headers") ?? "").toLowerCase();
      for (const header of ["authorization", "content-type", "sforce-query-options"]) expect(allowed).toContain(header);
      expect(response.headers.get("access-control-allow-methods")).toContain("GET");
    }
  });

  it("adds Allow-Origin and exposes Sforce-Limit-Info on responses to an allowed origin", async () => {
    const response = await fetch(sf.url + path, { headers: { Origin: "https://localhost:3000", Authorization: `Bearer ${sf.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://localhost:3000");
    expect(response.headers.get("access-control-expose-headers")).toContain("Sforce-Limit-Info");
    const unauthorized = await fetch(sf.url + path, { headers: { Origin: "https://localhost:3000" } });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get("access-control-allow-origin")).toBe("https://localhost:3000");
  });

  it("sends no CORS headers to any other origin, so a browser refuses the response", async () => {
    const refused = await preflight("https://evil.example");
    expect(refused.status).toBe(403);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    for (const origin of ["https://evil.example", "http://localhost:3000", "https://addins.example"]) {
      const response = await fetch(sf.url + path, { headers: { Origin: origin, Authorization: `Bearer ${sf.token}` } });
      expect(response.status).toBe(200);
      expect([...response.headers.keys()].filter((name) => name.startsWith("access-control-"))).toEqual([]);
    }
    expect(sf.requests.some((r) => r.kind === "preflight" && r.headers.origin === "https://evil.example")).toBe(true);
  });
});
