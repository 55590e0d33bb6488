/**
 * LibreOffice as an independent spreadsheet engine: opens an .xlsx headless, recalculates every
 * formula (its profile says "always recalculate" for OOXML files, since by default it keeps the
 * cached results) and saves it back; ExcelJS reads the results (`cell.value.result`).
 */
import ExcelJS from "exceljs";
import { execFile } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { promisify } from "util";
import { oracleBinary } from "./availability";

const run = promisify(execFile);

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** One profile folder per process: two soffice processes sharing a profile block each other. */
function profileFolder(): string {
  const folder = path.join(os.tmpdir(), `salesops-libreoffice-profile-${process.pid}`);
  mkdirSync(path.join(folder, "user"), { recursive: true });
  writeFileSync(path.join(folder, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  return folder;
}

let queue: Promise<unknown> = Promise.resolve();

async function convert(xlsx: Buffer): Promise<Buffer> {
  const soffice = oracleBinary("libreoffice");
  if (!soffice) throw new Error("LibreOffice is not installed: apt-get install -y --no-install-recommends libreoffice-calc-nogui");
  const work = mkdtempSync(path.join(os.tmpdir(), "salesops-recalc-"));
  try {
    const input = path.join(work, "in.xlsx");
    const outDir = path.join(work, "out");
    writeFileSync(input, xlsx);
    const profile = `file://${profileFolder()}`;
    await run(soffice, [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outDir, input], { timeout: 300_000 });
    return readFileSync(path.join(outDir, "in.xlsx"));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Recalculates an .xlsx with LibreOffice and returns the result read by ExcelJS. Calls run one at a time per process. */
export async function recalculateWithLibreOffice(xlsx: Buffer): Promise<ExcelJS.Workbook> {
  const converted = queue.then(() => convert(xlsx));
  queue = converted.catch(() => undefined);
  const workbook = new ExcelJS.Workbook();
  // ExcelJS declares its own global `Buffer extends ArrayBuffer`, which Node's Buffer type doesn't match; the runtime value is what it reads.
  await workbook.xlsx.load((await converted) as unknown as ArrayBuffer);
  return workbook;
}
