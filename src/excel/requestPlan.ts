/**
 * Splits the work of writing a description into requests of at most the payload budget, so each
 * `context.sync()` stays under Excel on the web's 5 MB limit and every sheet's content takes at most
 * MAX_REQUESTS_PER_SHEET requests, however many rows it has.
 *
 * The first request(s) add every sheet (hidden, under its temporary name) and every table, so any
 * formula written later can name any sheet or table of the description. Then each sheet's content
 * follows in order: its blocks' cells (split between requests by rows where needed), their number
 * formats and styles, then its sheet-wide features (conditional formats, charts, frozen panes,
 * column widths, print setup). Small sheets share requests.
 */
import type { SheetDescription } from "../workbook/description";
import type { BlockPlan, StyleRect } from "./blockPlan";
import type { KeyedRect } from "./cellRects";
import { REQUEST_OVERHEAD_RESERVE_BYTES, RowTooLargeError, SYNC_PAYLOAD_BUDGET_BYTES } from "./payloadBudget";
import { ACTION_BYTES, PATH_BYTES, formatRectBytes } from "./requestCosts";
import { SheetTooLargeError } from "./workbookErrors";
import type { SheetTarget } from "./workbookTargets";

export const MAX_REQUESTS_PER_SHEET = 3;
export const DEFAULT_REQUEST_BUDGET = SYNC_PAYLOAD_BUDGET_BYTES - REQUEST_OVERHEAD_RESERVE_BYTES;

export type WriteOp =
  | { kind: "addSheet"; sheet: number }
  | { kind: "addTable"; sheet: number; block: number }
  | { kind: "cells"; sheet: number; block: number; start: number; count: number }
  | { kind: "numberFormat"; sheet: number; block: number; rect: KeyedRect }
  | { kind: "style"; sheet: number; block: number; rect: StyleRect }
  | { kind: "sheetFeatures"; sheet: number };

export interface SheetPlan {
  target: SheetTarget;
  /** One per described block; null for an empty one. */
  blocks: (BlockPlan | null)[];
}

export interface PlannedRequest {
  ops: WriteOp[];
  bytes: number;
  /** Block rows the request writes, for progress. */
  rows: number;
}

const text = (value: string | undefined) => (value ? value.length * 2 + 8 : 0);

function styleBytes({ style }: StyleRect): number {
  const fields = Object.keys(style).length;
  const borders = (style.borderTop ? 1 : 0) + (style.borderBottom ? 1 : 0);
  // The range, its format, font and fill, plus a border object per edge with style and weight.
  return PATH_BYTES * (4 + borders) + ACTION_BYTES * (fields + borders) + text(style.fontColor) + text(style.fill);
}

function featureBytes(sheet: SheetDescription): number {
  const formats = (sheet.conditionalFormats ?? []).reduce((sum, f) => sum + PATH_BYTES * 6 + ACTION_BYTES * 4 + text(f.range) + text(f.formula1) + text(f.formula2) + 64, 0);
  const charts = (sheet.charts ?? []).reduce(
    (sum, c) => sum + PATH_BYTES * 8 + ACTION_BYTES * 6 + text(c.name) + text(c.title) + text(c.source) + text(c.valueFormat) + (c.hiddenSeries?.length ?? 0) * (PATH_BYTES * 4 + ACTION_BYTES * 2),
    0,
  );
  const widths = (sheet.columnWidths?.length ?? 0) * (PATH_BYTES + ACTION_BYTES);
  return PATH_BYTES * 4 + ACTION_BYTES * 6 + formats + charts + widths;
}

const cellsOverhead = (block: BlockPlan) => PATH_BYTES + ACTION_BYTES * (block.formatGrid ? 2 : 1) + 4;

function opBytes(op: WriteOp, sheets: readonly SheetPlan[]): number {
  const sheet = sheets[op.sheet];
  switch (op.kind) {
    case "addSheet":
      return PATH_BYTES * 3 + ACTION_BYTES * 7 + text(sheet.target.temporary) + text(sheet.target.requested) + text(sheet.target.description.tabColor);
    case "addTable":
      return PATH_BYTES * 2 + ACTION_BYTES * 4 + 128;
    case "cells": {
      const block = sheet.blocks[op.block] as BlockPlan;
      let bytes = cellsOverhead(block);
      for (let r = op.start; r < op.start + op.count; r++) bytes += block.rowBytes[r];
      return bytes;
    }
    case "numberFormat":
      return formatRectBytes(op.rect.key);
    case "style":
      return styleBytes(op.rect);
    case "sheetFeatures":
      return featureBytes(sheet.target.description);
  }
}

/** A sheet's content operations in the order they are sent. */
function sheetOps(plan: SheetPlan, sheet: number): WriteOp[] {
  const ops: WriteOp[] = [];
  plan.blocks.forEach((block, index) => {
    if (!block) return;
    ops.push({ kind: "cells", sheet, block: index, start: 0, count: block.rowCount });
    // Formats after the cells: Excel may give a formula cell the format of the cells it reads, and the described one must win.
    for (const rect of block.formatRects) ops.push({ kind: "numberFormat", sheet, block: index, rect });
    for (const rect of block.styleRects) ops.push({ kind: "style", sheet, block: index, rect });
  });
  ops.push({ kind: "sheetFeatures", sheet });
  return ops;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

class Packer {
  readonly requests: PlannedRequest[] = [];
  private current: PlannedRequest = { ops: [], bytes: 0, rows: 0 };
  constructor(readonly budget: number) {}

  get remaining(): number {
    return this.budget - this.current.bytes;
  }
  get started(): boolean {
    return this.current.ops.length > 0;
  }
  close(): void {
    if (this.started) this.requests.push(this.current);
    this.current = { ops: [], bytes: 0, rows: 0 };
  }
  add(op: WriteOp, bytes: number): void {
    if (bytes > this.remaining && this.started) this.close();
    this.current.ops.push(op);
    this.current.bytes += bytes;
    if (op.kind === "cells") this.current.rows += op.count;
  }
  /** Cells go in as many rows as fit, the rest in the next request. */
  addCells(op: Extract<WriteOp, { kind: "cells" }>, block: BlockPlan, where: string): void {
    let start = op.start;
    const end = op.start + op.count;
    while (start < end) {
      let bytes = cellsOverhead(block);
      let stop = start;
      while (stop < end && bytes + block.rowBytes[stop] <= this.remaining) bytes += block.rowBytes[stop++];
      if (stop === start) {
        if (!this.started) throw new RowTooLargeError(`Row ${start + 1} of ${where} needs ${block.rowBytes[start]} bytes, more than one request may carry (${this.budget}).`);
        this.close();
        continue;
      }
      this.add({ ...op, start, count: stop - start }, bytes);
      start = stop;
    }
  }
}

/**
 * @example planRequests([{ target, blocks: [planBlock("S", { at: "A1", rows: [["a"]] }, (f) => f)] }]).length // 1
 * @throws SheetTooLargeError when a sheet's content needs more than MAX_REQUESTS_PER_SHEET requests.
 */
export function planRequests(sheets: readonly SheetPlan[], budget = DEFAULT_REQUEST_BUDGET): PlannedRequest[] {
  const packer = new Packer(budget);
  sheets.forEach((_, sheet) => packer.add({ kind: "addSheet", sheet }, opBytes({ kind: "addSheet", sheet }, sheets)));
  sheets.forEach((plan, sheet) =>
    plan.blocks.forEach((block, index) => {
      if (block?.table) packer.add({ kind: "addTable", sheet, block: index }, opBytes({ kind: "addTable", sheet, block: index }, sheets));
    }),
  );
  const spans: number[][] = [];
  sheets.forEach((plan, sheet) => {
    const ops = sheetOps(plan, sheet);
    const total = ops.reduce((sum, op) => sum + opBytes(op, sheets), 0);
    const limit = MAX_REQUESTS_PER_SHEET * budget;
    const name = plan.target.requested;
    if (total > limit) {
      throw new SheetTooLargeError(
        `Sheet "${name}" needs about ${megabytes(total)} of requests to Excel, more than the ${MAX_REQUESTS_PER_SHEET} requests of ${megabytes(budget)} a sheet may take (${megabytes(limit)}). Nothing was written: split its rows over more sheets or leave out columns.`,
      );
    }
    // A sheet that would spill into a fourth request from where the last one left off starts a fresh one.
    if (packer.started && packer.remaining + (MAX_REQUESTS_PER_SHEET - 1) * budget < total) packer.close();
    const first = packer.requests.length;
    for (const op of ops) {
      if (op.kind === "cells") packer.addCells(op, plan.blocks[op.block] as BlockPlan, `block ${op.block + 1} of sheet "${name}"`);
      else packer.add(op, opBytes(op, sheets));
    }
    spans.push([first, packer.requests.length]);
  });
  packer.close();
  spans.forEach(([first, last], sheet) => {
    if (last - first + 1 > MAX_REQUESTS_PER_SHEET) {
      throw new SheetTooLargeError(`Sheet "${sheets[sheet].target.requested}" would take ${last - first + 1} requests to Excel, more than the ${MAX_REQUESTS_PER_SHEET} a sheet may take. Nothing was written: split its rows over more sheets.`);
    }
  });
  return packer.requests;
}
