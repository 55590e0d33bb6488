/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read -- getCount() gives a ClientResult, which has no load() (the rule does not know it), and one test reads a value before loading it on purpose */
/*
 * The in-memory host's Workbook.settings, checked against what office.js and Excel do: values go
 * through JSON on the client (dates as "Date(ms)", revived on reading), add replaces, getItem of a
 * missing key fails at sync, getItemOrNullObject gives a null object, delete removes, and reads
 * follow the load/sync rules. (Kept beside the adapter that relies on it.)
 */
import { createExcelHost, HostApiError } from "../../host";

describe("the host's Workbook.settings", () => {
  it("stores what office.js sends: JSON data, with a date as \"Date(ms)\" read back as a Date", async () => {
    const host = createExcelHost();
    const when = new Date(Date.UTC(2026, 10, 27, 15, 30));
    const value = { when, nested: [{ n: 1, flag: true, none: null, dropped: undefined }], text: "Date(nonsense)" };
    await host.run(async (context) => {
      context.workbook.settings.add("k", value);
      // office.js encodes at call time: a later change to the object is not sent.
      value.nested[0].n = 2;
      await context.sync();
    });
    expect(host.model.settings.get("k")).toEqual({ when: `Date(${when.getTime()})`, nested: [{ n: 1, flag: true, none: null }], text: "Date(nonsense)" });
    const read = await host.run(async (context) => {
      const setting = context.workbook.settings.getItem("k");
      setting.load("key,value");
      await context.sync();
      return { key: setting.key, value: setting.value as { when: unknown; text: unknown } };
    });
    expect(read.key).toBe("k");
    expect(read.value.when).toBeInstanceOf(Date);
    expect((read.value.when as Date).getTime()).toBe(when.getTime());
    // Not a number of milliseconds: left as text, as office.js's reviver leaves it.
    expect(read.value.text).toBe("Date(nonsense)");
    expect(host.settings()).toEqual({ k: expect.objectContaining({ text: "Date(nonsense)" }) });
  });

  it("replaces the value when add is called with an existing key, and compares keys exactly", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      context.workbook.settings.add("SalesOps.settings", "one");
      context.workbook.settings.add("SalesOps.settings", "two");
      context.workbook.settings.add("salesops.settings", "other");
      const count = context.workbook.settings.getCount();
      await context.sync();
      expect(count.value).toBe(2);
    });
    expect(host.settings()).toEqual({ "SalesOps.settings": "two", "salesops.settings": "other" });
  });

  it("fails getItem of a missing key at sync, and gives a null object through getItemOrNullObject", async () => {
    const host = createExcelHost();
    const missing = host.run(async (context) => {
      context.workbook.settings.getItem("nope").load("value");
      await context.sync();
    });
    await expect(missing).rejects.toMatchObject({ code: "ItemNotFound" });
    const isNull = await host.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject("nope");
      setting.load("value");
      await context.sync();
      return setting.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  it("reads a value only after load and sync, as a snapshot of that sync", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      context.workbook.settings.add("k", { a: 1 });
      const setting = context.workbook.settings.getItem("k");
      expect(() => setting.value).toThrow(HostApiError);
      setting.load("value");
      await context.sync();
      const first = setting.value as { a: number };
      first.a = 99; // changing what was read changes nothing stored
      await context.sync();
      expect(host.settings()).toEqual({ k: { a: 1 } });
      setting.value = { a: 2 };
      setting.load("value");
      await context.sync();
      expect(setting.value).toEqual({ a: 2 });
    });
  });

  it("deletes a setting, after which its proxy fails", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      context.workbook.settings.add("k", 1);
      context.workbook.settings.add("keep", 2);
    });
    const afterDelete = host.run(async (context) => {
      const setting = context.workbook.settings.getItem("k");
      setting.load("value");
      await context.sync();
      setting.delete();
      await context.sync();
      setting.load("value");
      await context.sync();
    });
    await expect(afterDelete).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(host.settings()).toEqual({ keep: 2 });
  });

  it("loads the collection's items with their keys and values", async () => {
    const host = createExcelHost();
    const items = await host.run(async (context) => {
      context.workbook.settings.add("a", "x");
      context.workbook.settings.add("b", [1, 2]);
      const settings = context.workbook.settings;
      settings.load("items/key,items/value");
      await context.sync();
      return settings.items.map((item) => [item.key, item.value]);
    });
    expect(items).toEqual([["a", "x"], ["b", [1, 2]]]);
  });

  it("throws like office.js for a value JSON cannot carry, and refuses a null value it cannot model", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      expect(() => context.workbook.settings.add("k", undefined)).toThrow(SyntaxError);
      context.workbook.settings.add("k", 1);
      const setting = context.workbook.settings.getItem("k");
      expect(() => (setting.value = null)).toThrow(expect.objectContaining({ code: "NotImplemented" }));
    });
    expect(host.settings()).toEqual({ k: 1 });
  });

  it("counts the value in the request, so a setting too large for Excel on the web fails like it", async () => {
    const host = createExcelHost();
    const huge = "x".repeat(6 * 1024 * 1024);
    await expect(host.run(async (context) => context.workbook.settings.add("k", huge))).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.settings()).toEqual({});
  });
});
