/*
 * Builds the add-in: ONE page (taskpane.html) loads the custom functions, the ribbon commands and
 * the task pane, because the manifest runs all three in one shared runtime. A single webpack
 * runtime chunk makes a module imported by several entries (session state, the core model)
 * one instance, so what the pane writes the functions read.
 *
 * Environment:
 *   ADDIN_PUBLIC_URL  where the production build is hosted, with a trailing slash
 *                     (default https://salesops.example.com/). `npm run build` rewrites every
 *                     https://localhost:3000/ in manifest.xml to it.
 *   The dev server (`npm run dev-server`, `npm start`) serves https://localhost:3000/ with the
 *   Office dev certificate (office-addin-dev-certs); if that can't be installed it falls back to
 *   a self-signed certificate and says so.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_URL = "https://localhost:3000/";
const DEFAULT_PUBLIC_URL = "https://salesops.example.com/";
const DEV_PORT = 3000;

/** The production URL with exactly one trailing slash, so `${url}taskpane.html` is right. */
function publicUrl() {
  const url = (process.env.ADDIN_PUBLIC_URL || DEFAULT_PUBLIC_URL).trim();
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_PUBLIC_URL must be an https:// URL (Office requires HTTPS); got "${url}".`);
  return url.replace(/\/*$/, "/");
}

/** Every dev URL in the manifest, not just the first: a missed one would point users at localhost. */
function rewriteManifest(content, url) {
  return content.toString().split(DEV_URL).join(url);
}

/** The Office dev certificate when it can be installed; webpack's self-signed one otherwise (e.g. Linux CI). */
async function httpsServer() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    console.warn(`office-addin-dev-certs could not provide a trusted certificate (${error.message}); using a self-signed one. Excel will refuse it until you trust it.`);
    return "https";
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const manifestUrl = production ? publicUrl() : DEV_URL;

  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    // Order matters: functions register with CustomFunctions.associate before the pane renders.
    entry: {
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`; here we only transpile, which is much faster.
          // ES modules (not tsconfig's CommonJS) so webpack tree-shakes Fluent UI and picks packages' ESM builds.
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler" } } },
        },
      ],
    },
    optimization: {
      runtimeChunk: "single",
      // Code used by several entries goes to shared chunks instead of being copied into each.
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // Our own modules used by more than one entry (session state, the model), however small.
          shared: { test: /[\\/]src[\\/]/, minChunks: 2, minSize: 0, name: "shared", priority: 5, reuseExistingChunk: true },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Every entry with its shared chunks and the one runtime, in the entry order above.
        chunks: "all",
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifest(content, manifestUrl) },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: DEV_PORT,
          server: await httpsServer(),
          headers: { "Access-Control-Allow-Origin": "*" },
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.publicUrl = publicUrl;
