import { makeStyles, Text, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // Spacing comes from the column gap; browser default margins would double it in a narrow pane.
  flush: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

const FEATURES: readonly [string, string][] = [
  ["Forecasts", "roll up commit, best case and pipeline by team and quarter, with win rates and trends."],
  ["Commissions", "run plans against closed deals and produce payouts and statements."],
  ["Territories", "compare coverage and potential, and balance accounts across reps."],
  ["MBR and QBR", "build monthly and quarterly business review workbooks from your data."],
];

/** The first screen's explanation of what the add-in does. */
export function Intro() {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="intro-title">
      <Text as="h1" id="intro-title" className={styles.flush} size={500} weight="semibold">
        SalesOps for Excel
      </Text>
      <Text as="p" className={styles.flush} block>
        Run your sales rhythm from this workbook:
      </Text>
      <ul className={styles.list}>
        {FEATURES.map(([name, text]) => (
          <li key={name}>
            <Text weight="semibold">{name}</Text> <Text>{text}</Text>
          </li>
        ))}
      </ul>
      <Text as="p" className={styles.flush} block>
        In any cell, try <code className={styles.code}>=SALESOPS.FISCALPERIOD(TODAY())</code>.
      </Text>
    </section>
  );
}
