import { Card, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useState } from "react";
import type { WorkbookTableInfo } from "../../../app/ports";
import type { DataOperations } from "../../dataOperations";
import type { StatusMessage } from "../../state/messages";
import { tablesFailedMessage } from "./dataMessages";
import { SourcePicker } from "./SourcePicker";
import { useImport } from "./useImport";
import { WorkProgress } from "./WorkProgress";

// The mapping step (its tables and pickers) is needed only once a source is chosen: not on the first screen.
const MappingStep = lazy(() => import(/* webpackChunkName: "import-mapping" */ "./MappingStep").then((module) => ({ default: module.MappingStep })));

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  flush: { margin: 0 },
});

export interface ImportCardProps {
  operations: DataOperations;
  report(message: StatusMessage | null): void;
}

/** Import deals from a CSV file or a workbook table: source, mapping and dry run, then Import. */
export function ImportCard({ operations, report }: ImportCardProps) {
  const styles = useStyles();
  const state = useImport(operations, report);
  const [tables, setTables] = useState<WorkbookTableInfo[] | null>(null);
  const [listing, setListing] = useState(false);
  const listTables = useCallback(() => {
    setListing(true);
    operations
      .listTables()
      .then(setTables, (error: unknown) => {
        setTables([]);
        report(tablesFailedMessage(error));
      })
      .finally(() => setListing(false));
  }, [operations, report]);
  return (
    <Card className={styles.card} aria-labelledby="import-title">
      <Text as="h2" id="import-title" className={styles.flush} size={400} weight="semibold">
        Import deals
      </Text>
      {state.source && state.draft ? (
        <Suspense fallback={<Spinner size="tiny" label="Opening the mapping…" />}>
          <MappingStep
            sourceName={state.source.name}
            headers={state.source.headers}
            detected={state.detected}
            draft={state.draft}
            preview={state.preview}
            progress={state.progress}
            committing={state.committing}
            onPreset={state.setPreset}
            onColumn={state.setColumn}
            onImport={state.commit}
            onCancel={state.discard}
            onStop={state.stop}
          />
        </Suspense>
      ) : state.progress ? (
        <WorkProgress progress={state.progress} onCancel={state.stop} />
      ) : (
        <>
          <Text as="p" block className={styles.flush}>
            Bring in opportunities from your CRM. You see the detected layout, the column of each field, the first rows and every rejected row before
            anything is written; Import then replaces the Opportunities table (and Accounts and Reps when the source names them).
          </Text>
          <SourcePicker tables={tables} listingTables={listing} onListTables={listTables} onFile={state.chooseFile} onTable={state.chooseTable} />
        </>
      )}
    </Card>
  );
}
