import { Button, Card, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import type { SalesforceOperations } from "../../salesforceOperations";
import type { StatusMessage } from "../../state/messages";
import { SalesforceSignedIn } from "./SalesforceSignedIn";
import { SalesforceSignInForm } from "./SalesforceSignInForm";
import { useSalesforce } from "./useSalesforce";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  flush: { margin: 0 },
  button: { alignSelf: "flex-start" },
});

export interface SalesforceCardProps {
  operations: SalesforceOperations;
  report(message: StatusMessage | null): void;
}

/**
 * Salesforce: sign in through Office's dialog, then pull the pipeline (Opportunities, Accounts, Reps,
 * Quotas) into the workbook, everything or the changes since the last pull, and refresh the
 * SALESOPS.SOQL formulas. Outcomes go to the Data view's status area.
 */
export function SalesforceCard({ operations, report }: SalesforceCardProps) {
  const styles = useStyles();
  const state = useSalesforce(operations, report);
  return (
    <Card className={styles.card} aria-labelledby="salesforce-title" aria-busy={state.phase === "starting" || state.phase === "loading" || state.phase === "signingIn"}>
      <Text as="h2" id="salesforce-title" className={styles.flush} size={400} weight="semibold">
        Salesforce
      </Text>
      {state.phase === "signedIn" ? (
        <SalesforceSignedIn state={state} />
      ) : (
        <>
          <Text as="p" block className={styles.flush}>
            Sign in with your Salesforce user to pull opportunities, users and quotas into this workbook, and to use =SALESOPS.SOQL in cells. Your sign-in stays in
            SalesOps, never in the workbook.
          </Text>
          {state.phase === "starting" || state.phase === "closed" ? (
            // Nothing is read from the workbook until the user opens the form.
            <Button className={styles.button} appearance="primary" onClick={state.open} disabled={state.phase === "starting"}>
              Connect to Salesforce
            </Button>
          ) : state.phase === "loading" ? (
            <Spinner size="tiny" label="Reading the Salesforce connection…" />
          ) : (
            <SalesforceSignInForm state={state} redirectUri={operations.redirectUri} origin={operations.origin} />
          )}
        </>
      )}
    </Card>
  );
}
