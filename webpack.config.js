/*
 * Builds the add-in: ONE page (taskpane.html) loads the custom functions, the ribbon commands and
 * the task pane, because the manifest runs all three in one shared runtime. A single webpack
 * runtime chunk makes a module imported by several entries (session state, the core model)
 * one instance, so what the pane writes the functions read.
 *
 * Two small pages besides it are the Salesforce sign-in dialog's (src/taskpane/auth/): auth-start.html
 * and auth-callback.html. Office opens them in its dialog window, a separate page with no runtime of
 * the add-in, so they are not webpack entries (which would share the pane page's runtime and split
 * chunks): each is its own TypeScript file bundled by esbuild and inlined into its page.
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
/** The sign-in dialog's pages: the page, its template and the script inlined into it. */
const AUTH_PAGES = [
  { filename: "auth-start.html", template: "./src/taskpane/auth/auth-start.html", script: "src/taskpane/auth/authStart.ts" },
  { filename: "auth-callback.html", template: "./src/taskpane/auth/auth-callback.html", script: "src/taskpane/auth/authCallback.ts" },
];
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

/**
 * A sign-in page's script as one inline IIFE (esbuild, which tsx already brings). Built on each
 * compilation and watched, so the dev server picks up edits; `</script` is escaped for inlining.
 */
function inlineScript(file, production) {
  const { buildSync } = require("esbuild");
  const result = buildSync({
    entryPoints: [path.resolve(__dirname, file)],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2017",
    minify: production,
    legalComments: "none",
    logLevel: "silent",
  });
  return result.outputFiles[0].text.replace(/<\/script/gi, "<\\/script");
}

/** One HtmlWebpackPlugin per sign-in page: no bundles of ours injected, only its own inline script. */
function authPagePlugins(production) {
  return AUTH_PAGES.map(
    (page) =>
      new HtmlWebpackPlugin({
        filename: page.filename,
        template: page.template,
        inject: false,
        chunks: [],
        minify: false,
        templateParameters: (compilation) => {
          compilation.fileDependencies.add(path.resolve(__dirname, page.script));
          compilation.fileDependencies.add(path.resolve(__dirname, "src/taskpane/auth/authPages.ts"));
          return { authScript: inlineScript(page.script, production) };
        },
      }),
  );
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
      ...authPagePlugins(production),
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
