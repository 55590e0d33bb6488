import type { Configuration } from "webpack";

jest.mock("office-addin-dev-certs", () => ({
  getHttpsServerOptions: async () => ({ ca: Buffer.from("ca"), cert: Buffer.from("cert"), key: Buffer.from("key") }),
}));

type ConfigFactory = ((env: Record<string, unknown>, argv: { mode?: string }) => Promise<Configuration & { devServer?: Record<string, unknown> }>) & {
  rewriteManifest(content: string, url: string): string;
  publicUrl(): string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is plain CommonJS without types
const config = require("../../../webpack.config.js") as ConfigFactory;

describe("webpack.config.js", () => {
  const saved = process.env.ADDIN_PUBLIC_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = saved;
  });

  it("rewrites every dev URL in the manifest, not only the first", () => {
    const manifest = '<a v="https://localhost:3000/taskpane.html"/><b v="https://localhost:3000/functions.json"/><c v="https://localhost:3000/assets/icon-16.png"/>';
    expect(config.rewriteManifest(manifest, "https://addin.example.org/sales/")).toBe(
      '<a v="https://addin.example.org/sales/taskpane.html"/><b v="https://addin.example.org/sales/functions.json"/><c v="https://addin.example.org/sales/assets/icon-16.png"/>',
    );
  });

  it("takes the production URL from ADDIN_PUBLIC_URL, with one trailing slash, and insists on https", () => {
    delete process.env.ADDIN_PUBLIC_URL;
    expect(config.publicUrl()).toBe("https://salesops.example.com/");
    process.env.ADDIN_PUBLIC_URL = "https://cdn.example.org/salesops";
    expect(config.publicUrl()).toBe("https://cdn.example.org/salesops/");
    process.env.ADDIN_PUBLIC_URL = "http://insecure.example.org/";
    expect(() => config.publicUrl()).toThrow(/https/);
  });

  it("bundles the three entries on one page with a single runtime chunk", async () => {
    const production = await config({}, { mode: "production" });
    expect(Object.keys(production.entry as object)).toEqual(["functions", "commands", "taskpane"]);
    expect(production.optimization?.runtimeChunk).toBe("single");
    expect(production.devServer).toBeUndefined();
    const html = production.plugins?.find((p) => p?.constructor.name === "HtmlWebpackPlugin") as unknown as { userOptions: { filename: string; chunks: string } };
    expect(html.userOptions).toMatchObject({ filename: "taskpane.html", chunks: "all" });
  });

  it("serves HTTPS on port 3000 with the Office dev certificate, only when serving", async () => {
    const serve = await config({ WEBPACK_SERVE: true }, { mode: "development" });
    expect(serve.devServer?.port).toBe(3000);
    expect(serve.devServer?.server).toEqual({ type: "https", options: { ca: Buffer.from("ca"), cert: Buffer.from("cert"), key: Buffer.from("key") } });
  });
});
