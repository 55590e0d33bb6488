import { Button, Checkbox, Field, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { hostOf, pullProgressText } from "./salesforceMessages";
import type { SalesforceCardState } from "./useSalesforce";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  button: { alignSelf: "flex-start" },
  flush: { margin: 0 },
  who: { margin: 0, overflowWrap: "anywhere" },
});

/** "2026-06-15 12:00 UTC". */
const when = (iso: string) => {
  const date = new Date(iso.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
};

/** Signed in: who and where, the pulls with their progress and Cancel, the SOQL refresh, Sign out. */
export function SalesforceSignedIn({ state }: { state: SalesforceCardState }) {
  const styles = useStyles();
  const { user, lastPull, progress } = state;
  if (!user) return null;
  const pulling = progress !== null;
  const sameOrg = lastPull !== null && lastPull.instanceUrl === user.instanceUrl;
  const canRefreshChanges = sameOrg && lastPull.highWaterMark !== null;
  const text = progress ? pullProgressText(progress) : null;
  return (
    <div className={styles.root}>
      <Text as="p" block className={styles.who}>
        Signed in as <Text weight="semibold">{user.name || user.username}</Text>
        {user.username && user.username !== user.name ? ` (${user.username})` : ""} on <Text weight="semibold">{hostOf(user.instanceUrl)}</Text>.
      </Text>
      <Text as="p" block size={200} className={styles.flush}>
        {lastPull
          ? `Last pull ${sameOrg ? "" : `(from ${hostOf(lastPull.instanceUrl)}) `}${when(lastPull.at)}, ${lastPull.mode === "full" ? "everything" : "the changes"}.`
          : "This workbook has not been pulled from Salesforce yet."}
      </Text>
      <Checkbox label="Remember me on this computer" checked={state.remember} disabled={!state.canRemember || pulling} onChange={(_, data) => state.setRemember(data.checked === true)} />
      <Field hint="Adds the pulled open pipeline, dated today, to the Snapshots table: the forecast's waterfall compares snapshots.">
        <Checkbox label="Keep this pull as a dated snapshot" checked={state.snapshot} disabled={pulling} onChange={(_, data) => state.setSnapshot(data.checked === true)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => state.pull("full")} disabled={pulling}>
          Pull pipeline
        </Button>
        {canRefreshChanges && (
          <Button onClick={() => state.pull("changes")} disabled={pulling}>
            Refresh changes
          </Button>
        )}
      </div>
      {progress && text && (
        <>
          <Field label={text.label} hint={text.counts}>
            <ProgressBar value={progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined} thickness="large" />
          </Field>
          <Button className={styles.button} onClick={state.cancel} disabled={!progress.cancellable}>
            Cancel
          </Button>
          {!progress.cancellable && (
            <Text as="p" block size={200} className={styles.flush}>
              Writing can&apos;t be stopped part way: the tables are replaced together, or put back if Excel refuses one.
            </Text>
          )}
        </>
      )}
      <div className={styles.actions}>
        <Button onClick={state.refreshFormulas} disabled={state.busy !== null}>
          {state.busy === "formulas" ? "Refreshing SOQL formulas…" : "Refresh SOQL formulas"}
        </Button>
        <Button onClick={state.signOut} disabled={pulling || state.busy !== null}>
          Sign out
        </Button>
      </div>
    </div>
  );
}
