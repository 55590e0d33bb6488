import { Dropdown, makeStyles, Option, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import { IMPORT_FIELD_INFO, MappingDraft, requirementMet } from "../../../app/importDataMapping";
import type { ImportField } from "../../../core/import/importTypes";

const useStyles = makeStyles({
  // Fixed columns so a long header in a dropdown shortens instead of widening a 320 px pane.
  table: { tableLayout: "fixed", width: "100%" },
  fieldColumn: { width: "40%" },
  field: { display: "flex", flexDirection: "column", paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
  unmet: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  dropdown: { minWidth: 0, width: "100%" },
});

/** The option value for "this field is not imported" (no header can be the empty string). */
const NOT_IMPORTED = "";
const NOT_IMPORTED_LABEL = "Not imported";

export interface FieldMappingTableProps {
  headers: readonly string[];
  draft: MappingDraft;
  disabled: boolean;
  onColumn(field: ImportField, column: string | null): void;
}

/** Each target field with the source column that feeds it, required fields flagged (in red while they have none). */
export function FieldMappingTable({ headers, draft, disabled, onColumn }: FieldMappingTableProps) {
  const styles = useStyles();
  return (
    <Table className={styles.table} size="small" aria-label="Column for each field">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.fieldColumn}>Field</TableHeaderCell>
          <TableHeaderCell>Source column</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {IMPORT_FIELD_INFO.map(({ field, label, requirement }) => {
          const column = draft.columns[field];
          const met = requirementMet(draft, field);
          return (
            <TableRow key={field}>
              <TableCell>
                <span className={styles.field}>
                  <Text id={`map-${field}`}>{label}</Text>
                  {requirement && (
                    <Text id={`map-${field}-requirement`} size={200} className={met === false ? styles.unmet : styles.hint}>
                      {met === false ? `Choose a column: ${requirement}` : requirement[0].toUpperCase() + requirement.slice(1)}
                    </Text>
                  )}
                </span>
              </TableCell>
              <TableCell>
                <Dropdown
                  className={styles.dropdown}
                  size="small"
                  aria-labelledby={`map-${field}`}
                  aria-describedby={requirement ? `map-${field}-requirement` : undefined}
                  aria-invalid={met === false || undefined}
                  disabled={disabled}
                  value={column ?? NOT_IMPORTED_LABEL}
                  selectedOptions={[column ?? NOT_IMPORTED]}
                  onOptionSelect={(_, data) => data.optionValue !== undefined && onColumn(field, data.optionValue === NOT_IMPORTED ? null : data.optionValue)}
                >
                  <Option value={NOT_IMPORTED}>{NOT_IMPORTED_LABEL}</Option>
                  {headers.map((header) => (
                    <Option key={header} value={header}>
                      {header}
                    </Option>
                  ))}
                </Dropdown>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
