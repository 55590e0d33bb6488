import { Combobox, Field, makeStyles, Option, Tag, TagGroup, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Account } from "../../../core/model/entities";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  combobox: { minWidth: 0, width: "100%" },
  tags: { flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  secondary: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** A long list is not a picker: past this many matches the user is asked to type more. */
const SHOWN = 50;

export interface AccountPickerProps {
  accounts: readonly Account[];
  /** Territory names by id, to say where each account is now. */
  territoryNames: ReadonlyMap<string, string>;
  selected: string[];
  onChange(ids: string[]): void;
}

/** Case-insensitive search over an account's name, id and territory. */
function matches(account: Account, territory: string, query: string): boolean {
  if (query === "") return true;
  return `${account.name} ${account.id} ${territory}`.toLowerCase().includes(query);
}

/**
 * Picks accounts to move: type part of a name, id or territory to narrow the list, pick several;
 * the picked ones show as tags below, each removable (Delete or Backspace on a focused tag).
 */
export function AccountPicker({ accounts, territoryNames, selected, onChange }: AccountPickerProps) {
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const byId = useMemo(() => new Map(accounts.map((account) => [account.id, account])), [accounts]);
  const found = useMemo(() => {
    const q = query.trim().toLowerCase();
    return accounts.filter((account) => matches(account, territoryNames.get(account.territoryId) ?? account.territoryId, q));
  }, [accounts, query, territoryNames]);
  const hint =
    found.length > SHOWN
      ? `Showing ${SHOWN} of ${found.length.toLocaleString("en-US")} accounts: type more of a name, id or territory.`
      : found.length === 0
        ? "No account matches: try part of a name, an id or a territory."
        : "Type part of a name, id or territory; pick as many as you like.";
  return (
    <div className={styles.root}>
      <Field label="Accounts to move" hint={hint}>
        <Combobox
          className={styles.combobox}
          multiselect
          freeform
          placeholder={selected.length > 0 ? `${selected.length} picked; search for more` : "Search accounts"}
          value={query}
          selectedOptions={selected}
          onChange={(event) => setQuery(event.target.value)}
          onOptionSelect={(_, data) => {
            onChange(data.selectedOptions);
            setQuery("");
          }}
        >
          {found.slice(0, SHOWN).map((account) => {
            const territory = territoryNames.get(account.territoryId) ?? (account.territoryId || "no territory");
            return (
              <Option key={account.id} value={account.id} text={`${account.name} (${account.id})`}>
                <span>
                  {account.name || account.id}
                  <br />
                  <span className={styles.secondary}>
                    {account.id} · {territory}
                  </span>
                </span>
              </Option>
            );
          })}
        </Combobox>
      </Field>
      {selected.length > 0 && (
        <TagGroup className={styles.tags} aria-label="Accounts picked to move" onDismiss={(_, data) => onChange(selected.filter((id) => id !== data.value))}>
          {selected.map((id) => (
            <Tag key={id} value={id} size="small" dismissible dismissIcon={{ "aria-label": "remove" }} title={`${byId.get(id)?.name ?? id} (${id})`}>
              {byId.get(id)?.name || id}
            </Tag>
          ))}
        </TagGroup>
      )}
    </div>
  );
}
