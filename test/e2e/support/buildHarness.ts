import { mkdtempSync } from "fs";
import os from "os";
import path from "path";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "../../..");

/**
 * Bundles the pane harness (test/e2e/harness/harness.tsx) with webpack's Node API into a temp
 * folder, using the same HTML template and loader settings as the add-in. Development mode
 * without source maps, and webpack's filesystem cache (node_modules/.cache) so reruns take seconds.
 */
export async function buildHarness(): Promise<string> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), "salesops-harness-"));
  const compiler = webpack({
    mode: "development",
    devtool: false,
    context: ROOT,
    entry: { harness: "./test/e2e/harness/harness.tsx" },
    output: { path: outDir, filename: "[name].js" },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: { rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler" } } } }] },
    plugins: [
      // Same template as the add-in, office.js tag included: the test serves it from the npm package.
      new HtmlWebpackPlugin({ filename: "harness.html", template: "./src/taskpane/taskpane.html" }),
    ],
    cache: { type: "filesystem", cacheDirectory: path.join(ROOT, "node_modules/.cache/salesops-e2e-harness"), buildDependencies: { config: [__filename] } },
    infrastructureLogging: { level: "error" },
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((error, result) => (error || !result ? reject(error ?? new Error("webpack gave no stats")) : resolve(result))),
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (stats.hasErrors()) throw new Error(`The harness did not build:\n${stats.toString({ all: false, errors: true })}`);
  return outDir;
}
