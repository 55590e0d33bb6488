/** Excel.Workbook, Excel.Application and the RequestContext that `host.run` hands to a batch. */
import { HostObject, LoadOption } from "./clientObject";
import { WorkbookModel } from "./model";
import { HostNamedItemCollection } from "./namedItems";
import { Session } from "./session";
import { HostSettingCollection } from "./settings";
import { HostTableCollection } from "./tableCollection";
import { HostWorksheetCollection } from "./worksheetCollection";

export class HostApplication extends HostObject<Session> {
  protected readonly typeName = "Application";
  protected readonly scalarProperties = ["calculationMode"];
  protected locate(): Session {
    return this.session;
  }
  protected readProperty(): unknown {
    return "Automatic";
  }
  get calculationMode(): string {
    return this.get("calculationMode");
  }
  /** Recorded on the sync that carries it (`SyncRecord.suspendedCalculation`). */
  suspendApiCalculationUntilNextSync(): void {
    this.call("suspendApiCalculationUntilNextSync", [], (session) => (session.suspendCalculation = true));
  }
  /** Recorded on the sync that carries it (`SyncRecord.suspendedScreenUpdating`). */
  suspendScreenUpdatingUntilNextSync(): void {
    this.call("suspendScreenUpdatingUntilNextSync", [], (session) => (session.suspendScreenUpdating = true));
  }
  /** Recorded on the sync that carries it (`SyncRecord.calculations`); the host evaluates no formulas. */
  calculate(calculationType: "Recalculate" | "Full" | "FullRebuild"): void {
    this.call("calculate", [calculationType], (session) => session.calculations.push(calculationType));
  }
}

export class HostWorkbook extends HostObject<WorkbookModel> {
  protected readonly typeName = "Workbook";
  protected readonly scalarProperties = ["name"];
  readonly worksheets: HostWorksheetCollection;
  readonly tables: HostTableCollection;
  readonly names: HostNamedItemCollection;
  readonly application: HostApplication;
  readonly settings: HostSettingCollection;

  constructor(session: Session) {
    super(session, { n: "workbook" });
    this.worksheets = new HostWorksheetCollection(session, { parent: this._id, n: "worksheets" });
    this.tables = new HostTableCollection(session, { parent: this._id, n: "tables" });
    this.names = new HostNamedItemCollection(session, { parent: this._id, n: "names" });
    this.application = new HostApplication(session, { parent: this._id, n: "application" });
    this.settings = new HostSettingCollection(session, { parent: this._id, n: "settings" });
  }
  protected locate(): WorkbookModel {
    return this.session.model;
  }
  protected readProperty(): unknown {
    return "Book1.xlsx";
  }
  get name(): string {
    return this.get("name");
  }
}

interface Loadable {
  load(option?: LoadOption): unknown;
}

/** What `Excel.run` passes to a batch. */
export class HostRequestContext {
  readonly workbook: HostWorkbook;
  readonly application: HostApplication;
  /** Tracked objects are a no-op here: host proxies stay valid across syncs within one run. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(private readonly session: Session) {
    this.workbook = new HostWorkbook(session);
    this.application = this.workbook.application;
  }

  load(object: Loadable, option?: LoadOption): void {
    object.load(option);
  }

  /** Applies the queued actions as one request; the pass-through value resolves like office.js. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    // A real sync is a round trip: yield once so callers can't rely on it resolving synchronously.
    await Promise.resolve();
    this.session.sync();
    return passThroughValue as T;
  }
}
