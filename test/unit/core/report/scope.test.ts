import { parseScope, resolveScope } from "../../../../src/core/report/scope";
import type { Rep } from "../../../../src/core/model/entities";

const rep = (id: string, managerId: string, region: string, name = id): Rep => ({ id, name, email: "", role: "AE", managerId, region, segment: "", startDate: "2020-01-01", endDate: null, extra: {} });
const reps = [rep("CRO", "", "Global"), rep("M1", "CRO", "EMEA", "Giulia"), rep("A1", "M1", "EMEA"), rep("A2", "M1", "EMEA"), rep("M2", "CRO", "NA"), rep("A3", "M2", "NA"), rep("L1", "A1", "EMEA")];

describe("report scope", () => {
  it("reads all, region:NAME and manager:ID, and says what it expects otherwise", () => {
    expect(parseScope("all")).toEqual({ kind: "all" });
    expect(parseScope("region:EMEA")).toEqual({ kind: "region", region: "EMEA" });
    expect(parseScope("manager:M1")).toEqual({ kind: "manager", managerId: "M1" });
    expect(() => parseScope("team:M1")).toThrow(/use all, region:NAME .* or manager:ID/);
  });

  it("covers a region's reps, ignoring case", () => {
    expect([...(resolveScope({ reps }, { kind: "region", region: "emea" }).owners ?? [])].sort()).toEqual(["A1", "A2", "L1", "M1"]);
  });

  it("covers a manager and everyone below, however deep", () => {
    const scope = resolveScope({ reps }, { kind: "manager", managerId: "M1" });
    expect([...(scope.owners ?? [])].sort()).toEqual(["A1", "A2", "L1", "M1"]);
    expect(scope.label).toBe("Giulia's team");
  });

  it("names what exists when a scope matches nobody", () => {
    expect(() => resolveScope({ reps }, { kind: "region", region: "Mars" })).toThrow('No rep is in region "Mars": the Reps table has EMEA, Global, NA.');
    expect(() => resolveScope({ reps }, { kind: "manager", managerId: "X" })).toThrow(/No rep has the id "X"/);
  });
});
