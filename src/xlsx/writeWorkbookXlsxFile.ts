/** The CLI's entry: a description written to an .xlsx file. */
import { randomBytes } from "crypto";
import { rename, rm, writeFile } from "fs/promises";
import path from "path";
import type { WorkbookDescription } from "../workbook/description";
import { writeWorkbookXlsx } from "./writeWorkbookXlsx";

/**
 * Writes the file whole or not at all: the bytes go to a temporary file beside the target, which
 * then replaces it, so a failure never leaves a truncated workbook where the previous one was.
 *
 * @example await writeWorkbookXlsxFile(description, "out/QBR.xlsx")
 */
export async function writeWorkbookXlsxFile(description: WorkbookDescription, filePath: string): Promise<void> {
  const bytes = await writeWorkbookXlsx(description);
  const temporary = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, filePath);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
