import type { Result } from "../core/model/result";
import type { TemplateSheet } from "../workbook/templateSheet";
import { readTemplateSheet } from "./readTemplateSheet";
import type { ExcelRunner } from "./types";
import { GENERATED_PROPERTY } from "./workbookInspection";

/** The app's TemplatePort, declared here in shape because src/excel does not import src/app. */
export interface ExcelTemplatePort {
  sheetNames(): Promise<string[]>;
  readTemplate(sheetName: string): Promise<Result<TemplateSheet>>;
}


/**
 * Custom templates from the open workbook: the visible sheets SalesOps did not generate (reports
 * carry a custom property; two requests), and a chosen sheet read with its formats (see readTemplateSheet).
 * @example const names = await createExcelTemplatePort((batch) => Excel.run(batch)).sheetNames();
 */
export function createExcelTemplatePort(run: ExcelRunner): ExcelTemplatePort {
  return {
    sheetNames: () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name,items/visibility");
        await context.sync();
        const visible = sheets.items.filter((sheet) => sheet.visibility === "Visible");
        const marks = visible.map((sheet) => sheet.customProperties.getItemOrNullObject(GENERATED_PROPERTY).load("key"));
        await context.sync();
        return visible.filter((_, i) => marks[i].isNullObject).map((sheet) => sheet.name);
      }),
    readTemplate: (sheetName) => run((context) => readTemplateSheet(context, sheetName)),
  };
}
