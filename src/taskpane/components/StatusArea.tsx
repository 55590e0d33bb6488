import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { StatusMessage } from "../state/messages";

const useStyles = makeStyles({
  details: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

export interface StatusAreaProps {
  status: StatusMessage | null;
  onDismiss(): void;
}

/** Where the outcome of the last action appears; a live region, so screen readers announce it. */
export function StatusArea({ status, onDismiss }: StatusAreaProps) {
  const styles = useStyles();
  const region = useRef<HTMLDivElement>(null);
  // In a short pane the message can land below the fold: bring it into view when it changes.
  useEffect(() => {
    if (status) region.current?.scrollIntoView?.({ block: "nearest" });
  }, [status]);
  return (
    <div role="status" aria-live="polite" ref={region}>
      {status && (
        <MessageBar intent={status.intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{status.title}</MessageBarTitle>
            <div>{status.body}</div>
            {status.details && status.details.length > 0 && (
              <ul className={styles.details}>
                {status.details.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="transparent" size="small" onClick={onDismiss}>
              Dismiss
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
