import { Button, Checkbox, Dropdown, Field, Input, makeStyles, Option, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { DataSet } from "../../../core/model/dataSet";
import type { ReliefShare } from "../../../core/territory/moveTypes";
import { StatusArea } from "../../components/StatusArea";
import { AccountPicker } from "./AccountPicker";
import { MovePreviewPanel } from "./MovePreviewPanel";
import type { MovePlannerState } from "./useMovePlanner";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  flush: { margin: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground3 },
  full: { minWidth: 0, width: "100%" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const SHARES: readonly [ReliefShare, string][] = [
  ["potential", "Potential"],
  ["bookings", "Bookings"],
  ["accounts", "Accounts"],
];

export interface MovePlannerProps {
  planner: MovePlannerState;
  dataSet: DataSet;
  period: string;
}

/** Plan account moves: pick accounts and a territory, preview the balance and quota effect, apply. */
export function MovePlanner({ planner, dataSet, period }: MovePlannerProps) {
  const styles = useStyles();
  const territoryNames = useMemo(() => new Map(dataSet.territories.map((t) => [t.id, t.name || t.id])), [dataSet]);
  const accountNames = useMemo(() => new Map(dataSet.accounts.map((a) => [a.id, a.name || a.id])), [dataSet]);
  // Accounts sit in leaf territories: a parent is the sum of its leaves.
  const leaves = useMemo(() => dataSet.territories.filter((t) => !dataSet.territories.some((child) => child.parentId === t.id)), [dataSet]);
  const target = planner.target ? territoryNames.get(planner.target) ?? planner.target : "";
  const { preview } = planner;
  return (
    <section className={styles.root} aria-labelledby="move-planner-title">
      <Text as="h2" block id="move-planner-title" size={400} weight="semibold" className={styles.flush}>
        Move accounts
      </Text>
      <AccountPicker accounts={dataSet.accounts} territoryNames={territoryNames} selected={planner.accountIds} onChange={planner.setAccountIds} />
      <Field label="To territory">
        <Dropdown className={styles.full} placeholder="Choose a territory" value={target} selectedOptions={planner.target ? [planner.target] : []} onOptionSelect={(_, data) => planner.setTarget(data.optionValue ?? null)}>
          {leaves.map((territory) => (
            <Option key={territory.id} value={territory.id} text={territory.name || territory.id}>
              {territory.name || territory.id}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Effective date" hint={`Accounts change territory when you apply; the date prorates the ${period} quota transfer.`}>
        <Input type="date" value={planner.effectiveDate} onChange={(_, data) => planner.setEffectiveDate(data.value)} />
      </Field>
      <Field label="Quota moves by the account's share of">
        <RadioGroup layout="horizontal" value={planner.share} onChange={(_, data) => planner.setShare(data.value as ReliefShare)}>
          {SHARES.map(([value, label]) => (
            <Radio key={value} value={value} label={label} />
          ))}
        </RadioGroup>
      </Field>
      <Checkbox checked={planner.prorate} onChange={(_, data) => planner.setProrate(data.checked === true)} label="Only the days left in the period (prorate)" />
      <div className={styles.actions}>
        <Button onClick={planner.runPreview} disabled={planner.applying}>
          Preview
        </Button>
        <Button appearance="primary" onClick={planner.apply} disabled={!preview?.applicable || planner.applying}>
          {planner.applying ? "Applying…" : "Apply moves"}
        </Button>
      </div>
      {!preview && (
        <Text as="p" block size={200} className={styles.note}>
          Preview shows the balance and quota effect without changing anything; Apply writes the previewed moves to the Accounts and TerritoryMoves tables.
        </Text>
      )}
      <StatusArea status={planner.status} onDismiss={planner.dismissStatus} />
      {preview && <MovePreviewPanel preview={preview} accountNames={accountNames} territoryNames={territoryNames} />}
    </section>
  );
}
