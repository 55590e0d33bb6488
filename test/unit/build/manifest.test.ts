/*
 * Offline checks of manifest.xml. `npm run validate` (office-addin-manifest validate) posts the file
 * to Microsoft's validation service and needs the network; these tests hold the facts the add-in
 * depends on, so a wrong edit fails here without it.
 */
import { existsSync } from "fs";
import path from "path";
import { child, findAll, parseManifest, text, XmlElement } from "./manifestXml";

const MANIFEST = path.resolve(__dirname, "../../../manifest.xml");
const DEV = "https://localhost:3000/";

describe("manifest.xml", () => {
  let root: XmlElement;
  let urls: Map<string, string>;
  let strings: Map<string, string>;
  beforeAll(async () => {
    root = await parseManifest(MANIFEST);
    const resources = (tag: string) => new Map(findAll(root, tag).flatMap((e) => (e.$?.id && e.$?.DefaultValue ? [[e.$.id, e.$.DefaultValue] as const] : [])));
    urls = new Map([...resources("Url"), ...resources("Image")]);
    strings = new Map([...resources("String")]);
  });

  it("is an Excel task pane add-in with a fixed id, version and names", () => {
    expect(root.$?.["xsi:type"]).toBe("TaskPaneApp");
    expect(text(child(root, "Id"))).toBe("cfadb679-9d2e-4ab5-b2c3-6ae19855e697");
    expect(text(child(root, "Version"))).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text(child(root, "ProviderName"))).toBeTruthy();
    expect((child(root, "DisplayName") as XmlElement).$?.DefaultValue).toBe("SalesOps for Excel");
    expect(findAll(child(root, "Hosts") as XmlElement, "Host").map((h) => h.$?.Name)).toEqual(["Workbook"]);
    expect(text(child(root, "Permissions"))).toBe("ReadWriteDocument");
  });

  it("requires the shared runtime", () => {
    const sets = findAll(child(root, "Requirements") as XmlElement, "Set").map((s) => [s.$?.Name, s.$?.MinVersion]);
    expect(sets).toContainEqual(["SharedRuntime", "1.1"]);
  });

  it("runs the pane, the custom functions and the commands in one long-lived runtime", () => {
    const [runtime, ...others] = findAll(root, "Runtime");
    expect(others).toEqual([]);
    expect(runtime.$?.lifetime).toBe("long");
    const resid = runtime.$?.resid as string;
    const customFunctions = findAll(root, "ExtensionPoint").find((e) => e.$?.["xsi:type"] === "CustomFunctions") as XmlElement;
    const page = child(customFunctions, "Page") as XmlElement;
    const script = child(customFunctions, "Script") as XmlElement;
    expect((child(page, "SourceLocation") as XmlElement).$?.resid).toBe(resid);
    expect((child(script, "SourceLocation") as XmlElement).$?.resid).toBe(resid);
    expect(findAll(root, "FunctionFile").map((f) => f.$?.resid)).toEqual([resid]);
    expect(urls.get(resid)).toBe(`${DEV}taskpane.html`);
  });

  it("declares the SALESOPS functions namespace and the generated metadata", () => {
    const customFunctions = findAll(root, "ExtensionPoint").find((e) => e.$?.["xsi:type"] === "CustomFunctions") as XmlElement;
    expect(strings.get((child(customFunctions, "Namespace") as XmlElement).$?.resid as string)).toBe("SALESOPS");
    const metadata = child(child(customFunctions, "Metadata") as XmlElement, "SourceLocation") as XmlElement;
    expect(urls.get(metadata.$?.resid as string)).toBe(`${DEV}functions.json`);
  });

  it("puts Open SalesOps (shows the pane) and Generate QBR (runs generateQbr) on the ribbon", () => {
    const buttons = findAll(root, "Control").map((control) => {
      const label = strings.get((child(control, "Label") as XmlElement).$?.resid as string);
      const action = child(control, "Action") as XmlElement;
      return { label, action: action.$?.["xsi:type"], functionName: text(child(action, "FunctionName")) };
    });
    expect(buttons).toEqual([
      { label: "Open SalesOps", action: "ShowTaskpane", functionName: undefined },
      { label: "Generate QBR", action: "ExecuteFunction", functionName: "generateQbr" },
    ]);
  });

  it("points every URL at the dev server, so the build can rewrite them all", () => {
    const everyUrl = [...urls.values(), ...findAll(root, "SourceLocation").flatMap((s) => s.$?.DefaultValue ?? [])];
    expect(everyUrl.length).toBeGreaterThan(5);
    for (const url of everyUrl) expect(url.startsWith(DEV)).toBe(true);
  });

  it("has an icon file for every icon it names", () => {
    const icons = [...urls.values()].filter((u) => u.endsWith(".png"));
    expect(icons.length).toBeGreaterThanOrEqual(3);
    for (const icon of icons) expect(existsSync(path.resolve(__dirname, "../../..", icon.slice(DEV.length)))).toBe(true);
  });
});
