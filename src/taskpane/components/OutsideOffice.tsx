import { makeStyles, Text, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL },
  flush: { margin: 0 },
});

/** Shown when the page is opened in a plain browser: there is no workbook to work on. */
export function OutsideOffice() {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Text as="h1" className={styles.flush} size={500} weight="semibold">
        SalesOps for Excel
      </Text>
      <Text as="p" className={styles.flush} block>
        Open this add-in from Excel: on the Home tab choose Add-ins, then SalesOps for Excel, or the Open SalesOps button on the SalesOps tab.
      </Text>
      <Text as="p" className={styles.flush} block>
        Not installed yet? In Excel on the web choose Home &gt; Add-ins &gt; More Add-ins &gt; Upload My Add-in and pick manifest.xml; in Excel
        desktop run <code>npm start</code> from the project folder.
      </Text>
    </main>
  );
}
