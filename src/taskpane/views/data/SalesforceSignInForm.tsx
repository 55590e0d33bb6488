import { Button, Checkbox, Field, Input, makeStyles, Radio, RadioGroup, Text, Textarea, tokens } from "@fluentui/react-components";
import type { LoginHostKind } from "../../salesforceConnection";
import type { SalesforceCardState } from "./useSalesforce";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  button: { alignSelf: "flex-start" },
  version: { maxWidth: "8em" },
  flush: { margin: 0 },
  // Long URLs wrap in a 320 px pane instead of widening it.
  address: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

export interface SalesforceSignInFormProps {
  state: SalesforceCardState;
  /** The connected app's callback URL and the origin the CORS allowlist needs, for the admin. */
  redirectUri: string;
  origin: string;
}

/** Where and with which connected app to sign in, "Remember me", and Sign in. */
export function SalesforceSignInForm({ state, redirectUri, origin }: SalesforceSignInFormProps) {
  const styles = useStyles();
  const { draft, draftErrors } = state;
  const signingIn = state.phase === "signingIn";
  const error = (key: keyof typeof draftErrors) => (draftErrors[key] ? { validationState: "error" as const, validationMessage: draftErrors[key] } : {});
  return (
    <div className={styles.root}>
      <Field label="Sign in through" hint="Salesforce lets Excel finish a sign-in only on My Domain addresses; choose Production or Sandbox only if your admin says so.">
        <RadioGroup value={draft.hostKind} onChange={(_, data) => state.setDraft({ hostKind: data.value as LoginHostKind })} disabled={signingIn}>
          <Radio value="production" label="Production (login.salesforce.com)" />
          <Radio value="sandbox" label="Sandbox (test.salesforce.com)" />
          <Radio value="myDomain" label="My Domain" />
        </RadioGroup>
      </Field>
      {draft.hostKind === "myDomain" && (
        <Field label="My Domain URL" hint="Your org's address, such as https://acme.my.salesforce.com (a sandbox's ends in .sandbox.my.salesforce.com)." {...error("myDomain")}>
          <Input type="url" value={draft.myDomain} placeholder="https://yourcompany.my.salesforce.com" onChange={(_, data) => state.setDraft({ myDomain: data.value })} disabled={signingIn} />
        </Field>
      )}
      <Field label="Consumer key (client id)" hint="Of the SalesOps connected app; your Salesforce admin has it." {...error("clientId")}>
        <Input value={draft.clientId} onChange={(_, data) => state.setDraft({ clientId: data.value })} disabled={signingIn} spellCheck={false} autoComplete="off" />
      </Field>
      <Field label="API version" {...error("apiVersion")}>
        <Input className={styles.version} value={draft.apiVersion} onChange={(_, data) => state.setDraft({ apiVersion: data.value })} disabled={signingIn} inputMode="decimal" />
      </Field>
      <Field label="Custom opportunity fields (optional)" hint="API names, separated by commas; Field__c=amount (or type, product, termMonths) reads that field from it." {...error("customFields")}>
        <Textarea value={draft.customFields} onChange={(_, data) => state.setDraft({ customFields: data.value })} disabled={signingIn} resize="vertical" spellCheck={false} />
      </Field>
      <Field hint={state.canRemember ? "Keeps a refresh token on this computer (never in the workbook) so you stay signed in." : "This version of Office cannot keep a sign-in: you sign in once per session."}>
        <Checkbox label="Remember me on this computer" checked={state.remember} disabled={!state.canRemember || signingIn} onChange={(_, data) => state.setRemember(data.checked === true)} />
      </Field>
      <Button className={styles.button} appearance="primary" onClick={state.signIn} disabled={signingIn}>
        {signingIn ? "Signing in…" : "Sign in"}
      </Button>
      <Text as="p" block size={200} className={styles.flush}>
        For your Salesforce admin: the connected app&apos;s callback URL is <span className={styles.address}>{redirectUri}</span>, and Setup → CORS must allow{" "}
        <span className={styles.address}>{origin}</span>.
      </Text>
    </div>
  );
}
