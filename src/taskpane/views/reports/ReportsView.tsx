import { Button, Dropdown, Field, makeStyles, Option, ProgressBar, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { ScopeChoice } from "../../../app/generateReportInWorkbook";
import type { RibbonActivity } from "../../../app/ribbonActivity";
import type { ReportTemplate } from "../../../app/generateReport";
import { toIsoDate } from "../../../core/model/isoDate";
import { StatusArea } from "../../components/StatusArea";
import type { StatusMessage } from "../../state/messages";
import type { ReportOperations } from "../../reportOperations";
import { periodChoices } from "../forecast/periodChoices";
import { yieldToUi } from "../../state/yieldToUi";
import { generatedMessage, generationFailedMessage } from "./reportMessages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  flush: { margin: 0 },
});

const TEMPLATES: readonly { value: ReportTemplate; label: string; description: string }[] = [
  { value: "qbr", label: "QBR", description: "Quarterly business review: scorecard, attainment, forecast, pipeline movement, top deals, trend, commissions, territories." },
  { value: "mbr", label: "MBR", description: "Monthly business review: month and quarter to date, commit against actual, pipeline changes, at-risk deals." },
  { value: "custom", label: "Custom template", description: "A sheet you designed with {{placeholders}} (see the placeholder catalogue in the docs): a filled copy is written beside it." },
];

export interface ReportsViewProps {
  operations: ReportOperations;
}

/** Generate a QBR or MBR into this workbook: pick the template and the period, then Generate. */
export default function ReportsView({ operations }: ReportsViewProps) {
  const styles = useStyles();
  const today = toIsoDate(operations.now());
  const choices = useMemo(() => periodChoices(today, operations.settings().fiscalYearStartMonth), [today, operations]);
  const [template, setTemplate] = useState<ReportTemplate>("qbr");
  const periods = template === "qbr" ? choices.quarters : template === "mbr" ? choices.months : [...choices.quarters, ...choices.months];
  const [period, setPeriod] = useState<string>(choices.current);
  const shownPeriod = periods.includes(period) ? period : template === "qbr" ? choices.current : choices.months[3];
  const [progress, setProgress] = useState<{ done: number; total: number; label: string } | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const label = template === "custom" ? "Report" : template.toUpperCase();
  const [templateSheets, setTemplateSheets] = useState<string[] | null>(null);
  const [scopes, setScopes] = useState<ScopeChoice[]>([{ scope: { kind: "all" }, label: "Whole org" }]);
  const [scopeIndex, setScopeIndex] = useState(0);

  // Regions and managers come from the workbook's Reps table; until it is read, only the whole org.
  useEffect(() => {
    let current = true;
    operations.scopeChoices().then(
      (choices) => current && setScopes(choices),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [operations]);
  const [templateSheet, setTemplateSheet] = useState<string | null>(null);

  // The workbook's sheets are listed when Custom template is chosen (the user may have added one since).
  useEffect(() => {
    if (template !== "custom") return undefined;
    let current = true;
    operations.templateSheetNames().then(
      (names) => current && setTemplateSheets(names),
      (error: unknown) => current && setStatus(generationFailedMessage("report", error)),
    );
    return () => {
      current = false;
    };
  }, [template, operations]);

  // The ribbon's Generate QBR reports here: its progress while it runs, then what it wrote or why it failed.
  useEffect(() => {
    const show = (activity: RibbonActivity) => {
      const name = `${activity.template.toUpperCase()} (from the ribbon)`;
      if (activity.state === "running") setProgress({ done: activity.done, total: activity.total, label: `${name}: ${activity.step}` });
      else {
        setProgress(null);
        setStatus(activity.state === "done" ? generatedMessage(name, activity.result) : generationFailedMessage(name, activity.error));
      }
    };
    const last = operations.lastRibbonActivity();
    if (last) show(last);
    return operations.onRibbonActivity(show);
  }, [operations]);

  const generate = async () => {
    setStatus(null);
    setProgress({ done: 0, total: 3, label: "Starting" });
    await yieldToUi();
    try {
      const result = await operations.generate({ template, period: shownPeriod, templateSheet: templateSheet ?? undefined, scope: scopes[scopeIndex]?.scope }, (done, total, step) => setProgress({ done, total, label: step }));
      setStatus(generatedMessage(label, result));
    } catch (error) {
      setStatus(generationFailedMessage(label, error));
    } finally {
      setProgress(null);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="reports-title">
      <Text as="h1" id="reports-title" size={500} weight="semibold" className={styles.flush}>
        Reports
      </Text>
      <Field label="Report" hint={TEMPLATES.find((t) => t.value === template)?.description}>
        <RadioGroup value={template} onChange={(_, data) => setTemplate(data.value as ReportTemplate)}>
          {TEMPLATES.map((t) => (
            <Radio key={t.value} value={t.value} label={t.label} />
          ))}
        </RadioGroup>
      </Field>
      {template === "custom" && (
        <Field label="Template sheet" hint={templateSheets?.length === 0 ? "This workbook has no sheet to use: design one with {{placeholders}} first." : undefined}>
          <Dropdown
            placeholder={templateSheets === null ? "Reading the sheets…" : "Choose a sheet"}
            value={templateSheet ?? ""}
            selectedOptions={templateSheet ? [templateSheet] : []}
            onOptionSelect={(_, data) => data.optionValue && setTemplateSheet(data.optionValue)}
          >
            {(templateSheets ?? []).map((name) => (
              <Option key={name} value={name}>
                {name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <Field label={template === "qbr" ? "Quarter" : template === "mbr" ? "Month" : "Period"}>
        <Dropdown value={shownPeriod} selectedOptions={[shownPeriod]} onOptionSelect={(_, data) => data.optionValue && setPeriod(data.optionValue)}>
          {periods.map((value) => (
            <Option key={value} value={value}>
              {value}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Scope">
        <Dropdown value={scopes[scopeIndex]?.label ?? "Whole org"} selectedOptions={[String(scopeIndex)]} onOptionSelect={(_, data) => data.optionValue && setScopeIndex(Number(data.optionValue))}>
          {scopes.map((choice, i) => (
            <Option key={choice.label} value={String(i)}>
              {choice.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Button appearance="primary" onClick={generate} disabled={progress !== null || (template === "custom" && !templateSheet)}>
        {template === "custom" ? "Fill template" : `Generate ${label}`}
      </Button>
      {progress && (
        <Field label={progress.label} validationState="none">
          <ProgressBar value={progress.done} max={progress.total} />
        </Field>
      )}
      <StatusArea status={status} onDismiss={() => setStatus(null)} />
    </section>
  );
}
