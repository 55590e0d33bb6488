/**
 * The objects the fake org knows, their fields and relationships, as a describe call would give
 * them. Names resolve case-insensitively, as in SOQL; responses use the canonical spelling.
 */
import { field as f, standardObjects, systemFields } from "./objects";

export { OPPORTUNITY_STAGES } from "./objects";

export type FieldType =
  | "id"
  | "reference"
  | "string"
  | "textarea"
  | "email"
  | "picklist"
  | "currency"
  | "double"
  | "percent"
  | "int"
  | "date"
  | "datetime"
  | "boolean";

export interface FieldDef {
  name: string;
  type: FieldType;
  label?: string;
  /** For references: the object the lookup points to. */
  referenceTo?: string;
  /** For references that can be traversed (`Owner.Name`); custom lookups use `…__r`. */
  relationshipName?: string;
  picklistValues?: readonly string[];
  custom?: boolean;
}

export interface ObjectDef {
  name: string;
  label: string;
  keyPrefix: string;
  fields: FieldDef[];
}

/** The standard objects modelled; custom fields can be added to any of them. */
export type SObjectName = "Opportunity" | "Account" | "User" | "UserRole" | "ForecastingQuota";


export interface SchemaOptions {
  /** Multi-currency org: every object but UserRole has CurrencyIsoCode (default true). */
  multiCurrency?: boolean;
  /** Collaborative Forecasts on: ForecastingQuota is queryable (default true). */
  forecasting?: boolean;
  /** Custom fields per object; names must end in `__c`. */
  customFields?: Partial<Record<SObjectName, FieldDef[]>>;
  /** Picklist values of CurrencyIsoCode (default USD, EUR, GBP). */
  currencies?: readonly string[];
}

export interface ObjectInfo {
  def: ObjectDef;
  /** Lower-cased field name → field. */
  fields: Map<string, FieldDef>;
  /** Lower-cased relationship name → the lookup field that carries it. */
  relationships: Map<string, FieldDef>;
}

export class Schema {
  private readonly objects = new Map<string, ObjectInfo>();

  constructor(options: SchemaOptions = {}) {
    const multiCurrency = options.multiCurrency ?? true;
    const currencies = options.currencies ?? ["USD", "EUR", "GBP"];
    for (const def of standardObjects()) {
      if (def.name === "ForecastingQuota" && options.forecasting === false) continue;
      const fields = [...systemFields(), ...def.fields];
      if (multiCurrency && def.name !== "UserRole") fields.push(f("CurrencyIsoCode", "picklist", currencies));
      for (const custom of options.customFields?.[def.name as SObjectName] ?? []) fields.push(customField(def.name, custom));
      this.add({ ...def, fields });
    }
  }

  private add(def: ObjectDef): void {
    const info: ObjectInfo = { def, fields: new Map(), relationships: new Map() };
    for (const field of def.fields) {
      info.fields.set(field.name.toLowerCase(), field);
      if (field.relationshipName) info.relationships.set(field.relationshipName.toLowerCase(), field);
    }
    this.objects.set(def.name.toLowerCase(), info);
  }

  object(name: string): ObjectInfo | undefined {
    return this.objects.get(name.toLowerCase());
  }

  objectNames(): string[] {
    return [...this.objects.values()].map((o) => o.def.name);
  }

  /** The object whose ids start with this key prefix. */
  objectForId(id: string): ObjectInfo | undefined {
    const prefix = id.slice(0, 3);
    return [...this.objects.values()].find((o) => o.def.keyPrefix === prefix);
  }
}

function customField(objectName: string, field: FieldDef): FieldDef {
  if (!field.name.endsWith("__c")) throw new Error(`Custom field ${objectName}.${field.name} must end in __c.`);
  if (field.type !== "reference") return { ...field, custom: true };
  if (!field.referenceTo) throw new Error(`Custom lookup ${objectName}.${field.name} needs referenceTo.`);
  return { ...field, custom: true, relationshipName: field.relationshipName ?? field.name.replace(/__c$/, "__r") };
}
