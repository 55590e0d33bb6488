import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { Issue } from "../../../core/model/result";
import { groupIssues } from "./issueGroups";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  examples: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Problems behind the figures, grouped by kind, each group saying what to do. */
export function CommissionIssues({ issues, period }: { issues: readonly Issue[]; period: string }) {
  const styles = useStyles();
  if (issues.length === 0) return null;
  const groups = groupIssues(issues);
  return (
    <MessageBar intent="warning" layout="multiline" aria-labelledby="commission-issues-title">
      <MessageBarBody>
        <MessageBarTitle id="commission-issues-title">
          {issues.length === 1 ? "1 issue affects" : `${issues.length} issues affect`} {period}
        </MessageBarTitle>
        <ul className={styles.list}>
          {groups.map((group) => (
            <li key={group.title}>
              <strong>{`${group.title} (${group.issues.length}):`}</strong> {group.todo}
              <ul className={styles.examples}>
                {group.issues.slice(0, 3).map((issue, i) => (
                  <li key={i}>{issue.message}</li>
                ))}
                {group.issues.length > 3 && <li>…and {group.issues.length - 3} more.</li>}
              </ul>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
