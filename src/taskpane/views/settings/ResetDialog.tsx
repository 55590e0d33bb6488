import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from "@fluentui/react-components";
import { DEFAULT_SETTINGS } from "../../../core/model/settings";
import { MONTHS } from "./fiscalPreview";

const useStyles = makeStyles({
  // Fit a 320 px pane: the dialog's default minimum width is wider than that.
  surface: { maxWidth: "calc(100vw - 24px)", boxSizing: "border-box", padding: tokens.spacingHorizontalL },
});

export interface ResetDialogProps {
  onConfirm(): void;
  onClose(): void;
}

/** Asks before the workbook's settings are replaced by the defaults. */
export function ResetDialog({ onConfirm, onClose }: ResetDialogProps) {
  const styles = useStyles();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>Reset settings to the defaults?</DialogTitle>
          <DialogContent>
            The settings saved in this workbook are replaced by the defaults: a fiscal year starting in {MONTHS[DEFAULT_SETTINGS.fiscalYearStartMonth - 1]},{" "}
            {DEFAULT_SETTINGS.corporateCurrency} as the corporate currency, and Salesforce&apos;s standard stages with their probabilities. SALESOPS formulas
            recalculate with them.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              Reset to defaults
            </Button>
            <Button appearance="secondary" onClick={onClose}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
