import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { RowProblem } from "../../../core/import/importTypes";
import { plural } from "./dataMessages";

/** How many problems the list shows; the rest are counted. */
export const REJECTED_SHOWN = 50;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  // A long list scrolls inside its own box so the Import button stays near; focusable for the keyboard.
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: "240px",
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  where: { fontWeight: tokens.fontWeightSemibold },
  flush: { margin: 0 },
});

/** Every rejected row's problems (the first 50, the rest counted), each with its row, column, value and reason. */
export function RejectedList({ problems, rows }: { problems: readonly RowProblem[]; rows: number }) {
  const styles = useStyles();
  const more = problems.length - REJECTED_SHOWN;
  return (
    <div className={styles.root}>
      <Text as="h4" id="import-rejected-title" weight="semibold" className={styles.flush}>
        Rejected: {plural(rows, "row", "rows")}
      </Text>
      <Text as="p" block size={200} className={styles.flush}>
        These rows are left out of the import. Fix them in the source and import again, or change the mapping.
      </Text>
      <ul className={styles.list} tabIndex={0} aria-labelledby="import-rejected-title">
        {problems.slice(0, REJECTED_SHOWN).map((problem, index) => (
          <li key={`${problem.row}-${problem.column}-${index}`}>
            <Text size={200}>
              <span className={styles.where}>
                Row {problem.row}, {problem.column}
                {problem.value === "" ? "" : ` "${problem.value}"`}:
              </span>{" "}
              {problem.reason}
            </Text>
          </li>
        ))}
      </ul>
      {more > 0 && (
        <Text as="p" block size={200} className={styles.flush}>
          …and {plural(more, "more problem", "more problems")} not shown.
        </Text>
      )}
    </div>
  );
}
