/** Values as tests write them (Date, ISO text, 15-character ids…) in the form the store keeps. */
import { normalizeId } from "./ids";
import type { FieldDef } from "./schema";
import type { InputValue, StoredValue } from "./store";

// Globals read once: under jest (a vm context) every global lookup in a hot loop is slow.
const DateCtor = Date;
const parseDate = Date.parse;
const isFiniteNumber = Number.isFinite;
const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;

export function toStored(objectName: string, field: FieldDef, value: InputValue): StoredValue {
  const where = (): string => `${objectName}.${field.name}`;
  if (value === null) return null;
  switch (field.type) {
    case "datetime": {
      const ms = value instanceof DateCtor ? value.getTime() : typeof value === "number" ? value : parseDate(`${value}`);
      if (!isFiniteNumber(ms)) throw new Error(`${where()} needs a datetime, got ${String(value)}.`);
      return ms;
    }
    case "date": {
      const text = value instanceof DateCtor ? value.toISOString().slice(0, 10) : `${value}`;
      if (!DATE_TEXT.test(text)) throw new Error(`${where()} needs a YYYY-MM-DD date, got ${text}.`);
      return text;
    }
    case "currency":
    case "double":
    case "percent":
    case "int":
      if (typeof value !== "number" || !isFiniteNumber(value)) throw new Error(`${where()} needs a number, got ${String(value)}.`);
      return value;
    case "boolean":
      if (typeof value !== "boolean") throw new Error(`${where()} needs a boolean, got ${String(value)}.`);
      return value;
    case "id":
    case "reference": {
      const id = normalizeId(`${value}`);
      if (!id) throw new Error(`${where()} needs a 15- or 18-character id, got ${String(value)}.`);
      return id;
    }
    default:
      return `${value}`;
  }
}
