import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { StatusArea } from "../../components/StatusArea";
import type { SettingsOperations } from "../../settingsOperations";
import { CurrencyField } from "./CurrencyField";
import { FiscalYearField } from "./FiscalYearField";
import { ResetDialog } from "./ResetDialog";
import { invalidFormMessage } from "./settingsMessages";
import { StageMapTable } from "./StageMapTable";
import { useSettings } from "./useSettings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, minWidth: 0 },
  flush: { margin: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  details: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** The workbook's settings: fiscal year start, corporate currency and the stage map, saved with the file. */
export default function SettingsView({ operations }: { operations: SettingsOperations }) {
  const styles = useStyles();
  const state = useSettings(operations);
  const [confirming, setConfirming] = useState(false);
  const { draft, check, loaded } = state;
  const invalid = check && check.issues.length > 0 ? invalidFormMessage(check.issues) : null;

  return (
    <section className={styles.root} aria-labelledby="settings-title">
      <Text as="h1" id="settings-title" size={500} weight="semibold" className={styles.flush}>
        Settings
      </Text>
      <Text as="p" block className={styles.note}>
        Saved in this workbook, so they travel with the file. The views and the SALESOPS functions use them.
      </Text>
      <StatusArea status={state.status} onDismiss={state.dismissStatus} />
      {!draft && <Spinner size="small" label="Reading the settings saved in this workbook…" />}
      {draft && check && loaded && (
        <>
          <FiscalYearField month={draft.fiscalYearStartMonth} today={operations.now()} onChange={(month) => state.setDraft({ ...draft, fiscalYearStartMonth: month })} />
          <CurrencyField
            value={draft.corporateCurrency}
            error={check.errors.corporateCurrency}
            previous={loaded.settings.corporateCurrency}
            missingRates={/^[A-Z]{3}$/.test(draft.corporateCurrency) ? operations.currenciesWithoutRate(draft.corporateCurrency) : null}
            onChange={(code) => state.setDraft({ ...draft, corporateCurrency: code })}
          />
          <StageMapTable stages={draft.stages} errors={check.errors} onChange={(stages) => state.setDraft({ ...draft, stages })} />
          {invalid && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{invalid.title}</MessageBarTitle>
                <div>{invalid.body}</div>
                <ul className={styles.details}>
                  {invalid.details?.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.actions}>
            <Button appearance="primary" onClick={state.save} disabled={!state.canSave}>
              {state.saving ? "Saving…" : "Save"}
            </Button>
            <Button onClick={() => setConfirming(true)} disabled={state.saving}>
              Reset to defaults…
            </Button>
            {!invalid && !state.changed && loaded.source === "workbook" && (
              <Text size={200} className={styles.note}>
                No changes to save.
              </Text>
            )}
          </div>
        </>
      )}
      {confirming && (
        <ResetDialog
          onClose={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void state.reset();
          }}
        />
      )}
    </section>
  );
}
