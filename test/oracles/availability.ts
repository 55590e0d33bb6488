import { existsSync } from "fs";
import { execFileSync } from "child_process";

/** The external engines some suites need, with the Debian package that provides each. */
export const ORACLES = {
  libreoffice: { package: "libreoffice-calc-nogui", binaries: ["/usr/bin/soffice", "/usr/bin/libreoffice"] },
  chromium: { package: "chromium", binaries: ["/usr/bin/chromium"] },
} as const;

export type OracleName = keyof typeof ORACLES;

export function oracleBinary(name: OracleName): string | null {
  for (const binary of ORACLES[name].binaries) if (existsSync(binary)) return binary;
  try {
    return execFileSync("which", [ORACLES[name].binaries[0].split("/").pop() as string], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * `describe` when the oracle is installed; otherwise the suite skips with a message naming the
 * package to install, or fails when REQUIRE_ORACLES=1 (CI), so a missing engine can't pass silently.
 */
export function describeWithOracle(name: OracleName, title: string, body: () => void): void {
  if (oracleBinary(name)) {
    describe(title, body);
    return;
  }
  const hint = `${title} needs ${name}: install it with \`apt-get install -y --no-install-recommends ${ORACLES[name].package}\`.`;
  if (process.env.REQUIRE_ORACLES === "1") {
    describe(title, () => {
      it(`has ${name} installed`, () => {
        throw new Error(`REQUIRE_ORACLES=1 but ${hint}`);
      });
    });
    return;
  }
  describe.skip(`${title} (skipped: ${hint})`, body);
  console.warn(`Skipping: ${hint}`);
}
