// Lint: typescript-eslint's recommended rules, Office add-in rules on every file that can touch Excel,
// and the folder import rules of ../shared/ARCHITECTURE.md ("What may import what").
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const officeRules = {
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/call-sync-after-load": "error",
  "office-addins/no-context-sync-in-loop": "error",
  "office-addins/no-empty-load": "error",
  "office-addins/no-navigational-load": "error",
  "office-addins/no-office-initialize": "error",
  "office-addins/test-for-null-using-isNullObject": "error",
};

/** Patterns of our own folders a layer may not import. */
const forbid = (...folders) => ({
  "no-restricted-imports": [
    "error",
    {
      patterns: folders.map((folder) => ({
        group: [`**/${folder}`, `**/${folder}/*`, `**/${folder}/**`],
        message: `This layer may not import src/${folder} (see ARCHITECTURE.md, "What may import what").`,
      })),
    },
  ],
});

const officeGlobals = ["Excel", "Office", "OfficeRuntime", "CustomFunctions", "window", "document"].map((name) => ({
  name,
  message: "The core is pure: no Office.js and no DOM. Pass what you need in as a parameter.",
}));

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "dist-tsc/", "coverage/", "bench/out/", ".tmp/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser, Excel: "readonly", Office: "readonly", OfficeRuntime: "readonly", CustomFunctions: "readonly" } },
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      ...officeRules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["**/*.js", "**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  { files: ["src/taskpane/**/*.tsx"], rules: reactHooks.configs.recommended.rules },
  {
    files: ["src/core/**"],
    rules: {
      ...forbid("excel", "xlsx", "connectors", "app", "functions", "taskpane", "commands", "cli"),
      "no-restricted-globals": ["error", ...officeGlobals],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  { files: ["src/workbook/**"], rules: forbid("core", "excel", "xlsx", "connectors", "app", "functions", "taskpane", "commands", "cli") },
  { files: ["src/excel/**", "src/xlsx/**", "src/connectors/**"], rules: forbid("app", "functions", "taskpane", "commands", "cli") },
  { files: ["src/app/**"], rules: forbid("excel", "xlsx", "connectors", "functions", "taskpane", "commands", "cli") },
  { files: ["src/functions/**"], rules: forbid("taskpane", "commands", "cli", "excel", "xlsx", "connectors") },
  { files: ["src/taskpane/components/**", "src/taskpane/views/**"], rules: forbid("excel", "xlsx", "connectors") },
  { files: ["src/cli/**"], rules: forbid("taskpane", "excel") },
);
