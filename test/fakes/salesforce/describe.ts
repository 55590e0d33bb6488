/**
 * A small describe: GET /sobjects (which objects there are) and /sobjects/X/describe (their
 * fields), enough for a connector to check for CurrencyIsoCode, custom fields or ForecastingQuota.
 */
import { json, sfError, type Reply } from "./http";
import type { FieldDef, Schema } from "./schema";

const SOAP_TYPES: Record<string, string> = {
  id: "tns:ID",
  reference: "tns:ID",
  currency: "xsd:double",
  double: "xsd:double",
  percent: "xsd:double",
  int: "xsd:int",
  date: "xsd:date",
  datetime: "xsd:dateTime",
  boolean: "xsd:boolean",
};

function describeField(field: FieldDef) {
  return {
    name: field.name,
    label: field.label ?? field.name.replace(/__c$/, "").replace(/_/g, " "),
    type: field.type,
    soapType: SOAP_TYPES[field.type] ?? "xsd:string",
    custom: field.custom === true,
    nillable: field.type !== "id" && field.type !== "boolean",
    referenceTo: field.referenceTo ? [field.referenceTo] : [],
    relationshipName: field.relationshipName ?? null,
    picklistValues: (field.picklistValues ?? []).map((value) => ({ active: true, defaultValue: false, label: value, value })),
    filterable: true,
    sortable: field.type !== "textarea",
  };
}

export function describeGlobal(schema: Schema, version: string): Reply {
  const sobjects = schema.objectNames().map((name) => {
    const info = schema.object(name);
    return {
      name,
      label: info?.def.label ?? name,
      keyPrefix: info?.def.keyPrefix ?? null,
      custom: false,
      queryable: true,
      urls: { sobject: `/services/data/v${version}/sobjects/${name}`, describe: `/services/data/v${version}/sobjects/${name}/describe` },
    };
  });
  return json(200, { encoding: "UTF-8", maxBatchSize: 200, sobjects });
}

export function describeObject(schema: Schema, name: string): Reply {
  const info = schema.object(name);
  if (!info) return sfError(404, "NOT_FOUND", `The requested resource does not exist`);
  return json(200, {
    name: info.def.name,
    label: info.def.label,
    keyPrefix: info.def.keyPrefix,
    custom: false,
    queryable: true,
    fields: info.def.fields.map(describeField),
  });
}
