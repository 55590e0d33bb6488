import { Divider, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useCallback, useMemo } from "react";
import { StatusArea } from "../../components/StatusArea";
import type { TerritoryOperations } from "../../operations";
import type { StatusMessage } from "../../state/messages";
import { BalanceSummary } from "./BalanceSummary";
import { MovePlanner } from "./MovePlanner";
import { RulesSection } from "./RulesSection";
import { TerritoryControls } from "./TerritoryControls";
import { TerritoryGrid } from "./TerritoryGrid";
import { metricLabel } from "./territoryFormat";
import { territoryGridRows } from "./territoryRows";
import { useMovePlanner } from "./useMovePlanner";
import { useRules } from "./useRules";
import { useTerritories } from "./useTerritories";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, minWidth: 0 },
  flush: { margin: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground3 },
  table: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
});

/** Territory planning in the pane: balance a metric over territories, plan and apply account moves, run assignment rules. */
export default function TerritoriesView({ operations }: { operations: TerritoryOperations }) {
  const styles = useStyles();
  const territories = useTerritories(operations);
  const { run, inputs, refresh } = territories;
  // After a write the workbook is read again, so what the view shows is what the workbook now holds.
  const reload = useCallback((message: StatusMessage) => refresh(message), [refresh]);
  const planner = useMovePlanner({ operations, dataSet: inputs?.dataSet ?? null, period: territories.period, metric: territories.metric, asOf: territories.asOf, onApplied: reload });
  const rules = useRules(operations, inputs, reload);
  const rows = useMemo(() => (run ? territoryGridRows(run) : []), [run]);
  const label = `${metricLabel(territories.metric)} by territory`;

  return (
    <section className={styles.root} aria-labelledby="territories-title">
      <Text as="h1" id="territories-title" size={500} weight="semibold" className={styles.flush}>
        Territories
      </Text>
      <TerritoryControls
        choices={territories.choices}
        period={territories.period}
        metric={territories.metric}
        busy={territories.busy}
        loaded={inputs !== null}
        onPeriod={territories.setPeriod}
        onMetric={territories.setMetric}
        onRefresh={() => refresh()}
        onCancel={territories.cancel}
      />
      <StatusArea status={territories.status} onDismiss={territories.dismissStatus} />
      {!inputs && !territories.busy && (
        <Text as="p" block className={styles.note}>
          Choose Load territories to read the accounts, territories, deals and quotas in this workbook and see how evenly they are spread.
        </Text>
      )}
      {run && inputs && (
        <>
          <BalanceSummary report={run.balance} metric={run.metric} currency={run.currency} />
          <div className={styles.table}>
            <Text as="p" block size={200} className={styles.note}>
              {rows.length} leaf territories, {run.currency}, as of {run.asOf}; quota for {run.period}.
            </Text>
            <TerritoryGrid rows={rows} metric={run.metric} currency={run.currency} corridor={run.balance.corridor} label={label} />
          </div>
          <Divider />
          <MovePlanner planner={planner} dataSet={inputs.dataSet} period={territories.period} />
          <Divider />
          <RulesSection rules={rules} />
        </>
      )}
    </section>
  );
}
