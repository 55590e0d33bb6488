import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { newStage, type DraftErrors, type StageDraft } from "./settingsDraft";
import { StageRow } from "./StageRow";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, border: "none", padding: 0, margin: 0, minWidth: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground3 },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

export interface StageMapTableProps {
  stages: StageDraft[];
  errors: DraftErrors;
  onChange(stages: StageDraft[]): void;
}

/**
 * The stage → forecast category and probability map as rows of controls, in the order they are
 * listed; problems with one stage show under it, problems with the whole map under the table.
 */
export function StageMapTable({ stages, errors, onChange }: StageMapTableProps) {
  const styles = useStyles();
  // The row just added takes the focus, so a keyboard user types its name straight away.
  const [added, setAdded] = useState<number | null>(null);
  const update = (index: number, stage: StageDraft) => onChange(stages.map((current, i) => (i === index ? stage : current)));
  const remove = (index: number) => onChange(stages.filter((_, i) => i !== index));
  const add = () => {
    const stage = newStage(stages);
    setAdded(stage.key);
    onChange([...stages, stage]);
  };
  return (
    <fieldset className={styles.root} aria-describedby="stage-map-note">
      <legend>
        <Text weight="semibold">Stage map</Text>
      </legend>
      <Text as="p" id="stage-map-note" size={200} block className={styles.note}>
        Each opportunity stage with its forecast category, default win probability, whether it is closed (and won), and its order in the sales process. Stage names are matched ignoring case.
      </Text>
      {stages.map((stage, i) => (
        <StageRow key={stage.key} stage={stage} index={i} errors={errors} removable={stages.length > 1} focusName={stage.key === added} onChange={(next) => update(i, next)} onRemove={() => remove(i)} />
      ))}
      {errors.stageMap && (
        <p className={styles.error} role="note">
          {errors.stageMap}
        </p>
      )}
      <div>
        <Button size="small" onClick={add}>
          Add stage
        </Button>
      </div>
    </fieldset>
  );
}
