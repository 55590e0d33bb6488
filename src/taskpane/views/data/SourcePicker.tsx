import { Button, Dropdown, Field, makeStyles, Option, Radio, RadioGroup, Spinner, Text, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { WorkbookTableInfo } from "../../../app/ports";
import { plural } from "./dataMessages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  button: { alignSelf: "flex-start" },
  // The native file input is kept for its file dialog (and for tests to set files); the button is what users see and tab to.
  fileInput: { display: "none" },
  dropdown: { minWidth: 0, width: "100%" },
  flush: { margin: 0 },
});

export interface SourcePickerProps {
  /** The workbook's tables once listed; null until the "table" source is first chosen. */
  tables: readonly WorkbookTableInfo[] | null;
  listingTables: boolean;
  onListTables(): void;
  onFile(file: File): void;
  onTable(name: string): void;
}

const tableLabel = (table: WorkbookTableInfo) => `${table.name} (${table.sheet}, ${plural(table.rows, "row", "rows")})`;

/** Where the import comes from: a CSV file, or a table of this workbook. */
export function SourcePicker({ tables, listingTables, onListTables, onFile, onTable }: SourcePickerProps) {
  const styles = useStyles();
  const [kind, setKind] = useState<"csv" | "table">("csv");
  const [table, setTable] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const choose = (next: "csv" | "table") => {
    setKind(next);
    // Listed afresh each time: an import or the user may have added tables since.
    if (next === "table") onListTables();
  };
  return (
    <div className={styles.root}>
      <Field label="Import from">
        <RadioGroup value={kind} onChange={(_, data) => choose(data.value as "csv" | "table")}>
          <Radio value="csv" label="A CSV file (a CRM export)" />
          <Radio value="table" label="A table in this workbook" />
        </RadioGroup>
      </Field>
      {kind === "csv" ? (
        <>
          <input
            ref={input}
            className={styles.fileInput}
            type="file"
            accept=".csv,.txt,text/csv"
            aria-label="CSV file to import"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              // Cleared so choosing the same file again (after fixing it) still fires a change.
              event.currentTarget.value = "";
              if (file) onFile(file);
            }}
          />
          <Button className={styles.button} appearance="primary" onClick={() => input.current?.click()}>
            Choose a CSV file…
          </Button>
          <Text as="p" block size={200} className={styles.flush}>
            Salesforce, HubSpot and Dynamics 365 exports, sales_pipeline.csv and SalesOps&apos; own opportunities.csv are recognised; any other layout can be
            mapped by hand.
          </Text>
        </>
      ) : listingTables || tables === null ? (
        <Spinner size="tiny" label="Listing the workbook's tables…" />
      ) : tables.length === 0 ? (
        <Text as="p" block className={styles.flush}>
          This workbook has no tables. Select your data and choose Insert &gt; Table in Excel, then{" "}
          <Button appearance="transparent" size="small" onClick={onListTables}>
            list the tables again
          </Button>
        </Text>
      ) : (
        <>
          <Field label="Table">
            <Dropdown
              className={styles.dropdown}
              placeholder="Choose a table"
              value={tables.find((t) => t.name === table) ? tableLabel(tables.find((t) => t.name === table) as WorkbookTableInfo) : ""}
              selectedOptions={table ? [table] : []}
              onOptionSelect={(_, data) => setTable(data.optionValue ?? null)}
            >
              {tables.map((t) => (
                <Option key={t.name} value={t.name}>
                  {tableLabel(t)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <div>
            <Button appearance="primary" disabled={table === null} onClick={() => table && onTable(table)}>
              Preview the import
            </Button>{" "}
            <Button onClick={onListTables}>List the tables again</Button>
          </div>
        </>
      )}
    </div>
  );
}
